import { useMemo, useState } from 'react'
import { Alert, App, Button, DatePicker, Empty, Form, InputNumber, Modal, Select, Space, Spin, Typography } from 'antd'
import { PrinterOutlined } from '@ant-design/icons'
import type { Dayjs } from 'dayjs'
import { api } from '@shared/api'
import type { BuildingView } from '@shared/households/estate'
import { formatFen } from '@shared/domain/money'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { noticesJob } from './notice-print'
import { PagePreview } from './PagePreview'
import { usePrint } from '@renderer/lib/print/use-print'
import { now } from '@renderer/lib/clock'

/**
 * 打印付款请求书: for a period and a building (or the whole estate), every room that owes anything
 * up to that period gets one A5 page, all in one print job; then each room's timeline notes it.
 */
export function NoticesDialog({
  buildings,
  buildingId,
  onClose
}: {
  buildings: BuildingView[]
  buildingId?: number
  onClose: () => void
}) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [month, setMonth] = useState<Dayjs>(() => now())
  const [building, setBuilding] = useState<number | undefined>(buildingId)
  const [dueDay, setDueDay] = useState(20)
  const [printing, setPrinting] = useState(false)
  const { printCounted } = usePrint()
  const period = month.format('YYYY-MM')
  const input = { period, dueDay, ...(building === undefined ? {} : { buildingId: building }) }
  const notices = useApiQuery(api.arrears.notices, input, { staleTime: 0 })
  const sent = useApiMutation(api.arrears.noticesSent, [api.households.timeline])
  const data = notices.data
  const first = useMemo(
    () => (data && data.notices.length > 0 ? noticesJob({ ...data, notices: data.notices.slice(0, 1) }) : null),
    [data]
  )
  const totals = useMemo(
    () =>
      data
        ? data.notices.reduce((s, n) => ({ total: s.total + n.totalFen, overdue: s.overdue + n.overdueFen }), {
            total: 0,
            overdue: 0
          })
        : null,
    [data]
  )

  async function print() {
    if (!data || data.notices.length === 0) return
    setPrinting(true)
    try {
      // Only pages that came out are noted on the rooms' timelines.
      const roomIds = data.notices.map((n) => n.roomId)
      const outcome = await printCounted(
        () => noticesJob(data),
        () => sent.mutateAsync({ period: data.period, dueOn: data.dueOn, roomIds }),
        { failedKey: 'arrears.printFailed' }
      )
      if (!outcome?.recorded) return
      message.success(t('arrears.notices.sent', { n: outcome.recorded.rooms }))
      onClose()
    } finally {
      setPrinting(false)
    }
  }

  const count = data?.notices.length ?? 0
  return (
    <Modal
      open
      title={t('arrears.notices.title')}
      onCancel={onClose}
      width={760}
      destroyOnHidden
      data-testid="notices-dialog"
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            disabled={count === 0 || notices.isFetching}
            loading={printing}
            onClick={print}
            data-testid="notices-print"
          >
            {t('arrears.notices.print', { n: count })}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('arrears.notices.intro')}</Typography.Paragraph>
      <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }}>
        <Form.Item label={t('arrears.notices.period')}>
          <DatePicker
            picker="month"
            value={month}
            allowClear={false}
            onChange={(v) => v && setMonth(v)}
            data-testid="notices-period"
          />
        </Form.Item>
        <Form.Item label={t('arrears.notices.building')}>
          <Select
            style={{ width: 150 }}
            value={building ?? 0}
            onChange={(v: number) => setBuilding(v === 0 ? undefined : v)}
            options={[
              { value: 0, label: t('arrears.filter.allBuildings') },
              ...buildings.map((b) => ({ value: b.id, label: b.code }))
            ]}
            data-testid="notices-building"
          />
        </Form.Item>
        <Form.Item label={t('arrears.notices.dueDay')}>
          <InputNumber min={1} max={31} value={dueDay} onChange={(v) => v && setDueDay(v)} style={{ width: 72 }} />
        </Form.Item>
      </Form>
      {notices.isPending ? (
        <Spin />
      ) : notices.error ? (
        <Alert type="error" title={notices.error.message} />
      ) : count === 0 || !data || !first || !totals ? (
        <Empty description={t('arrears.notices.none')} />
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Alert
            type="info"
            data-testid="notices-summary"
            title={t('arrears.notices.summary', {
              rooms: count,
              total: formatFen(totals.total),
              overdue: formatFen(totals.overdue),
              due: data.dueOn
            })}
          />
          <Typography.Text type="secondary">{t('arrears.notices.preview')}</Typography.Text>
          <PagePreview job={first} widthPx={420} testId="notice-preview" />
        </Space>
      )}
    </Modal>
  )
}
