import { App, Form, Input, Modal, Select } from 'antd'
import { api } from '@shared/api'
import { ApiFailure } from '../../../lib/api/client'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { moneyRule } from './money'

const ONE_OFF = new Set(['oneOffFixed', 'oneOffPerArea', 'deposit'])

/**
 * 登记费用: a one-off, a deposit or a paid service for this room; it then shows among the unpaid,
 * ticked (`onAdded`): a charge is registered because it is about to be paid.
 */
export function ChargeDialog({
  roomId,
  onAdded,
  onClose
}: {
  roomId: number
  onAdded: (receivableId: number) => void
  onClose: () => void
}) {
  const { t, core } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ itemId: number; quantity?: string; amount?: string; note?: string }>()
  const items = useApiQuery(api.fees.items, {})
  const add = useApiMutation(api.fees.addCharge, [api.fees.account, api.households.timeline])
  const choices = (items.data ?? []).filter((i) => i.active && (ONE_OFF.has(i.method) || i.category === 'paidService'))
  async function submit(v: { itemId: number; quantity?: string; amount?: string; note?: string }) {
    try {
      const added = await add.mutateAsync({
        roomId,
        itemId: v.itemId,
        quantity: v.quantity || undefined,
        amount: v.amount || undefined,
        note: v.note ?? ''
      })
      onAdded(added.id)
      onClose()
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }
  return (
    <Modal
      open
      title={t('fees.addCharge')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending}
      destroyOnHidden
      data-testid="charge-dialog"
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="itemId"
          label={t('fees.chargeItem')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Select options={choices.map((i) => ({ value: i.id, label: i.name }))} data-testid="charge-item" />
        </Form.Item>
        <Form.Item name="quantity" label={t('fees.chargeQuantity')}>
          <Input style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('fees.chargeAmount')}
          extra={t('fees.chargeAmountHint')}
          rules={[moneyRule(core, { optional: true })]}
        >
          <Input prefix="¥" style={{ width: 200 }} data-testid="charge-amount" />
        </Form.Item>
        <Form.Item name="note" label={t('fees.chargeNote')}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
