import { useEffect } from 'react'
import { Alert, App, Button, Card, Form, Input, InputNumber, Select, Space, Typography } from 'antd'
import { api } from '@shared/api'
import type { WorkOrderSettings } from '@shared/workorders/settings'
import { ApiFailure } from '../../lib/api/client'
import { showFieldErrors } from '../../lib/api/form-errors'
import { useApiMutation, useApiQuery } from '../../lib/api/hooks'
import { useI18n, type TranslateKey } from '../../lib/i18n'
import { PairList, Reply72, RepairCategoriesList, RuleItem } from './settings-fields'

const SEVERITIES = ['major', 'important', 'minor'] as const

type Rule = { measure: string } | null

/** The rules that count service hours (set in 分钟（只计服务时间）), named for the notice beside the hours. */
function workingRules(s: WorkOrderSettings | undefined, t: (k: TranslateKey) => string): string[] {
  if (!s?.repairRules || !s.complaintRules) return []
  const complaintSteps = SEVERITIES.flatMap((sev) =>
    (['escalate', 'answer', 'resolve'] as const).map((step): [string, Rule] => [
      `${t(`workOrders.settings.severity.${sev}`)} ${t(step === 'escalate' ? `workOrders.settings.${sev}.escalate` : `workOrders.settings.${step}`)}`,
      s.complaintRules[sev]?.[step] ?? null
    ])
  )
  const rules: [string, Rule][] = [
    [t('workOrders.settings.dispatch'), s.repairRules.dispatch],
    [t('workOrders.settings.urgentArrival'), s.repairRules.urgentArrival],
    [t('workOrders.settings.complete'), s.repairRules.complete],
    ...complaintSteps,
    [t('workOrders.settings.reply'), s.complaintRules.reply],
    [t('workOrders.settings.visit'), s.complaintRules.visit]
  ]
  return rules.filter(([, r]) => r?.measure === 'workingMinutes').map(([name]) => name)
}

/** 投诉: categories, the departments a contact slip goes to, each severity's rules, the replies and recurring problems. */
function ComplaintSettings() {
  const { t } = useI18n()
  return (
    <>
      <PairList
        name="complaintCategories"
        first={{ field: 'key', placeholder: t('workOrders.settings.key'), required: true }}
        second={{ field: 'name', placeholder: t('workOrders.settings.name'), required: true }}
        addLabel={t('workOrders.settings.addCategory')}
        empty={{ key: '', name: '' }}
      />
      <Form.Item name="departments" label={t('workOrders.settings.departments')} style={{ marginTop: 12 }}>
        <Select mode="tags" open={false} tokenSeparators={[',', '，', ' ']} style={{ maxWidth: 620 }} />
      </Form.Item>
      {SEVERITIES.map((sev) => (
        <div key={sev}>
          <Typography.Text strong style={{ display: 'block', marginBottom: 6 }}>
            {t(`workOrders.settings.severity.${sev}`)}
          </Typography.Text>
          <Space wrap size={20} align="start">
            <RuleItem
              name={['complaintRules', sev, 'escalate']}
              label={t(`workOrders.settings.${sev}.escalate`)}
              nullable
            />
            <RuleItem name={['complaintRules', sev, 'answer']} label={t('workOrders.settings.answer')} nullable />
            <RuleItem name={['complaintRules', sev, 'resolve']} label={t('workOrders.settings.resolve')} />
          </Space>
        </div>
      ))}
      <Space wrap size={20} align="start">
        <RuleItem name={['complaintRules', 'reply']} label={t('workOrders.settings.reply')} />
        <RuleItem name={['complaintRules', 'visit']} label={t('workOrders.settings.visit')} />
        <Reply72 />
      </Space>
      <Space wrap size={20}>
        <Form.Item name={['recurring', 'count']} label={t('workOrders.settings.recurringCount')}>
          <InputNumber min={2} max={20} precision={0} suffix={t('workOrders.settings.times')} />
        </Form.Item>
        <Form.Item name={['recurring', 'windowDays']} label={t('workOrders.settings.recurringWindow')}>
          <InputNumber min={7} max={366} precision={0} suffix={t('workOrders.settings.days')} />
        </Form.Item>
      </Space>
    </>
  )
}

