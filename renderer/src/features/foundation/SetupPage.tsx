import { App, Button, Divider, Form, Input, Typography } from 'antd'
import { api } from '@shared/api'
import type { Locale } from '@shared/kernel/locale'
import { ApiFailure } from '../../lib/api/client'
import { showFieldErrors } from '../../lib/api/form-errors'
import { useApiMutation } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'
import { CenteredCard } from '../../app/boot/CenteredCard'
import { LanguagePicker } from '../../app/boot/LanguagePicker'

interface SetupForm {
  companyName: string
  estateName: string
  counterName: string
  admin: { username: string; displayName: string; password: string }
  confirm: string
}

/** First run on an empty data folder: the company, the estate, this counter, the first administrator. */
export function SetupPage({
  locale,
  setLocale,
  onDone
}: {
  locale: Locale
  setLocale: (l: Locale) => void
  onDone: () => void
}) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<SetupForm>()
  const initialize = useApiMutation(api.setup.initialize)

  async function submit(values: SetupForm) {
    try {
      const { confirm: _confirm, ...input } = values
      await initialize.mutateAsync(input)
      message.success(t('setup.done'))
      onDone()
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  const required = [{ required: true, message: t('field.required') }]
  return (
    <CenteredCard title={t('setup.title')} width={560} extra={<LanguagePicker value={locale} onChange={setLocale} />}>
      <Typography.Paragraph type="secondary">{t('setup.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} data-testid="setup-form">
        <Divider titlePlacement="start">{t('setup.section.estate')}</Divider>
        <Form.Item name="companyName" label={t('setup.companyName')} rules={required}>
          <Input autoFocus placeholder={t('setup.companyName.placeholder')} maxLength={60} />
        </Form.Item>
        <Form.Item name="estateName" label={t('setup.estateName')} rules={required}>
          <Input placeholder={t('setup.estateName.placeholder')} maxLength={60} />
        </Form.Item>
        <Form.Item name="counterName" label={t('setup.counterName')} rules={required}>
          <Input placeholder={t('setup.counterName.placeholder')} maxLength={30} />
        </Form.Item>
        <Divider titlePlacement="start">{t('role.admin')}</Divider>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
          <Form.Item name={['admin', 'username']} label={t('setup.username')} rules={required}>
            <Input autoComplete="username" maxLength={32} />
          </Form.Item>
          <Form.Item name={['admin', 'displayName']} label={t('setup.displayName')} rules={required}>
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item
            name={['admin', 'password']}
            label={t('setup.password')}
            rules={required}
            extra={t('setup.passwordHint')}
          >
            <Input.Password autoComplete="new-password" maxLength={128} />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('setup.confirmPassword')}
            dependencies={[['admin', 'password']]}
            rules={[
              ...required,
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || getFieldValue(['admin', 'password']) === value
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('setup.passwordMismatch')))
              })
            ]}
          >
            <Input.Password autoComplete="new-password" maxLength={128} />
          </Form.Item>
        </div>
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={initialize.isPending}
          data-testid="setup-submit"
        >
          {t('setup.submit')}
        </Button>
      </Form>
    </CenteredCard>
  )
}
