import { App, Form, Input, InputNumber, Modal, Select, Space, Switch } from 'antd'
import { api } from '@shared/api'
import { formatFen } from '@shared/domain/money'
import { SERVICE_ITEM_CATEGORIES, type ServiceItem } from '@shared/workorders/repairs-api'
import { ApiFailure } from '../../lib/api/client'
import { showFieldErrors } from '../../lib/api/form-errors'
import { useApiMutation } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'
import { fenOfText, moneyRule } from './money-input'
import { EnterSubmits } from './WorkOrderDialogs'

interface Values {
  name: string
  category: ServiceItem['category']
  unit: string
  negotiable: boolean
  price?: string
  needsApproval: boolean
  note?: string
  active: boolean
  sortKey: number
}

const valuesOf = (item: ServiceItem | null): Partial<Values> =>
  item
    ? {
        ...item,
        negotiable: item.priceFen === null,
        price: item.priceFen === null ? '' : formatFen(item.priceFen, { grouping: false })
      }
    : { category: 'paid', unit: '次', negotiable: false, needsApproval: false, active: true, sortKey: 0 }

/** Whether a supervisor approves each order of it, whether it is published, and where it stands in the list. */
function ItemFlags() {
  const { t } = useI18n()
  return (
    <Space size={16} wrap>
      <Form.Item name="needsApproval" label={t('workOrders.needsApprovalField')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="active" label={t('workOrders.itemActive')} valuePropName="checked">
        <Switch data-testid="service-item-active" />
      </Form.Item>
      <Form.Item name="sortKey" label={t('workOrders.sortKey')}>
        <InputNumber min={0} max={9999} precision={0} />
      </Form.Item>
    </Space>
  )
}

/** A service item added or edited by a supervisor: its price per unit, or 面议; retired by switching it off. */
export function ServiceItemDialog({ item, onClose }: { item: ServiceItem | null; onClose: () => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const negotiable = Form.useWatch('negotiable', form)
  const save = useApiMutation(api.serviceItems.save, [api.serviceItems.list])
  async function submit(v: Values) {
    try {
      const saved = await save.mutateAsync({
        ...(item ? { id: item.id } : {}),
        name: v.name.trim(),
        category: v.category,
        unit: v.unit.trim(),
        priceFen: v.negotiable ? null : (fenOfText(v.price) ?? 0),
        needsApproval: v.needsApproval,
        note: v.note?.trim() ?? '',
        active: v.active,
        sortKey: v.sortKey ?? 0
      })
      message.success(t('workOrders.itemSaved', { name: saved.name }))
      onClose()
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }
  const required = [{ required: true, whitespace: true, message: t('field.required') }]
  return (
    <Modal
      open
      title={item ? t('workOrders.itemEdit', { name: item.name }) : t('workOrders.itemNew')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ ...({ 'data-testid': 'service-item-ok' } as Record<string, string>) }}
      destroyOnHidden
      data-testid="service-item-dialog"
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={valuesOf(item)} requiredMark={false}>
        <Form.Item name="name" label={t('workOrders.itemName')} rules={required}>
          <Input autoFocus maxLength={30} data-testid="service-item-name" />
        </Form.Item>
        <Space size={16} wrap>
          <Form.Item name="category" label={t('workOrders.itemCategory')}>
            <Select
              style={{ width: 160 }}
              options={SERVICE_ITEM_CATEGORIES.map((c) => ({ value: c, label: t(`workOrders.itemCategory.${c}`) }))}
            />
          </Form.Item>
          <Form.Item name="unit" label={t('workOrders.unit')} rules={required}>
            <Input style={{ width: 90 }} maxLength={10} data-testid="service-item-unit" />
          </Form.Item>
          <Form.Item name="negotiable" label={t('workOrders.negotiable')} valuePropName="checked">
            <Switch />
          </Form.Item>
          {!negotiable && (
            <Form.Item name="price" label={t('workOrders.price')} rules={[moneyRule(t, true)]}>
              <Input prefix="¥" style={{ width: 130 }} data-testid="service-item-price" />
            </Form.Item>
          )}
        </Space>
        <ItemFlags />
        <Form.Item name="note" label={t('workOrders.note')}>
          <Input maxLength={100} />
        </Form.Item>
        <EnterSubmits />
      </Form>
    </Modal>
  )
}
