import { Button, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd'
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import type { DeadlineRule } from '@shared/workorders/deadlines'
import { FOLLOW_UP_FROM } from '@shared/workorders/settings'
import { useI18n } from '../../lib/i18n'

type Measure = DeadlineRule['measure']
const MEASURES: Measure[] = ['minutes', 'workingMinutes', 'days']

/**
 * One deadline rule: how far and how it counts — clock minutes, minutes of service hours only,
 * or days as people count them. `nullable`: the step may have no deadline (无).
 */
export function RuleInput({
  value,
  onChange,
  nullable = false,
  testId
}: {
  value?: DeadlineRule | null
  onChange?: (rule: DeadlineRule | null) => void
  nullable?: boolean
  testId?: string
}) {
  const { t } = useI18n()
  const measure = value?.measure ?? 'none'
  return (
    <Space.Compact data-testid={testId}>
      <InputNumber
        min={value?.measure === 'days' ? 0 : 1}
        max={value?.measure === 'days' ? 365 : 43200}
        precision={0}
        style={{ width: 90 }}
        disabled={!value}
        value={value?.amount}
        onChange={(amount) => value && onChange?.({ ...value, amount: amount ?? 0 })}
      />
      <Select
        style={{ width: 214 }}
        value={measure}
        onChange={(m: Measure | 'none') =>
          onChange?.(m === 'none' ? null : { measure: m, amount: value?.amount ?? (m === 'days' ? 1 : 30) })
        }
        options={[
          ...MEASURES.map((m) => ({ value: m, label: t(`workOrders.measure.${m}`) })),
          ...(nullable ? [{ value: 'none', label: t('workOrders.measure.none') }] : [])
        ]}
      />
    </Space.Compact>
  )
}

/** A labelled rule field in a row of rules. */
export function RuleItem({ name, label, nullable }: { name: (string | number)[]; label: string; nullable?: boolean }) {
  return (
    <Form.Item name={name} label={label}>
      <RuleInput nullable={nullable} testId={`settings-rule-${name.join('-')}`} />
    </Form.Item>
  )
}

/** 报修类别: key, name and the follow-up rule counted from the completion or the leak test. */
export function RepairCategoriesList() {
  const { t } = useI18n()
  return (
    <Form.List name="repairCategories">
      {(fields, { add, remove }) => (
        <Space orientation="vertical" size={0} style={{ width: '100%' }}>
          {fields.map((field) => (
            <Space key={field.key} align="start" wrap>
              <Form.Item
                style={{ marginBottom: 8 }}
                name={[field.name, 'key']}
                rules={[{ required: true, message: t('field.required') }]}
              >
                <Input style={{ width: 110 }} placeholder={t('workOrders.settings.key')} />
              </Form.Item>
              <Form.Item
                style={{ marginBottom: 8 }}
                name={[field.name, 'name']}
                rules={[{ required: true, message: t('field.required') }]}
              >
                <Input style={{ width: 120 }} placeholder={t('workOrders.settings.name')} />
              </Form.Item>
              <Typography.Text style={{ lineHeight: '32px' }}>{t('workOrders.settings.followUp')}</Typography.Text>
              <Form.Item style={{ marginBottom: 8 }} name={[field.name, 'followUp']}>
                <RuleInput />
              </Form.Item>
              <Form.Item style={{ marginBottom: 8 }} name={[field.name, 'followUpFrom']}>
                <Select
                  style={{ width: 130 }}
                  options={FOLLOW_UP_FROM.map((f) => ({ value: f, label: t(`workOrders.settings.from.${f}`) }))}
                />
              </Form.Item>
              <MinusCircleOutlined style={{ marginTop: 9 }} onClick={() => remove(field.name)} />
            </Space>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() =>
              add({ key: '', name: '', followUp: { measure: 'days', amount: 2 }, followUpFrom: 'completion' })
            }
          >
            {t('workOrders.settings.addCategory')}
          </Button>
        </Space>
      )}
    </Form.List>
  )
}

/** A list of pairs (teams: name + phone; complaint categories: key + name). */
export function PairList({
  name,
  first,
  second,
  addLabel,
  empty
}: {
  name: string
  first: { field: string; placeholder: string; required?: boolean }
  second: { field: string; placeholder: string; required?: boolean }
  addLabel: string
  empty: Record<string, string>
}) {
  const { t } = useI18n()
  const rule = (required?: boolean) => (required ? [{ required: true, message: t('field.required') }] : [])
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Space wrap size={[20, 0]} align="start">
          {fields.map((field) => (
            <Space key={field.key} align="start" size={4}>
              <Form.Item style={{ marginBottom: 8 }} name={[field.name, first.field]} rules={rule(first.required)}>
                <Input style={{ width: 140 }} placeholder={first.placeholder} />
              </Form.Item>
              <Form.Item style={{ marginBottom: 8 }} name={[field.name, second.field]} rules={rule(second.required)}>
                <Input style={{ width: 140 }} placeholder={second.placeholder} />
              </Form.Item>
              <MinusCircleOutlined style={{ marginTop: 9 }} onClick={() => remove(field.name)} />
            </Space>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add(empty)}>
            {addLabel}
          </Button>
        </Space>
      )}
    </Form.List>
  )
}

/** The 72-hour reply of manual 002: on or off, and its rule. */
export function Reply72() {
  const { t } = useI18n()
  return (
    <Space align="start">
      <Form.Item
        name={['complaintRules', 'reply72', 'enabled']}
        label={t('workOrders.settings.reply72')}
        valuePropName="checked"
      >
        <Switch data-testid="settings-reply72" />
      </Form.Item>
      <Form.Item name={['complaintRules', 'reply72', 'rule']} label=" ">
        <RuleInput />
      </Form.Item>
    </Space>
  )
}
