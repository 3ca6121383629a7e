import { useState } from 'react'
import { Alert, App, Button, Descriptions, Form, Input, Space, Typography } from 'antd'
import dayjs from 'dayjs'
import { api } from '@shared/api'
import type { OfficeStatus, PairingCode } from '@shared/office/types'
import { ApiFailure } from '../../lib/api/client'
import { showFieldErrors } from '../../lib/api/form-errors'
import { useApiMutation } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'
import { DevicesTable } from './DevicesTable'

/** At the office server: where it listens, its fingerprint, pairing codes and the paired counters. */
export function ServerPanel({ status, isAdmin }: { status: OfficeStatus; isAdmin: boolean }) {
  const { t } = useI18n()
  const server = status.server!
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Descriptions title={t('officeScreen.server.title')} column={1} bordered size="small" data-testid="office-server">
        <Descriptions.Item label={t('officeScreen.server.listen')}>{server.listen}</Descriptions.Item>
        <Descriptions.Item label={t('officeScreen.server.fingerprint')}>
          <Typography.Text code copyable style={{ fontSize: 12 }} data-testid="office-fingerprint">
            {server.fingerprint}
          </Typography.Text>
          <div>
            <Typography.Text type="secondary">{t('officeScreen.server.fingerprintHint')}</Typography.Text>
          </div>
        </Descriptions.Item>
      </Descriptions>
      {isAdmin && <PairingCodeForm />}
      <DevicesTable devices={status.devices} mayRevoke={isAdmin} />
    </Space>
  )
}

function PairingCodeForm() {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ counterName: string }>()
  const make = useApiMutation(api.office.createPairingCode, [api.office.status])
  const [made, setMade] = useState<PairingCode | null>(null)

  async function submit(values: { counterName: string }) {
    try {
      setMade(await make.mutateAsync(values))
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  return (
    <div>
      <Typography.Title level={5}>{t('officeScreen.code.title')}</Typography.Title>
      <Form form={form} layout="inline" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="counterName"
          label={t('officeScreen.code.counter')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Input maxLength={20} placeholder={t('officeScreen.code.counterPlaceholder')} data-testid="pairing-counter" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={make.isPending} data-testid="pairing-make">
          {t('officeScreen.code.make')}
        </Button>
      </Form>
      {made && (
        <Alert
          style={{ marginTop: 12 }}
          type="info"
          title={t('officeScreen.code.shown', {
            counter: made.counterName,
            time: dayjs(made.expiresAt).format('HH:mm')
          })}
          description={
            <Typography.Text
              strong
              style={{ fontSize: 28, letterSpacing: 4, fontFamily: 'monospace' }}
              data-testid="pairing-code"
            >
              {made.code}
            </Typography.Text>
          }
        />
      )}
    </div>
  )
}
