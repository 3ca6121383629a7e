import { useState } from 'react'
import { Alert, App, Button, Form, Input, Space, Typography } from 'antd'
import { CloudServerOutlined, DesktopOutlined } from '@ant-design/icons'
import type { Locale } from '@shared/kernel/locale'
import { linkApi } from '@shared/office/api'
import { shortFingerprint } from '@shared/office/pairing'
import type { LinkStatus } from '@shared/office/types'
import { ApiFailure } from '../../lib/api/client'
import { showFieldErrors } from '../../lib/api/form-errors'
import { useApiMutation } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'
import { CenteredCard } from '../../app/boot/CenteredCard'
import { LanguagePicker } from '../../app/boot/LanguagePicker'

interface Props {
  locale: Locale
  setLocale: (l: Locale) => void
  link: LinkStatus
  /** 本机数据: go on to the first-run setup. */
  onLocal: () => void
  /** Paired: the result stays on screen until the clerk goes on. */
  onPaired: () => void
  /** Gone on: boot again against the server (its sign-in screen). */
  onConnected: () => void
}

/** First run: this PC's own data (the default) or a counter of the office server. */
export function ConnectPage(props: Props) {
  const { t } = useI18n()
  const [pairing, setPairing] = useState(Boolean(props.link.suggestedAddress))
  const picker = <LanguagePicker value={props.locale} onChange={props.setLocale} />
  if (pairing) return <PairForm {...props} picker={picker} onBack={() => setPairing(false)} />
  return (
    <CenteredCard title={t('officeScreen.choice.title')} width={560} extra={picker}>
      <Typography.Paragraph type="secondary">{t('officeScreen.choice.intro')}</Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }} size={12}>
        <ChoiceButton
          autoFocus
          icon={<DesktopOutlined />}
          title={t('officeScreen.choice.local')}
          hint={t('officeScreen.choice.localHint')}
          onClick={props.onLocal}
          testId="choice-local"
        />
        <ChoiceButton
          icon={<CloudServerOutlined />}
          title={t('officeScreen.choice.connect')}
          hint={t('officeScreen.choice.connectHint')}
          onClick={() => setPairing(true)}
          testId="choice-connect"
        />
      </Space>
    </CenteredCard>
  )
}

function ChoiceButton(p: {
  icon: React.ReactNode
  title: string
  hint: string
  onClick: () => void
  testId: string
  autoFocus?: boolean
}) {
  return (
    <Button
      block
      size="large"
      autoFocus={p.autoFocus}
      icon={p.icon}
      onClick={p.onClick}
      data-testid={p.testId}
      style={{ height: 'auto', padding: '12px 16px', justifyContent: 'flex-start', textAlign: 'start' }}
    >
      <span style={{ display: 'flex', flexDirection: 'column', whiteSpace: 'normal' }}>
        <strong>{p.title}</strong>
        <Typography.Text type="secondary">{p.hint}</Typography.Text>
      </span>
    </Button>
  )
}

/** Paired: this PC's counter name and the fingerprint to compare with the server's screen. */
function PairedResult(p: { paired: LinkStatus; picker: React.ReactNode; onConnected: () => void }) {
  const { t } = useI18n()
  return (
    <CenteredCard title={t('officeScreen.pair.title')} width={560} extra={p.picker}>
      <Alert
        type="success"
        showIcon
        title={t('officeScreen.pair.done', { counter: p.paired.counterName ?? '' })}
        description={t('officeScreen.pair.compare', { fingerprint: shortFingerprint(p.paired.fingerprint ?? '') })}
        data-testid="pair-done"
      />
      <Button
        type="primary"
        block
        autoFocus
        style={{ marginTop: 16 }}
        onClick={p.onConnected}
        data-testid="pair-continue"
      >
        {t('officeScreen.pair.continue')}
      </Button>
    </CenteredCard>
  )
}

function PairForm({
  link,
  picker,
  onBack,
  onPaired,
  onConnected
}: Props & { picker: React.ReactNode; onBack: () => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ address: string; code: string }>()
  const pair = useApiMutation(linkApi.pair)
  const [paired, setPaired] = useState<LinkStatus | null>(null)

  async function submit(values: { address: string; code: string }) {
    try {
      const result = await pair.mutateAsync(values)
      onPaired()
      setPaired(result)
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  if (paired) return <PairedResult paired={paired} picker={picker} onConnected={onConnected} />
  return (
    <CenteredCard title={t('officeScreen.pair.title')} width={560} extra={picker}>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        initialValues={{ address: link.suggestedAddress ?? '' }}
        data-testid="pair-form"
      >
        <Form.Item
          name="address"
          label={t('officeScreen.pair.address')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Input autoFocus={!link.suggestedAddress} placeholder="https://192.168.1.20:8443" maxLength={200} />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('officeScreen.pair.code')}
          extra={t('officeScreen.pair.codeHint')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Input
            autoFocus={Boolean(link.suggestedAddress)}
            placeholder="ABCD-EFGH-JK"
            maxLength={20}
            style={{ fontFamily: 'monospace' }}
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={pair.isPending} data-testid="pair-submit">
            {t('officeScreen.pair.submit')}
          </Button>
          <Button onClick={onBack}>{t('officeScreen.pair.back')}</Button>
        </Space>
      </Form>
    </CenteredCard>
  )
}
