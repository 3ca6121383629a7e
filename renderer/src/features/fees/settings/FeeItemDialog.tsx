import { App, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Switch, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import { api } from '@shared/api'
import { FEE_CATEGORIES, FEE_METHODS, type FeeCategory, type FeeItemView, type FeeMethod } from '@shared/fees/fees'
import { ROOM_TYPES, type RoomType } from '@shared/domain/person-fields'
import { parsePrice } from '@shared/fees/periods'
import { reasonKey } from '@shared/kernel/i18n'
import { ApiFailure } from '../../../lib/api/client'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { useApiMutation } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { MONTHLY_METHODS, priceUnit } from './fee-labels'
import { now } from '@renderer/lib/clock'

type MeterKind = 'water' | 'electricity' | 'gas'
const METER_KINDS: MeterKind[] = ['water', 'electricity', 'gas']

interface Values {
  name: string
  category: FeeCategory
  method: FeeMethod
  meterKind: MeterKind
  roomTypes: RoomType[]
  dueDay: number
  trusteeshipPercent: number
  sortKey: number
  active: boolean
  price?: string
  effectiveFrom?: Dayjs
}

/** What a new item of a category is usually charged by: a suggestion, changed freely. */
const SUGGESTED: Record<FeeCategory, { method: FeeMethod; meterKind?: MeterKind; roomTypes?: RoomType[] }> = {
  property: { method: 'perArea', roomTypes: ['residence'] },
  water: { method: 'metered', meterKind: 'water', roomTypes: ['residence', 'shop'] },
  electricity: { method: 'metered', meterKind: 'electricity', roomTypes: ['residence', 'shop'] },
  gas: { method: 'metered', meterKind: 'gas', roomTypes: ['residence'] },
  parking: { method: 'fixedMonthly', roomTypes: ['parking'] },
  garbage: { method: 'oneOffPerArea', roomTypes: ['residence', 'shop'] },
  renovationDeposit: { method: 'deposit', roomTypes: ['residence', 'shop'] },
  paidService: { method: 'oneOffFixed' },
  other: { method: 'fixedMonthly' }
}

/** 新增 / 编辑收费项目. A new item gets its first price and start date; later prices go through 调整单价. */
export function FeeItemDialog({
  item,
  nextSortKey,
  onClose
}: {
  item: FeeItemView | null
  nextSortKey: number
  onClose: () => void
}) {
  const { t, core } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const method: FeeMethod = Form.useWatch('method', form) ?? item?.method ?? 'perArea'
  const meterKind: MeterKind = Form.useWatch('meterKind', form) ?? 'water'
  const save = useApiMutation(api.fees.saveItem, [api.fees.items, api.fees.account])
  const creating = item === null
  const needsPrice = method !== 'deposit'

  const initialValues: Values = item
    ? {
        name: item.name,
        category: item.category,
        method: item.method,
        meterKind: item.meterKind ?? 'water',
        roomTypes: item.roomTypes,
        dueDay: item.dueDay,
        trusteeshipPercent: item.trusteeshipPercent,
        sortKey: item.sortKey,
        active: item.active
      }
    : {
        name: '',
        category: 'property',
        method: 'perArea',
        meterKind: 'water',
        roomTypes: ['residence'],
        dueDay: 20,
        trusteeshipPercent: 100,
        sortKey: nextSortKey,
        active: true,
        effectiveFrom: now().startOf('month')
      }

  function changed(changedValues: Partial<Values>) {
    if (!creating || !changedValues.category) return
    const s = SUGGESTED[changedValues.category]
    form.setFieldsValue({
      method: s.method,
      ...(s.meterKind ? { meterKind: s.meterKind } : {}),
      ...(s.roomTypes ? { roomTypes: s.roomTypes } : {})
    })
  }

  async function submit(v: Values) {
    const price = v.price?.trim()
    try {
      const saved = await save.mutateAsync({
        ...(item ? { id: item.id } : {}),
        name: v.name,
        category: v.category,
        method: v.method,
        roomTypes: v.roomTypes,
        dueDay: v.dueDay,
        trusteeshipPercent: v.trusteeshipPercent,
        meterKind: v.method === 'metered' ? v.meterKind : null,
        active: v.active,
        sortKey: v.sortKey,
        ...(creating && price ? { price, effectiveFrom: (v.effectiveFrom ?? now()).format('YYYY-MM-DD') } : {})
      })
      message.success(t('feeSettings.saved', { name: saved.name }))
      onClose()
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }

  const priceRule = {
    validator: (_: unknown, v: string | undefined) => {
      if (!v?.trim() && !needsPrice) return Promise.resolve()
      const r = parsePrice(v ?? '')
      return r.ok ? Promise.resolve() : Promise.reject(new Error(core(reasonKey('field.price', r.reason))))
    }
  }
  const required = { required: true, message: t('field.required') }
  const grid = { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 } as const
  return (
    <Modal
      open
      width={640}
      title={item ? t('feeSettings.dialogEdit', { name: item.name }) : t('feeSettings.dialogNew')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
      data-testid="fee-item-dialog"
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={changed}
        requiredMark={false}
        initialValues={initialValues}
      >
        <Form.Item name="name" label={t('feeSettings.name')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={30} placeholder={t('feeSettings.namePlaceholder')} data-testid="fee-item-name" autoFocus />
        </Form.Item>
        <div style={grid}>
          <Form.Item name="category" label={t('feeSettings.category')}>
            <Select
              options={FEE_CATEGORIES.map((c) => ({ value: c, label: t(`feeSettings.category.${c}`) }))}
              data-testid="fee-item-category"
            />
          </Form.Item>
          <Form.Item name="method" label={t('feeSettings.method')}>
            <Select
              options={FEE_METHODS.map((m) => ({ value: m, label: t(`feeSettings.method.${m}`) }))}
              data-testid="fee-item-method"
            />
          </Form.Item>
        </div>
        {method === 'metered' && (
          <Form.Item name="meterKind" label={t('feeSettings.meterKind')}>
            <Select
              style={{ width: 'calc(50% - 8px)' }}
              options={METER_KINDS.map((k) => ({ value: k, label: t(`feeSettings.meterKind.${k}`) }))}
              data-testid="fee-item-meter"
            />
          </Form.Item>
        )}
        <Form.Item
          name="roomTypes"
          label={t('feeSettings.roomTypes')}
          rules={[{ type: 'array', min: 1, message: t('field.required') }]}
        >
          <Checkbox.Group options={ROOM_TYPES.map((r) => ({ value: r, label: t(`roomType.${r}`) }))} />
        </Form.Item>
        <div style={{ ...grid, gridTemplateColumns: '1fr 1fr 1fr' }}>
          <Form.Item
            name="dueDay"
            label={t('feeSettings.dueDay')}
            tooltip={t('feeSettings.dueDayHint')}
            rules={[required]}
          >
            <InputNumber min={1} max={31} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          {MONTHLY_METHODS.includes(method) ? (
            <Form.Item
              name="trusteeshipPercent"
              label={t('feeSettings.trusteeship')}
              tooltip={t('feeSettings.trusteeshipHint')}
              rules={[required]}
            >
              <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: '100%' }} />
            </Form.Item>
          ) : (
            <Form.Item name="trusteeshipPercent" hidden>
              <InputNumber />
            </Form.Item>
          )}
          <Form.Item name="sortKey" label={t('feeSettings.sortKey')} rules={[required]}>
            <InputNumber min={0} max={10000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </div>
        {creating ? (
          <div style={grid}>
            <Form.Item
              name="price"
              label={t('feeSettings.firstPrice')}
              rules={[priceRule]}
              extra={needsPrice ? undefined : t('feeSettings.firstPriceOptional')}
            >
              <Input
                inputMode="decimal"
                suffix={priceUnit(t, { method, meterKind })}
                placeholder="1.85"
                data-testid="fee-item-price"
              />
            </Form.Item>
            <Form.Item
              name="effectiveFrom"
              label={t('feeSettings.effectiveFrom')}
              extra={t('feeSettings.effectiveFromHint')}
              rules={[required]}
            >
              <DatePicker style={{ width: '100%' }} allowClear={false} data-testid="fee-item-from" />
            </Form.Item>
          </div>
        ) : (
          <Typography.Paragraph type="secondary">{t('feeSettings.priceByAdjust')}</Typography.Paragraph>
        )}
        <Form.Item name="active" label={t('feeSettings.active')} valuePropName="checked" style={{ marginBottom: 0 }}>
          <Switch data-testid="fee-item-active" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
