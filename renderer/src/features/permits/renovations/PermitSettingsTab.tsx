import { useEffect } from 'react'
import { Button, Card, Form, Input, InputNumber, Select, Space } from 'antd'
import { App } from 'antd'
import { api } from '@shared/api'
import type { PermitSettings } from '@shared/permits/settings'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useI18n, type TranslateKey } from '../../../lib/i18n'
import { LinesList, WorksList } from './permit-settings-fields'
import { useStepFailure } from './use-step-failure'

const FIELDS = [
  'works',
  'workingHours',
  'prohibited',
  'inspectionItems',
  'garbageItemId',
  'depositItemId',
  'maxDays',
  'expiringDays',
  'notifyDepartments'
]

function Section({ title, children }: { title: TranslateKey; children: React.ReactNode }) {
  const { t } = useI18n()
  return (
    <Card size="small" title={t(title)} style={{ marginBottom: 12 }}>
      {children}
    </Card>
  )
}

/** The garbage fee and the deposit: items of their own category from the fee standards (收费 → 收费项目). */
function FeeItemFields() {
  const { t } = useI18n()
  const items = useApiQuery(api.fees.items, {})
  const of = (category: string) =>
    (items.data ?? []).filter((i) => i.active && i.category === category).map((i) => ({ value: i.id, label: i.name }))
  return (
    <Space wrap size={20}>
      <Form.Item name="garbageItemId" label={t('renovationScreen.settings.garbageItem')}>
        <Select allowClear style={{ width: 240 }} options={of('garbage')} data-testid="permit-settings-garbage" />
      </Form.Item>
      <Form.Item name="depositItemId" label={t('renovationScreen.settings.depositItem')}>
        <Select
          allowClear
          style={{ width: 240 }}
          options={of('renovationDeposit')}
          data-testid="permit-settings-deposit"
        />
      </Form.Item>
    </Space>
  )
}

/**
 * 设置 → 证件 (supervisors): the works a renovation chooses from, the hours and prohibitions the
 * permit restates, the completion checklist, the fee items, the limits and who gets the notice.
 */
export function PermitSettingsTab() {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<PermitSettings>()
  const settings = useApiQuery(api.renovations.settings, {}, { staleTime: 0 })
  const save = useApiMutation(api.renovations.saveSettings, [api.renovations.settings])
  const failed = useStepFailure(form, FIELDS)
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data)
  }, [settings.data, form])

  async function submit(values: PermitSettings) {
    try {
      // A cleared select is undefined in the form; the contract says null (not named yet).
      await save.mutateAsync({
        ...values,
        garbageItemId: values.garbageItemId ?? null,
        depositItemId: values.depositItemId ?? null
      })
      message.success(t('common.saved'))
    } catch (error) {
      failed(error)
    }
  }
  return (
    <Form form={form} onFinish={submit} layout="vertical" style={{ maxWidth: 1080 }} data-testid="permit-settings">
      <Section title="renovationScreen.settings.works">
        <WorksList />
      </Section>
      <Section title="renovationScreen.settings.rules">
        <Form.Item
          name="workingHours"
          label={t('renovationScreen.workingHours')}
          rules={[{ required: true, whitespace: true, message: t('field.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} data-testid="permit-settings-hours" />
        </Form.Item>
        <Form.Item label={t('renovationScreen.prohibited')}>
          <LinesList
            name="prohibited"
            addLabel={t('renovationScreen.settings.addProhibited')}
            testId="permit-settings-prohibited"
          />
        </Form.Item>
      </Section>
      <Section title="renovationScreen.settings.inspection">
        <LinesList
          name="inspectionItems"
          addLabel={t('renovationScreen.settings.addInspection')}
          testId="permit-settings-inspection"
        />
      </Section>
      <Section title="renovationScreen.settings.feesAndLimits">
        <FeeItemFields />
        <Space wrap size={20}>
          <Form.Item name="maxDays" label={t('renovationScreen.settings.maxDays')}>
            <InputNumber min={1} max={730} precision={0} suffix={t('renovationScreen.settings.days')} />
          </Form.Item>
          <Form.Item
            name="expiringDays"
            label={t('renovationScreen.settings.expiringDays')}
            extra={t('renovationScreen.settings.expiringHint')}
          >
            <InputNumber min={0} max={30} precision={0} suffix={t('renovationScreen.settings.days')} />
          </Form.Item>
          <Form.Item name="notifyDepartments" label={t('renovationScreen.settings.notify')}>
            <Select
              mode="tags"
              open={false}
              tokenSeparators={[',', '，', ' ']}
              style={{ width: 360 }}
              data-testid="permit-settings-notify"
            />
          </Form.Item>
        </Space>
      </Section>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="permit-settings-save">
        {t('common.save')}
      </Button>
    </Form>
  )
}
