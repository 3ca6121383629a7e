import { useEffect } from 'react'
import { App, Button, Card, Form, Input, InputNumber, Select, Space } from 'antd'
import { api } from '@shared/api'
import { formatFen } from '@shared/domain/money'
import type { HandoverSettings } from '@shared/handover/settings'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useI18n, type TranslateKey } from '../../../lib/i18n'
import { cashRule, fenOf, monthDayRule, NumbersList, SeasonTimes, ToolsList } from './settings-fields'

/** The form's shape: the settings with the float typed in 元 instead of fen. */
type Values = Omit<HandoverSettings, 'cashFloatFen'> & { cashFloat: string }

function Section({ title, children, testId }: { title: TranslateKey; children: React.ReactNode; testId?: string }) {
  const { t } = useI18n()
  return (
    <Card size="small" title={t(title)} style={{ marginBottom: 12 }} data-testid={testId}>
      {children}
    </Card>
  )
}

/** Both seasons' shift times and when summer runs. */
function TimesSection() {
  const { t } = useI18n()
  return (
    <Section title="dutyScreen.settings.times">
      <Form.Item label={t('dutyScreen.settings.winter')}>
        <SeasonTimes season="winter" />
      </Form.Item>
      <Form.Item label={t('dutyScreen.settings.summer')}>
        <SeasonTimes season="summer" />
      </Form.Item>
      <Space wrap size={16}>
        <Form.Item
          name="summerFrom"
          label={`${t('dutyScreen.settings.summerPeriod')} ${t('dutyScreen.settings.from')}`}
          rules={[monthDayRule(t)]}
        >
          <Input style={{ width: 90 }} data-testid="handover-settings-summerFrom" />
        </Form.Item>
        <Form.Item name="summerTo" label={t('dutyScreen.settings.to')} rules={[monthDayRule(t)]}>
          <Input style={{ width: 90 }} data-testid="handover-settings-summerTo" />
        </Form.Item>
      </Space>
    </Section>
  )
}

/**
 * 设置 → 交接班 (supervisors): the shift times of winter and summer and when summer runs, the cash
 * float, the tools counted at every handover, the outside numbers, the ledger's departments and
 * answer times. Saved as one document; sign-in and the handover read it from then on.
 */
export function HandoverSettingsTab() {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const settings = useApiQuery(api.handover.settings, {}, { staleTime: 0 })
  const save = useApiMutation(api.handover.saveSettings, [api.handover.settings, api.duty.today, api.duty.contacts])
  useEffect(() => {
    if (!settings.data) return
    const { cashFloatFen, ...rest } = settings.data
    form.setFieldsValue({ ...rest, cashFloat: formatFen(cashFloatFen, { grouping: false }) })
  }, [settings.data, form])

  async function submit({ cashFloat, ...values }: Values) {
    try {
      await save.mutateAsync({
        ...values,
        outsideNumbers: (values.outsideNumbers ?? []).map((n) => ({ ...n, note: n.note ?? '' })),
        cashFloatFen: fenOf(cashFloat)
      })
      message.success(t('common.saved'))
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof Error ? error.message : String(error))
    }
  }
  const int = (name: keyof Values, label: TranslateKey, min: number, max: number) => (
    <Form.Item name={name} label={t(label)} rules={[{ required: true, message: t('field.required') }]}>
      <InputNumber min={min} max={max} precision={0} data-testid={`handover-settings-${name}`} />
    </Form.Item>
  )
  return (
    <Form form={form} onFinish={submit} layout="vertical" style={{ maxWidth: 1080 }} data-testid="handover-settings">
      <TimesSection />
      <Section title="dutyScreen.settings.cash">
        <Form.Item name="cashFloat" label={t('dutyScreen.settings.cashFloat')} rules={[cashRule(t)]}>
          <Input style={{ width: 160 }} data-testid="handover-settings-cashFloat" />
        </Form.Item>
        <Form.Item label={t('dutyScreen.settings.tools')}>
          <ToolsList />
        </Form.Item>
      </Section>
      <Section title="dutyScreen.settings.numbers">
        <NumbersList />
      </Section>
      <Section title="dutyScreen.settings.ledger">
        <Form.Item
          name="departments"
          label={t('dutyScreen.settings.departments')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Select
            mode="tags"
            open={false}
            tokenSeparators={[',', '，', ' ']}
            style={{ width: 480 }}
            data-testid="handover-settings-departments"
          />
        </Form.Item>
        <Space wrap size={20}>
          {int('answerHours', 'dutyScreen.settings.answerHours', 1, 720)}
          {int('graceMinutes', 'dutyScreen.settings.graceMinutes', 0, 240)}
        </Space>
      </Section>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="handover-settings-save">
        {t('common.save')} (Enter)
      </Button>
    </Form>
  )
}
