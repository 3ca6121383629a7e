import { useRef, useState } from 'react'
import { Alert, App, Card, Form, Typography, type InputRef } from 'antd'
import { useQueryClient } from '@tanstack/react-query'
import { api } from '@shared/api'
import type { ReceiptView } from '@shared/fees/fees'
import type { FeeLine, RenovationView } from '@shared/permits/api'
import { sumFen } from '@shared/domain/money'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { PaymentForm } from '../../fees/counter/PaymentForm'
import { ReceiptResult } from '../../fees/counter/ReceiptResult'
import { EnterSubmits, StepModal } from '../../workorders/WorkOrderDialogs'
import { refresh, yuanText } from './renovation-labels'
import { useStepFailure } from './use-step-failure'

/** The fee lines charged and not yet paid. */
export const unpaidLines = (r: RenovationView): FeeLine[] =>
  [r.fees.garbage, r.fees.deposit].filter((l): l is FeeLine => l !== null && l.receiptId === null)

/**
 * 收费: the garbage-removal fee and the deposit go on the room as receivables (the settings name
 * the items; their prices come from the fee standards), to be paid at once with a normal receipt.
 */
export function ChargeDialog({
  renovation: r,
  onClose
}: {
  renovation: RenovationView
  onClose: (pay: boolean) => void
}) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm()
  const settings = useApiQuery(api.renovations.settings, {})
  const items = useApiQuery(api.fees.items, {})
  const charge = useApiMutation(api.renovations.charge, refresh)
  const failed = useStepFailure(form, [])
  const item = (id: number | null | undefined) => items.data?.find((i) => i.id === id)
  const line = (id: number | null | undefined) => {
    const found = item(id)
    if (!found) return t('renovationScreen.feeItemUnset')
    return `${found.name}  ${found.priceE4 === null ? '—' : yuanText(Math.round(found.priceE4 / 100))}`
  }
  async function submit() {
    try {
      const done = await charge.mutateAsync({ renovationId: r.id })
      message.success(t('renovationScreen.done.charge', { number: r.number }))
      onClose(unpaidLines(done).length > 0)
    } catch (error) {
      failed(error)
    }
  }
  return (
    <StepModal
      title={`${r.number} ${t('renovationScreen.step.charge')}`}
      okText={t('renovationScreen.step.charge')}
      pending={charge.isPending}
      form={form}
      onClose={() => onClose(false)}
      testId="renovation-charge-dialog"
    >
      <Typography.Paragraph>{t('renovationScreen.chargeIntro', { room: r.roomCode })}</Typography.Paragraph>
      <ul data-testid="renovation-charge-items">
        <li>{line(settings.data?.garbageItemId)}</li>
        <li>{line(settings.data?.depositItemId)}</li>
      </ul>
      <Form form={form} onFinish={submit}>
        <EnterSubmits />
      </Form>
    </StepModal>
  )
}

/** The counter's own payment form for the renovation's unpaid lines: one normal numbered receipt (F9 confirms). */
export function FeesPayPanel({ renovation: r, onDone }: { renovation: RenovationView; onDone: () => void }) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const account = useApiQuery(api.fees.account, { roomId: r.roomId }, { staleTime: 0 })
  const tenderedRef = useRef<InputRef>(null)
  const [issued, setIssued] = useState<ReceiptView | null>(null)
  const wanted = new Set(unpaidLines(r).map((l) => l.receivableId))
  const chosen = (account.data?.unpaid ?? []).filter((u) => wanted.has(u.id))
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
  if (chosen.length === 0)
    return (
      <Alert type="warning" showIcon title={t('renovationScreen.noReceivable')} data-testid="renovation-pay-missing" />
    )
  const totalFen = sumFen(chosen.map((c) => c.amountFen))
  return (
    <Card
      size="small"
      title={t('renovationScreen.payTitle', { fee: yuanText(totalFen) })}
      data-enter-own
      data-testid="renovation-pay-panel"
    >
      <PaymentForm
        roomId={r.roomId}
        roomLabel={r.roomCode}
        defaultPayer={r.applicantName}
        totalFen={totalFen}
        receivableIds={chosen.map((c) => c.id)}
        prepay={[]}
        chosen={chosen}
        invalidMonths={false}
        tenderedRef={tenderedRef}
        focusTendered
        onIssued={(receipt) => {
          setIssued(receipt)
          void queryClient.invalidateQueries({ queryKey: [api.renovations.get.name] })
          void queryClient.invalidateQueries({ queryKey: [api.renovations.list.name] })
        }}
      />
    </Card>
  )
}
