import { DatePicker, Form, Input, Radio, Select, Space, Switch, type FormInstance } from 'antd'
import type { ServiceItem } from '@shared/workorders/repairs-api'
import type { WorkOrderSettings } from '@shared/workorders/settings'
import { useI18n } from '../../lib/i18n'
import { moneyRule, quantityRule } from './money-input'
import type { NewOrderValues } from './NewOrderDialog'
import { yuanText } from './work-order-labels'

const required = (message: string) => [{ required: true, whitespace: true, message }]

/** Where, what and when convenient: both kinds ask it. */
function WhereWhat() {
  const { t } = useI18n()
  return (
    <>
      <Space.Compact block style={{ gap: 12 }}>
        <Form.Item
          name="location"
          label={t('workOrders.location')}
          style={{ flex: 1 }}
          rules={required(t('field.required'))}
        >
          <Input
            maxLength={60}
            placeholder={t('workOrders.locationPlaceholder')}
            data-testid="workorder-new-location"
          />
        </Form.Item>
        <Form.Item name="preferredTime" label={t('workOrders.preferredTime')} style={{ flex: 1 }}>
          <Input
            maxLength={60}
            placeholder={t('workOrders.preferredTimePlaceholder')}
            data-testid="workorder-new-preferred"
          />
        </Form.Item>
      </Space.Compact>
      <Form.Item name="description" label={t('workOrders.description')} rules={required(t('field.required'))}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} data-testid="workorder-new-description" />
      </Form.Item>
    </>
  )
}

/** 报修: category, the 24-hour line, free or paid with the quote the resident agreed to. */
export function RepairFields({ form, settings }: { form: FormInstance<NewOrderValues>; settings?: WorkOrderSettings }) {
  const { t } = useI18n()
  const paid = Form.useWatch('charge', form) === 'paid'
  return (
    <>
      <Space size={24} wrap>
        <Form.Item
          name="category"
          label={t('workOrders.category')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Select
            style={{ width: 180 }}
            showSearch={{ optionFilterProp: 'label' }}
            options={(settings?.repairCategories ?? []).map((c) => ({ value: c.key, label: c.name }))}
            data-testid="workorder-new-category"
          />
        </Form.Item>
        <Form.Item
          name="urgent"
          label={t('workOrders.urgent')}
          valuePropName="checked"
          tooltip={t('workOrders.urgentHint')}
        >
          <Switch data-testid="workorder-new-urgent" />
        </Form.Item>
        <Form.Item name="charge" label={t('workOrders.charge')}>
          <Radio.Group optionType="button" data-testid="workorder-new-charge">
            <Radio.Button value="free">{t('workOrders.charge.free')}</Radio.Button>
            <Radio.Button value="paid">{t('workOrders.charge.paid')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
      </Space>
      <WhereWhat />
      {paid && (
        <Space.Compact block style={{ gap: 12 }}>
          <Form.Item name="parts" label={t('workOrders.partsFee')} style={{ flex: 1 }} rules={[moneyRule(t)]}>
            <Input prefix="¥" data-testid="workorder-new-parts" />
          </Form.Item>
          <Form.Item name="labour" label={t('workOrders.labourFee')} style={{ flex: 1 }} rules={[moneyRule(t)]}>
            <Input prefix="¥" data-testid="workorder-new-labour" />
          </Form.Item>
          <Form.Item
            name="quoteAgreedBy"
            label={t('workOrders.quoteAgreedBy')}
            style={{ flex: 1 }}
            rules={required(t('field.required'))}
          >
            <Input maxLength={30} data-testid="workorder-new-agreed" />
          </Form.Item>
        </Space.Compact>
      )}
    </>
  )
}

/** 有偿服务: the item from the published list with its price, how many, the agreed time, how it is settled. */
export function ServiceFields({ form, items }: { form: FormInstance<NewOrderValues>; items: ServiceItem[] }) {
  const { t } = useI18n()
  const chosen = items.find((i) => i.id === Form.useWatch('serviceItemId', form))
  const priceOf = (i: ServiceItem) =>
    i.priceFen === null ? t('workOrders.negotiable') : `${yuanText(i.priceFen)}/${i.unit}`
  return (
    <>
      <Space.Compact block style={{ gap: 12 }}>
        <Form.Item
          name="serviceItemId"
          label={t('workOrders.serviceItem')}
          style={{ flex: 2 }}
          rules={[{ required: true, message: t('field.required') }]}
          extra={chosen?.needsApproval ? t('workOrders.needsApproval') : undefined}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={items.map((i) => ({ value: i.id, label: `${i.name}  ${priceOf(i)}` }))}
            data-testid="workorder-new-item"
          />
        </Form.Item>
        <Form.Item
          name="quantity"
          label={chosen ? t('workOrders.quantityIn', { unit: chosen.unit }) : t('workOrders.quantity')}
          style={{ flex: 1 }}
          rules={[quantityRule(t)]}
        >
          <Input data-testid="workorder-new-quantity" />
        </Form.Item>
      </Space.Compact>
      <Space size={24} wrap>
        <Form.Item name="appointmentAt" label={t('workOrders.agreedTime')}>
          <DatePicker
            showTime={{ format: 'HH:mm', minuteStep: 5 }}
            format="YYYY-MM-DD HH:mm"
            data-testid="workorder-new-appointment"
          />
        </Form.Item>
        <Form.Item name="settlement" label={t('workOrders.settlement')}>
          <Radio.Group optionType="button" data-testid="workorder-new-settlement">
            <Radio.Button value="receipt">{t('workOrders.settlement.receipt')}</Radio.Button>
            <Radio.Button value="account">{t('workOrders.settlement.account')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
      </Space>
      <WhereWhat />
    </>
  )
}
