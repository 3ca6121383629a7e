import { Button, Form, Input, InputNumber, Space } from 'antd'
import type { Rule } from 'antd/es/form'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { parseYuan } from '@shared/domain/money'
import { reasonKey } from '@shared/kernel/i18n'
import { useI18n, type Translate, type TranslateKey } from '../../../lib/i18n'

/** The parts of 设置 → 交接班: the shift-time grid, the tools and the outside numbers lists. */

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

export const timeRule = (t: Translate): Rule => ({ pattern: HHMM, message: t('field.time') })
export const monthDayRule = (t: Translate): Rule => ({ pattern: MONTH_DAY, message: t('handover.field.monthDay') })

/** The float typed in 元, kept as fen (0 allowed: a desk without a float). */
export const cashRule = (t: Translate): Rule => ({
  validator: async (_rule, value: string | undefined) => {
    if (!value?.trim()) throw new Error(t('field.required'))
    const parsed = parseYuan(value, { allowZero: true, max: 10_000_000 })
    if (!parsed.ok) throw new Error(t(reasonKey('field.money', parsed.reason) as TranslateKey))
  }
})

export function fenOf(value: string): number {
  const parsed = parseYuan(value, { allowZero: true, max: 10_000_000 })
  if (!parsed.ok) throw new Error(`not an amount: ${value}`)
  return parsed.fen
}

/** One season's three shifts, start and end each (end before start runs past midnight). */
export function SeasonTimes({ season }: { season: 'winter' | 'summer' }) {
  const { t } = useI18n()
  return (
    <Space wrap size={16} data-testid={`handover-settings-${season}`}>
      {(['day', 'noon', 'night'] as const).map((kind) => (
        <Space key={kind} align="start" size={4}>
          <span style={{ display: 'inline-block', minWidth: 64, lineHeight: '32px' }}>{t(`shift.kind.${kind}`)}</span>
          <Form.Item name={[season, kind, 'start']} rules={[timeRule(t)]} style={{ marginBottom: 0 }}>
            <Input
              style={{ width: 72 }}
              aria-label={t('dutyScreen.settings.start')}
              data-testid={`times-${season}-${kind}-start`}
            />
          </Form.Item>
          <span style={{ lineHeight: '32px' }}>–</span>
          <Form.Item name={[season, kind, 'end']} rules={[timeRule(t)]} style={{ marginBottom: 0 }}>
            <Input
              style={{ width: 72 }}
              aria-label={t('dutyScreen.settings.end')}
              data-testid={`times-${season}-${kind}-end`}
            />
          </Form.Item>
        </Space>
      ))}
    </Space>
  )
}

/** A tool's name is counted by it at every handover: it must be there once. */
const uniqueName =
  (t: Translate, list: string): Rule =>
  ({ getFieldValue }) => ({
    validator: async (_rule, value: string | undefined) => {
      const names = ((getFieldValue(list) ?? []) as { name?: string }[]).map((r) => r?.name?.trim())
      if (value?.trim() && names.filter((n) => n === value.trim()).length > 1)
        throw new Error(t('dutyScreen.settings.duplicateTool'))
    }
  })

export function ToolsList() {
  const { t } = useI18n()
  const required = { required: true, whitespace: true, message: t('field.required') }
  return (
    <Form.List name="tools">
      {(fields, { add, remove }) => (
        <div data-testid="handover-settings-tools">
          {fields.map((field) => (
            <Space key={field.key} align="start" style={{ display: 'flex' }}>
              <Form.Item
                name={[field.name, 'name']}
                rules={[required, uniqueName(t, 'tools')]}
                dependencies={[['tools']]}
              >
                <Input
                  placeholder={t('dutyScreen.settings.toolName')}
                  maxLength={30}
                  style={{ width: 200 }}
                  data-testid={`tool-name-${field.name}`}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'expected']} rules={[{ required: true, message: t('field.required') }]}>
                <InputNumber
                  min={0}
                  max={999}
                  precision={0}
                  placeholder={t('dutyScreen.settings.toolExpected')}
                  data-testid={`tool-expected-${field.name}`}
                />
              </Form.Item>
              <Button
                icon={<DeleteOutlined />}
                onClick={() => remove(field.name)}
                aria-label={t('dutyScreen.settings.remove')}
              />
            </Space>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ name: '', expected: 1 })} data-testid="tool-add">
            {t('dutyScreen.settings.addTool')}
          </Button>
        </div>
      )}
    </Form.List>
  )
}

export function NumbersList() {
  const { t } = useI18n()
  const required = { required: true, whitespace: true, message: t('field.required') }
  return (
    <Form.List name="outsideNumbers">
      {(fields, { add, remove }) => (
        <div data-testid="handover-settings-numbers">
          {fields.map((field) => (
            <Space key={field.key} align="start" style={{ display: 'flex' }}>
              <Form.Item name={[field.name, 'name']} rules={[required]}>
                <Input placeholder={t('dutyScreen.settings.numberName')} maxLength={30} style={{ width: 160 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'phone']} rules={[required]}>
                <Input placeholder={t('dutyScreen.settings.numberPhone')} maxLength={30} style={{ width: 140 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'note']}>
                <Input placeholder={t('dutyScreen.settings.numberNote')} maxLength={60} style={{ width: 200 }} />
              </Form.Item>
              <Button
                icon={<DeleteOutlined />}
                onClick={() => remove(field.name)}
                aria-label={t('dutyScreen.settings.remove')}
              />
            </Space>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ name: '', phone: '', note: '' })}>
            {t('dutyScreen.settings.addNumber')}
          </Button>
        </div>
      )}
    </Form.List>
  )
}
