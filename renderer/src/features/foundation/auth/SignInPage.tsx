import { useState } from 'react'
import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd'
import { LockOutlined, UserOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import type { AppStatus } from '@shared/foundation/system'
import type { Locale } from '@shared/kernel/locale'
import { ApiFailure, call } from '../../../lib/api/client'
import { useI18n } from '../../../lib/i18n'
import { CenteredCard } from '../../../app/boot/CenteredCard'
import { LanguagePicker } from '../../../app/boot/LanguagePicker'
import { useSession } from './session'

type Ready = Extract<AppStatus, { mode: 'ready' }>

export function SignInPage({
  status,
  locale,
  setLocale
}: {
  status: Ready
  locale: Locale
  setLocale: (l: Locale) => void
}) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const session = useSession()
  const [form] = Form.useForm<{ username: string; password: string }>()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [unlockOpen, setUnlockOpen] = useState(false)

  async function submit(values: { username: string; password: string }) {
    setBusy(true)
    setError(null)
    try {
      session.signedIn(await call(api.staff.signIn, values))
    } catch (failure) {
      setError(failure instanceof ApiFailure ? failure.message : String(failure))
      form.setFieldValue('password', '')
      form.getFieldInstance('password')?.focus()
    } finally {
      setBusy(false)
    }
  }

  async function unlockAccount(username: string) {
    try {
      await call(api.staff.unlockAccount, { username })
      setUnlockOpen(false)
      setError(null)
      message.success(t('signIn.unlockedOk', { username }))
    } catch (failure) {
      if (failure instanceof ApiFailure && failure.error.code !== 'APPROVAL_REQUIRED') message.error(failure.message)
    }
  }

  return (
    <CenteredCard
      title={
        <div>
          <div>{status.estateName}</div>
          <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 'normal' }}>
            {status.companyName} · {status.counterName}
          </Typography.Text>
        </div>
      }
      extra={<LanguagePicker value={locale} onChange={setLocale} />}
    >
      {status.demo && <Alert type="warning" showIcon title={t('app.demoBanner')} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} data-testid="sign-in-form">
        <Form.Item
          name="username"
          label={t('signIn.username')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Input
            prefix={<UserOutlined />}
            autoFocus
            autoComplete="username"
            size="large"
            data-testid="sign-in-username"
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('signIn.password')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Input.Password
            prefix={<LockOutlined />}
            autoComplete="current-password"
            size="large"
            data-testid="sign-in-password"
          />
        </Form.Item>
        {error && (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="sign-in-error" />
        )}
        <Button type="primary" htmlType="submit" size="large" block loading={busy} data-testid="sign-in-submit">
          {t('signIn.submit')} (Enter)
        </Button>
      </Form>
      <Button
        type="link"
        block
        style={{ marginTop: 8 }}
        onClick={() => setUnlockOpen(true)}
        data-testid="unlock-account-open"
      >
        {t('signIn.unlockAccount')}
      </Button>
      <UnlockAccountDialog
        open={unlockOpen}
        initial={form.getFieldValue('username')}
        onCancel={() => setUnlockOpen(false)}
        onSubmit={unlockAccount}
      />
    </CenteredCard>
  )
}

function UnlockAccountDialog(props: {
  open: boolean
  initial?: string
  onCancel: () => void
  onSubmit: (username: string) => void
}) {
  const { t } = useI18n()
  const [form] = Form.useForm<{ username: string }>()
  return (
    <Modal
      open={props.open}
      title={t('signIn.unlockAccountTitle')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={props.onCancel}
      destroyOnHidden
      afterOpenChange={(open) => open && form.setFieldValue('username', props.initial ?? '')}
    >
      <Form form={form} layout="vertical" onFinish={(v) => props.onSubmit(v.username)} requiredMark={false}>
        <Form.Item
          name="username"
          label={t('signIn.unlockAccountUser')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Input autoFocus data-testid="unlock-account-username" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
