import { useState } from 'react'
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd'
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import type { PrinterProfile } from '@shared/fees/printing'
import { ApiFailure } from '../../../lib/api/client'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { now } from '../../../lib/clock'
import { usePrint } from '../../../lib/print/use-print'
import { receiptTestJob } from '../paper/receipt-templates'
import { PaperBooksCard } from './PaperBooksCard'
import { BLANK_PROFILE, ProfileDialog } from './ProfileDialog'

/** Settings → 打印: this counter's printers (layout, device, calibration, test page) and the receipt books. */
export function PrintingTab() {
  const { t } = useI18n()
  const { message } = App.useApp()
  const profiles = useApiQuery(api.printing.profiles, {})
  const settings = useApiQuery(api.settings.get, {})
  const remove = useApiMutation(api.printing.removeProfile, [api.printing.profiles])
  const { print } = usePrint()
  const [editing, setEditing] = useState<(PrinterProfile & { isNew?: boolean }) | null>(null)
  const estate = { companyName: settings.data?.companyName ?? '', estateName: settings.data?.estateName ?? '' }

  async function testPage(profile: PrinterProfile) {
    // A test page is never counted, so the browser's dialog needs no 已打印？.
    if (await print(() => receiptTestJob(profile, estate, now().toISOString())))
      message.success(t('printing.profile.testSent'))
  }

  async function removeProfile(name: string) {
    try {
      await remove.mutateAsync({ name })
    } catch (error) {
      message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="printing-tab">
      <Card
        title={t('printing.profiles.title')}
        extra={
          <Button
            icon={<PlusOutlined />}
            onClick={() => setEditing({ ...BLANK_PROFILE, isNew: true })}
            data-testid="profile-add"
          >
            {t('printing.profiles.add')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('printing.profiles.intro')}</Typography.Paragraph>
        <Table<PrinterProfile>
          rowKey="name"
          size="small"
          loading={profiles.isPending}
          dataSource={profiles.data ?? []}
          pagination={false}
          data-testid="profiles-table"
          columns={[
            {
              title: t('printing.profile.name'),
              render: (_, p) => (
                <Space>
                  {p.name}
                  {p.default && <Tag color="blue">{t('printing.profile.default')}</Tag>}
                </Space>
              )
            },
            { title: t('printing.profile.template'), render: (_, p) => t(`printing.template.${p.template}`) },
            { title: t('printing.profile.layout'), render: (_, p) => t(`printing.layout.${p.layout}`) },
            {
              title: t('printing.profile.deviceName'),
              render: (_, p) =>
                p.deviceName || (
                  <Typography.Text type="secondary">{t('printing.profile.systemDefault')}</Typography.Text>
                )
            },
            {
              title: t('printing.col.offset'),
              render: (_, p) => `${p.offsetXmm.toFixed(1)} / ${p.offsetYmm.toFixed(1)} mm`
            },
            {
              title: t('printing.profile.usePaperBooks'),
              render: (_, p) => (p.usePaperBooks ? t('common.yes') : t('common.no'))
            },
            {
              title: '',
              render: (_, p) => (
                <Space size={0}>
                  <Button type="link" onClick={() => setEditing(p)}>
                    {t('common.edit')}
                  </Button>
                  <Button
                    type="link"
                    icon={<PrinterOutlined />}
                    onClick={() => testPage(p)}
                    data-testid="profile-test-page"
                  >
                    {t('printing.profile.testPage')}
                  </Button>
                  {(profiles.data?.length ?? 0) > 1 && (
                    <Popconfirm
                      title={t('printing.profile.removeConfirm', { name: p.name })}
                      onConfirm={() => removeProfile(p.name)}
                      okText={t('common.confirm')}
                      cancelText={t('common.cancel')}
                    >
                      <Button type="link" danger>
                        {t('printing.profile.remove')}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              )
            }
          ]}
        />
      </Card>
      <PaperBooksCard />
      {editing && <ProfileDialog profile={editing} estate={estate} onClose={() => setEditing(null)} />}
    </Space>
  )
}
