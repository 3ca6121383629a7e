import { useRef, useState } from 'react'
import { Alert, App, Card, Form, Radio, Typography, type InputRef } from 'antd'
import { api } from '@shared/api'
import type { ReceiptView } from '@shared/fees/fees'
import type { WorkOrderView } from '@shared/workorders/api'
import { useQueryClient } from '@tanstack/react-query'
import { useApiMutation, useApiQuery } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'
import { PaymentForm } from '../fees/counter/PaymentForm'
import { ReceiptResult } from '../fees/counter/ReceiptResult'
import { EnterSubmits, refresh, StepModal, useFailure } from './WorkOrderDialogs'
import { yuanText } from './work-order-labels'

/**
 * 收费: the resident accepted the work; the fee becomes a receivable of the room on the settings'
 * 有偿服务 item, paid now by a receipt at the counter or added to the monthly account.
 */
export function ChargeDialog({ order, onClose }: { order: WorkOrderView; onClose: (pay: boolean) => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ settlement: 'receipt' | 'account' }>()
  const charge = useApiMutation(api.repairs.charge, [...refresh, api.fees.account])
  const failed = useFailure(form)
  async function submit(v: { settlement: 'receipt' | 'account' }) {
    try {
      await charge.mutateAsync({ workOrderId: order.id, settlement: v.settlement })
      message.success(t(`workOrders.done.charge.${v.settlement}`, { number: order.number }))
      onClose(v.settlement === 'receipt')
    } catch (error) {
      failed(error)
    }
  }
  return (
    <StepModal
      title={`${order.number} ${t('workOrders.step.charge')}`}
      okText={t('workOrders.step.charge')}
      pending={charge.isPending}
      form={form}
      onClose={() => onClose(false)}
      testId="workorder-charge-dialog"
    >
      <Typography.Paragraph>{t('workOrders.chargeIntro', { fee: yuanText(order.feeFen) })}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ settlement: order.settlement ?? 'receipt' }}
      >
        <Form.Item name="settlement" label={t('workOrders.settlement')}>
          <Radio.Group data-testid="workorder-charge-settlement">
            <Radio value="receipt" autoFocus>
              {t('workOrders.settlement.receipt')}
            </Radio>
            <Radio value="account">{t('workOrders.settlement.account')}</Radio>
          </Radio.Group>
        </Form.Item>
        <EnterSubmits />
      </Form>
    </StepModal>
  )
}

/** The counter's own payment form for the order's receivable (F9 confirms, the normal numbered receipt). */
export function ChargePanel({ order, onDone }: { order: WorkOrderView; onDone: () => void }) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const account = useApiQuery(api.fees.account, { roomId: order.roomId }, { staleTime: 0 })
  const tenderedRef = useRef<InputRef>(null)
  const [issued, setIssued] = useState<ReceiptView | null>(null)
  const receivable = account.data?.unpaid.find((r) => r.id === order.charged?.receivableId)
  if (issued)
    return (
      <ReceiptResult
        receipt={issued}
        onClose={() => {
          setIssued(null)
          onDone()
        }}
      />
    )
  if (!account.data) return null
  if (!receivable)
    return <Alert type="warning" showIcon title={t('workOrders.noReceivable')} data-testid="workorder-pay-missing" />
  return (
    <Card
      size="small"
      title={t('workOrders.payTitle', { fee: yuanText(receivable.amountFen) })}
      data-enter-own
      data-testid="workorder-pay-panel"
    >
      <PaymentForm
        roomId={order.roomId}
        roomLabel={order.roomCode}
        defaultPayer={order.quoteAgreedBy || order.signedBy || order.reporter || ''}
        totalFen={receivable.amountFen}
        receivableIds={[receivable.id]}
        prepay={[]}
        chosen={[receivable]}
        invalidMonths={false}
        tenderedRef={tenderedRef}
        focusTendered
        onIssued={(receipt) => {
          setIssued(receipt)
          void queryClient.invalidateQueries({ queryKey: [api.workOrders.get.name] })
          void queryClient.invalidateQueries({ queryKey: [api.workOrders.list.name] })
        }}
      />
    </Card>
  )
}
