import { useState } from 'react'
import { Alert, App, Button, Descriptions, Form, Input, Modal, Table, Tag, Typography } from 'antd'
import { WarningOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { api } from '@shared/api'
import type { AppStatus, BackupInfo } from '@shared/foundation/system'
import { ApiFailure, call } from '../../lib/api/client'
import { useI18n } from '../../lib/i18n'
import { colors, stateTag } from '@renderer/lib/colors'

type Recovery = Extract<AppStatus, { mode: 'recovery' }>

/**
 * Shown when the database cannot be opened or fails its check. Nothing has been changed on
 * disk; a verified backup is restored only when an administrator of that backup says so.
 */
export function RecoveryPage({ status, onRestored }: { status: Recovery; onRestored: () => void }) {
  const { t } = useI18n()
  const { modal } = App.useApp()
  const [chosen, setChosen] = useState<BackupInfo | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [form] = Form.useForm<{ username: string; password: string }>()

  async function restore(values: { username: string; password: string }) {
    if (!chosen) return
    setBusy(true)
    try {
      const result = await call(api.system.restoreBackup, { file: chosen.file, ...values })
      setChosen(null)
      modal.success({
        title: t('recovery.restored', { file: result.restored, aside: result.keptAside }),
        onOk: onRestored
      })
    } catch (failure) {
      setError(failure instanceof ApiFailure ? failure.message : String(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ maxWidth: 900, margin: '40px auto', padding: 24 }} data-testid="recovery-page">
      <Typography.Title level={2}>
        <WarningOutlined style={{ color: colors.danger }} /> {t('recovery.title')}
      </Typography.Title>
      <Alert type="warning" showIcon title={t('recovery.intro')} style={{ marginBottom: 24 }} />
      <Descriptions column={1} bordered size="small" style={{ marginBottom: 24 }}>
        <Descriptions.Item label={t('recovery.reason')}>{status.reason}</Descriptions.Item>
        <Descriptions.Item label={t('recovery.databaseFile')}>{status.databaseFile}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={4}>{t('recovery.backups')}</Typography.Title>
      <Table<BackupInfo>
        rowKey="file"
        dataSource={status.backups}
        pagination={false}
        locale={{ emptyText: t('recovery.noBackups') }}
        data-testid="recovery-backups"
        columns={[
          {
            title: t('recovery.createdAt'),
            dataIndex: 'createdAt',
            render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss')
          },
          { title: t('recovery.file'), dataIndex: 'file' },
          { title: t('recovery.size'), dataIndex: 'sizeBytes', render: (v: number) => `${(v / 1024).toFixed(0)} KB` },
          {
            title: '',
            render: (_, b) =>
              b.verified ? (
                <Tag color={stateTag.good}>{t('recovery.verified')}</Tag>
              ) : (
                <Tag color={stateTag.bad}>{t('recovery.unverified')}</Tag>
              )
          },
          {
            title: '',
            render: (_, b) => (
              <Button
                disabled={!b.verified}
                onClick={() => {
                  setError(null)
                  setChosen(b)
                }}
              >
                {t('recovery.restore')}
              </Button>
            )
          }
        ]}
      />
      <Modal
        open={chosen !== null}
        title={chosen?.file}
        onOk={() => form.submit()}
        onCancel={() => setChosen(null)}
        confirmLoading={busy}
        okText={t('recovery.restore')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('recovery.adminPrompt')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" onFinish={restore} requiredMark={false}>
          <Form.Item
            name="username"
            label={t('signIn.username')}
            rules={[{ required: true, message: t('field.required') }]}
          >
            <Input autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('signIn.password')}
            rules={[{ required: true, message: t('field.required') }]}
          >
            <Input.Password />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  )
}
