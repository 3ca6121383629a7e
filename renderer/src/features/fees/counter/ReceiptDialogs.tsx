import { App, Button, Form, Input, Modal, Select, Space, Typography } from 'antd'
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import { PAYMENT_METHODS, type PaymentMethod, type ReceiptSummary } from '@shared/fees/fees'
import { formatFen, sumFen } from '@shared/domain/money'
import { ApiFailure } from '../../../lib/api/client'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { fenOf, moneyRule } from './money'

const refresh = [api.fees.account, api.fees.receipts, api.fees.receipt, api.households.timeline]

export function VoidDialog({ receipt, onClose }: { receipt: ReceiptSummary; onClose: () => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ reason: string }>()
  const detail = useApiQuery(api.fees.receipt, { receiptId: receipt.id })
  const voidIt = useApiMutation(api.fees.void, refresh)
  async function submit({ reason }: { reason: string }) {
    try {
      await voidIt.mutateAsync({ receiptId: receipt.id, reason })
      message.success(t('fees.voided', { code: receipt.code }))
      onClose()
    } catch (error) {
      if (error instanceof ApiFailure && error.error.code === 'APPROVAL_REQUIRED') return
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }
  return (
    <Modal
      open
      title={t('fees.voidTitle', { code: receipt.code })}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={t('fees.void')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={voidIt.isPending}
      destroyOnHidden
      data-testid="void-dialog"
    >
      <Typography.Paragraph>
        {t('fees.voidIntro', { approval: detail.data?.voidNeedsApproval ? t('fees.voidNeedsApproval') : '' })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="reason"
          label={t('fees.voidReason')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <Input autoFocus maxLength={200} data-testid="void-reason" />
        </Form.Item>
      </Form>
    </Modal>
  )
}

interface RefundValues {
  deductions: { description: string; amount: string }[]
  method: PaymentMethod
  reason: string
}

export function RefundDialog({ receipt, onClose }: { receipt: ReceiptSummary; roomId: number; onClose: () => void }) {
  const { t, core } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<RefundValues>()
  const deductions = Form.useWatch('deductions', form) ?? []
  const detail = useApiQuery(api.fees.receipt, { receiptId: receipt.id })
  const refund = useApiMutation(api.fees.refund, refresh)
  const deposit = sumFen(
    (detail.data?.lines ?? []).filter((l) => l.category === 'renovationDeposit').map((l) => l.amountFen)
  )
  const deducted = sumFen(deductions.map((d) => fenOf(d?.amount) ?? 0))
  const back = deposit - deducted
  // Refused as it is typed, in the core's own words, rather than showing a negative refund until submit.
  const exceeds =
    detail.data !== undefined && back < 0
      ? core('error.REFUND_EXCEEDS', { deductions: formatFen(deducted), deposit: formatFen(deposit) })
      : null
  async function submit(v: RefundValues) {
    if (exceeds) return
    try {
      const done = await refund.mutateAsync({
        receiptId: receipt.id,
        deductions: v.deductions ?? [],
        method: v.method,
        reason: v.reason
      })
      message.success(t('fees.refunded', { code: done.code }))
      onClose()
    } catch (error) {
      if (error instanceof ApiFailure && error.error.code === 'APPROVAL_REQUIRED') return
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }
  return (
    <Modal
      open
      width={620}
      title={t('fees.refundTitle', { code: receipt.code })}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={t('fees.refund')}
      okButtonProps={{ disabled: exceeds !== null }}
      cancelText={t('common.cancel')}
      confirmLoading={refund.isPending}
      destroyOnHidden
      data-testid="refund-dialog"
    >
      <Typography.Paragraph type="secondary">{t('fees.refundIntro')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{ method: 'transfer', deductions: [] }}
      >
        <Form.List name="deductions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item
                    name={[field.name, 'description']}
                    rules={[{ required: true, message: t('field.required') }]}
                  >
                    <Input placeholder={t('fees.deduction')} style={{ width: 300 }} maxLength={60} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'amount']} rules={[moneyRule(core)]}>
                    <Input prefix="¥" placeholder={t('fees.deductionAmount')} style={{ width: 160 }} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} style={{ marginBottom: 16 }}>
                {t('fees.addDeduction')}
              </Button>
            </>
          )}
        </Form.List>
        <Space align="start">
          <Form.Item name="method" label={t('fees.refundMethod')}>
            <Select
              style={{ width: 130 }}
              options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`fees.method.${m}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('fees.refundReason')}
            rules={[{ required: true, message: t('field.required') }]}
          >
            <Input style={{ width: 360 }} maxLength={200} />
          </Form.Item>
        </Space>
        {exceeds ? (
          <Typography.Text type="danger" strong role="alert" data-testid="refund-exceeds">
            {exceeds}
          </Typography.Text>
        ) : (
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('fees.refundAmount', { amount: formatFen(back) })}
          </Typography.Title>
        )}
      </Form>
    </Modal>
  )
}
