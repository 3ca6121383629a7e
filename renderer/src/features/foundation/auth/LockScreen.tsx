import { useState } from 'react'
import { Alert, Button, Card, Form, Input, Typography } from 'antd'
import { LockOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import { ApiFailure, call } from '../../../lib/api/client'
import { useI18n } from '../../../lib/i18n'
import { useMe, useSession } from './session'
import { brand } from '@renderer/lib/colors'

/**
 * Covers the counter while it is locked. The pages stay mounted underneath, so a half-filled
 * form is still there after the same person types their password.
 */
export function LockScreen() {
  const { t } = useI18n()
  const me = useMe()
  const session = useSession()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [form] = Form.useForm<{ password: string }>()

  async function unlock({ password }: { password: string }) {
    setBusy(true)
    try {
      session.unlocked(await call(api.staff.unlock, { password }))
    } catch (failure) {
      setError(failure instanceof ApiFailure ? failure.message : String(failure))
      form.setFieldValue('password', '')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div
      data-testid="lock-screen"
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 2000,
        background: brand.lockOverlay,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center'
      }}
    >
      <Card style={{ width: 380 }}>
        <Typography.Title level={4}>
          <LockOutlined /> {t('lock.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('lock.intro', { name: me.displayName })}</Typography.Paragraph>
        <Form form={form} onFinish={unlock} layout="vertical" requiredMark={false}>
          <Form.Item
            name="password"
            label={t('lock.password')}
            rules={[{ required: true, message: t('field.required') }]}
          >
            <Input.Password autoFocus size="large" data-testid="lock-password" />
          </Form.Item>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="lock-unlock">
            {t('lock.unlock')}
          </Button>
        </Form>
        <Button type="link" block style={{ marginTop: 8 }} onClick={() => void session.signOut()}>
          {t('lock.switchUser')}
        </Button>
      </Card>
    </div>
  )
}