/** Service hours, the 将到期 lead, and which rules count only service hours (said on screen). */
function HoursSettings({ counting }: { counting: string[] }) {
  const { t } = useI18n()
  return (
    <Space wrap size={20}>
      <Form.Item name={['serviceHours', 'from']} label={t('workOrders.settings.hoursFrom')}>
        <Input style={{ width: 90 }} placeholder="09:00" data-testid="settings-hours-from" />
      </Form.Item>
      <Form.Item name={['serviceHours', 'to']} label={t('workOrders.settings.hoursTo')}>
        <Input style={{ width: 90 }} placeholder="21:00" data-testid="settings-hours-to" />
      </Form.Item>
      <Form.Item name="soonMinutes" label={t('workOrders.settings.soonMinutes')}>
        <InputNumber min={5} max={1440} precision={0} suffix={t('workOrders.settings.minutes')} />
      </Form.Item>
      <Alert
        type="info"
        showIcon
        data-testid="settings-working-rules"
        title={
          counting.length > 0
            ? t('workOrders.settings.countsHours', { rules: counting.join('、') })
            : t('workOrders.settings.noneCountsHours')
        }
      />
    </Space>
  )
}

function Section({ title, children }: { title: TranslateKey; children: React.ReactNode }) {
  const { t } = useI18n()
  return (
    <Card size="small" title={t(title)} style={{ marginBottom: 12 }}>
      {children}
    </Card>
  )
}

/** 设置 → 报修投诉 (supervisors): service hours, repair categories and rules, warranty, the fee item, teams, complaints. */
export function WorkOrderSettingsTab() {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<WorkOrderSettings>()
  const settings = useApiQuery(api.repairs.settings, {}, { staleTime: 0 })
  const items = useApiQuery(api.fees.items, {})
  const save = useApiMutation(api.repairs.saveSettings, [api.repairs.settings])
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data)
  }, [settings.data, form])
  const watched = Form.useWatch([], form) as WorkOrderSettings | undefined
  const counting = workingRules(watched?.repairRules ? watched : settings.data, t)
  const feeItems = (items.data ?? [])
    .filter((i) => i.active && i.category === 'paidService')
    .map((i) => ({ value: i.id, label: i.name }))

  async function submit(values: WorkOrderSettings) {
    try {
      await save.mutateAsync(values)
      message.success(t('common.saved'))
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }
  const section = (key: TranslateKey, children: React.ReactNode) => (
    <Card size="small" title={t(key)} style={{ marginBottom: 12 }}>
      {children}
    </Card>
  )
  return (
    <Form form={form} onFinish={submit} layout="vertical" style={{ maxWidth: 1080 }} data-testid="workorder-settings">
      <Section title="workOrders.settings.hours">
        <HoursSettings counting={counting} />
      </Section>
      {section('workOrders.settings.categories', <RepairCategoriesList />)}
      {section(
        'workOrders.settings.repairRules',
        <Space wrap size={20} align="start">
          <RuleItem name={['repairRules', 'dispatch']} label={t('workOrders.settings.dispatch')} />
          <RuleItem name={['repairRules', 'urgentArrival']} label={t('workOrders.settings.urgentArrival')} />
          <Form.Item name={['repairRules', 'appointmentGraceMinutes']} label={t('workOrders.settings.grace')}>
            <InputNumber min={0} max={240} precision={0} suffix={t('workOrders.settings.minutes')} />
          </Form.Item>
          <RuleItem name={['repairRules', 'complete']} label={t('workOrders.settings.complete')} />
          <Form.Item name="warrantyMonths" label={t('workOrders.settings.warrantyMonths')}>
            <InputNumber min={0} max={120} precision={0} suffix={t('workOrders.settings.months')} />
          </Form.Item>
          <Form.Item
            name="serviceFeeItemId"
            label={t('workOrders.settings.feeItem')}
            extra={t('workOrders.settings.feeItemHint')}
          >
            <Select allowClear style={{ width: 220 }} options={feeItems} data-testid="settings-fee-item" />
          </Form.Item>
        </Space>
      )}
      <Section title="workOrders.settings.teams">
        <PairList
          name="teams"
          first={{ field: 'name', placeholder: t('workOrders.settings.teamName'), required: true }}
          second={{ field: 'phone', placeholder: t('workOrders.settings.teamPhone') }}
          addLabel={t('workOrders.settings.addTeam')}
          empty={{ name: '', phone: '' }}
        />
      </Section>
      <Section title="workOrders.settings.complaints">
        <ComplaintSettings />
      </Section>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="workorder-settings-save">
        {t('common.save')}
      </Button>
    </Form>
  )
}
