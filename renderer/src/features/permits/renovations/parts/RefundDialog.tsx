import { useState } from 'react'
import { Alert, Button, Descriptions, Form, Input, Modal, Select, Typography } from 'antd'
import { api } from '@shared/api'
import { PAYMENT_METHODS, type PaymentMethod } from '@shared/fees/fees'
import type { RenovationView } from '@shared/permits/api'
import { ApiFailure } from '../../../../lib/api/client'
import { useApiMutation } from '../../../../lib/api/hooks'
import { useI18n } from '../../../../lib/i18n'
import { PrintReceiptButton } from '../../../fees/counter/PrintReceiptButton'
import { EnterSubmits, StepModal } from '../../../workorders/WorkOrderDialogs'
import { mono, refresh, yuanText } from '../renovation-labels'
import { useStepFailure } from '../use-step-failure'

interface RefundValues {
  method: PaymentMethod
  reason?: string
}

/** The refund receipt once made: its code, and 打印收据 as the fees screens offer it. */
function RefundDone({ renovation: r, onClose }: { renovation: RenovationView; onClose: () => void }) {
  const { t } = useI18n()
  const refund = r.refund
  return (
    <Modal
      open
      title={t('renovationParts.refundDoneTitle', { number: r.number })}
      onCancel={onClose}
      footer={
        <Button type="primary" autoFocus onClick={onClose} data-testid="renovation-refund-close">
          {t('renovationParts.close')}
        </Button>
      }
      destroyOnHidden
      data-testid="renovation-refund-done"
    >
      {refund ? (
        <>
          <Typography.Paragraph>
            {t('renovationParts.refundDone', { amount: yuanText(refund.amountFen) })}
          </Typography.Paragraph>
          <Typography.Title level={4} style={mono} data-testid="renovation-refund-code">
            {refund.receiptCode}
          </Typography.Title>
          <PrintReceiptButton receiptId={refund.receiptId} />
        </>
      ) : (
        <Typography.Paragraph data-testid="renovation-closed-no-deposit">
          {t('renovationParts.closedNoDeposit')}
        </Typography.Paragraph>
      )}
    </Modal>
  )
}

/**
 * 退还保证金 (F10): the deposit back less the violations' deductions as a fees refund receipt. The
 * core asks for a manager's on-the-spot approval (the app's approval dialog answers it and the
 * same request is sent again); the refund's receipt code is shown and can be printed at once.
 */
export function RefundDialog({ renovation: r, onClose }: { renovation: RenovationView; onClose: () => void }) {
  const { t } = useI18n()
  const [form] = Form.useForm<RefundValues>()
  const refund = useApiMutation(api.renovations.refund, refresh)
  const failed = useStepFailure(form, ['method', 'reason'])
  const [done, setDone] = useState<RenovationView | null>(null)
  const deposit = r.fees.deposit?.receiptId ? r.fees.deposit.amountFen : 0
  const back = deposit - r.deductionsFen
  async function submit(v: RefundValues) {
    try {
      const after = await refund.mutateAsync({ renovationId: r.id, method: v.method, reason: v.reason?.trim() ?? '' })
      setDone(after)
    } catch (error) {
      // The approver cancelled the approval dialog: nothing happened, the form stays as it was.
      if (error instanceof ApiFailure && error.error.code === 'APPROVAL_REQUIRED') return
      failed(error)
    }
  }
  if (done) return <RefundDone renovation={done} onClose={onClose} />
  return (
    <StepModal
      title={`${r.number} ${t('renovationParts.refund')}`}
      okText={t('renovationParts.refund')}
      pending={refund.isPending}
      form={form}
      onClose={onClose}
      testId="renovation-refund-dialog"
    >
      <Descriptions
        size="small"
        column={1}
        bordered
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'deposit',
            label: t('renovationParts.depositPaid'),
            children: <span data-testid="renovation-refund-deposit">{yuanText(deposit)}</span>
          },
          {
            key: 'deductions',
            label: t('renovationParts.deductionsTotal', {
              count: r.violations.filter((v) => v.deductionFen > 0).length
            }),
            children: `− ${yuanText(r.deductionsFen)}`
          },
          {
            key: 'back',
            label: t('renovationParts.refundAmount'),
            children: (
              <Typography.Text strong data-testid="renovation-refund-amount">
                {yuanText(Math.max(back, 0))}
              </Typography.Text>
            )
          }
        ]}
      />
      {back < 0 && (
        <Alert type="error" showIcon title={t('renovationParts.deductionsExceed')} style={{ marginBottom: 12 }} />
      )}
      {deposit > 0 && (
        <Typography.Paragraph type="secondary">{t('renovationParts.refundNeedsApproval')}</Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} initialValues={{ method: 'cash' }}>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 2fr', columnGap: 16 }}>
          <Form.Item name="method" label={t('renovationParts.refundMethod')}>
            <Select
              options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`fees.method.${m}`) }))}
              data-testid="renovation-refund-method"
            />
          </Form.Item>
          <Form.Item name="reason" label={t('renovationParts.refundReason')}>
            <Input autoFocus maxLength={200} data-testid="renovation-refund-reason" />
          </Form.Item>
        </div>
        <EnterSubmits />
      </Form>
    </StepModal>
  )
}
