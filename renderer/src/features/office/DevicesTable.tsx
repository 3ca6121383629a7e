import { useState } from 'react'
import { App, Button, Form, Input, Modal, Table, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import { api } from '@shared/api'
import type { OfficeDeviceRow } from '@shared/office/types'
import { ApiFailure } from '../../lib/api/client'
import { useApiMutation } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'

const at = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—')

/** The counter PCs paired with this server; an administrator revokes one (with a reason). */
export function DevicesTable({ devices, mayRevoke }: { devices: OfficeDeviceRow[]; mayRevoke: boolean }) {
  const { t } = useI18n()
  const [revoking, setRevoking] = useState<OfficeDeviceRow | null>(null)
  return (
    <>
      <Typography.Title level={5}>{t('officeScreen.devices.title')}</Typography.Title>
      <Table<OfficeDeviceRow>
        size="middle"
        rowKey="id"
        dataSource={devices}
        pagination={false}
        locale={{ emptyText: t('officeScreen.devices.empty') }}
        data-testid="office-devices"
        columns={[
          { title: t('officeScreen.devices.counter'), dataIndex: 'counterName', width: 140 },
          { title: t('officeScreen.devices.pairedAt'), dataIndex: 'pairedAt', width: 150, render: at },
          { title: t('officeScreen.devices.pairedBy'), dataIndex: 'pairedByName', width: 110 },
          { title: t('officeScreen.devices.lastSeen'), dataIndex: 'lastSeenAt', width: 150, render: at },
          {
            title: t('officeScreen.devices.status'),
            key: 'status',
            render: (_, d) =>
              d.revokedAt ? (
                <Tag color="default">
                  {t('officeScreen.devices.revoked', {
                    by: d.revokedByName ?? '',
                    at: at(d.revokedAt),
                    reason: d.revokeReason ?? ''
                  })}
                </Tag>
              ) : (
                <Tag color="green">{t('officeScreen.devices.active')}</Tag>
              )
          },
          {
            key: 'actions',
            width: 90,
            render: (_, d) =>
              mayRevoke && !d.revokedAt ? (
                <Button danger size="small" onClick={() => setRevoking(d)} data-testid={`revoke-${d.counterName}`}>
                  {t('officeScreen.devices.revoke')}
                </Button>
              ) : null
          }
        ]}
      />
      {revoking && <RevokeDialog device={revoking} onClose={() => setRevoking(null)} />}
    </>
  )
}

function RevokeDialog({ device, onClose }: { device: OfficeDeviceRow; onClose: () => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ reason: string }>()
  const revoke = useApiMutation(api.office.revoke, [api.office.status])
  async function submit({ reason }: { reason: string }) {
    try {
      await revoke.mutateAsync({ deviceId: device.id, reason })
      onClose()
    } catch (error) {
      message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }
  return (
    <Modal
      open
      title={t('officeScreen.revoke.title', { counter: device.counterName })}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={t('officeScreen.revoke.confirm')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={revoke.isPending}
      destroyOnHidden
      data-testid="revoke-dialog"
    >
      <Typography.Paragraph type="secondary">{t('officeScreen.revoke.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="reason"
          label={t('officeScreen.revoke.reason')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Input autoFocus maxLength={100} onPressEnter={() => form.submit()} data-testid="revoke-reason" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
