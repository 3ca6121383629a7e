import { useEffect, useState, type RefObject } from 'react'
import { Alert, App, Button, Form, Input, Select, Space, Typography, type InputRef } from 'antd'
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import type { InputOf } from '@shared/kernel/procedure'
import { PAYMENT_METHODS, type PaymentMethod, type ReceiptView, type ReceivableView } from '@shared/fees/fees'
import { formatFen, sumFen } from '@shared/domain/money'
import { ApiFailure, call } from '../../../lib/api/client'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { useI18n } from '../../../lib/i18n'
import { useHotkeys } from '../../../lib/keyboard'
import { fenOf, moneyRule } from './money'
import { paymentBlockers } from './payment-blockers'
import { PaymentConfirmModal } from './PaymentConfirmModal'
import { isSpentRequest, usePaymentRequest } from './payment-request'
import { useQueryClient } from '@tanstack/react-query'
import { colors } from '@renderer/lib/colors'

/** Fen as the text a clerk would type back ('1234.50'), for prefilling inputs. */
const typedYuan = (fen: number) => formatFen(fen, { grouping: false })

export type PayInput = InputOf<typeof api.fees.pay>
const payAtCounter = (input: PayInput, options: { requestId: string }) => call(api.fees.pay, input, options)

interface Props {
  roomId: number
  roomLabel: string
  defaultPayer: string
  totalFen: number
  receivableIds: number[]
  prepay: { itemId: number; months: number; name: string; amountFen: number }[]
  /** Who takes the payment: fees.pay, or a procedure that adds to it (checkin.pay for a move-in). */
  pay?: (input: PayInput, options: { requestId: string }) => Promise<ReceiptView>
  chosen: ReceivableView[]
  /** A prepay months field holds something that is not a whole number of months. */
  invalidMonths: boolean
  /** 实收现金: F8 and Enter in the months field come here. */
  tenderedRef: RefObject<InputRef | null>
  /** The page opens here when there is nothing to prepay. */
  focusTendered: boolean
  onIssued: (receipt: ReceiptView) => void
}

interface Values {
  payerName: string
  payerPhone: string
  payments: { method: PaymentMethod; amount: string }[]
  tendered: string
  remarks: string
}

/** Payer, payment methods (split if needed), cash tendered and change; F9 asks the payer to confirm. */
export function PaymentForm(props: Props) {
  const { t, core } = useI18n()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<Values>()
  const payments = Form.useWatch('payments', form) ?? []
  const tendered = fenOf(Form.useWatch('tendered', form))
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const request = usePaymentRequest(props.roomId)

  // With one payment method, its amount follows the total (and a message about what was typed there goes).
  useEffect(() => {
    if ((form.getFieldValue('payments') ?? []).length <= 1)
      form.setFields([{ name: ['payments', 0, 'amount'], value: typedYuan(props.totalFen), errors: [] }])
  }, [props.totalFen, form])
  useEffect(() => form.setFieldValue('payerName', props.defaultPayer), [props.defaultPayer, form])

  const paidFen = sumFen(payments.map((p) => fenOf(p?.amount) ?? 0))
  const cashFen = sumFen(payments.filter((p) => p?.method === 'cash').map((p) => fenOf(p.amount) ?? 0))
  const changeFen = tendered !== null ? tendered - cashFen : null
  const mismatch = props.totalFen > 0 && paidFen !== props.totalFen
  const payerName = Form.useWatch('payerName', form)
  const tenderedText = Form.useWatch('tendered', form)
  /** From the values given; a key press reads the form itself, as a watch may not have caught up yet. */
  const blockersOf = (v: Partial<Values>) => {
    const lines = v.payments ?? []
    const cash = sumFen(lines.filter((p) => p?.method === 'cash').map((p) => fenOf(p.amount) ?? 0))
    const given = fenOf(v.tendered)
    return paymentBlockers(t, {
      totalFen: props.totalFen,
      invalidMonths: props.invalidMonths,
      payerName: v.payerName,
      amounts: lines.map((p) => p?.amount),
      paidFen: sumFen(lines.map((p) => fenOf(p?.amount) ?? 0)),
      tendered: cash > 0 ? v.tendered : undefined,
      changeFen: cash > 0 && given !== null ? given - cash : null
    })
  }
  const blockers = blockersOf({ payerName, payments, tendered: tenderedText })

  useHotkeys({
    F9: () => {
      // Each field's own message shows beside it; F9 also says in one line why it cannot go on.
      void form.validateFields().catch(() => undefined)
      const reasons = blockersOf(form.getFieldsValue(true) as Values)
      if (reasons.length > 0) message.warning(t('fees.cannotPay', { reasons: reasons.join('；') }))
      else open()
    },
    F8: () => {
      if (!props.tenderedRef.current) return false
      props.tenderedRef.current.focus({ cursor: 'all' })
    }
  })

  function open() {
    if (blockersOf(form.getFieldsValue(true) as Values).length > 0) return
    setConfirming(true)
  }

  async function submit() {
    const v = form.getFieldsValue()
    setBusy(true)
    try {
      const receipt = await (props.pay ?? payAtCounter)(
        {
          roomId: props.roomId,
          receivableIds: props.receivableIds,
          prepay: props.prepay.map(({ itemId, months }) => ({ itemId, months })),
          payerName: v.payerName,
          payerPhone: v.payerPhone ?? '',
          payments: v.payments.map((p) => ({ method: p.method, amount: p.amount })),
          tendered: cashFen > 0 && v.tendered ? v.tendered : undefined,
          expectedTotal: typedYuan(props.totalFen),
          remarks: v.remarks ?? ''
        },
        { requestId: request.id() }
      )
      request.settle()
      setConfirming(false)
      form.setFieldsValue({ tendered: '', remarks: '', payments: [{ method: 'cash', amount: '' }] })
      await queryClient.invalidateQueries({ queryKey: [api.fees.account.name] })
      props.onIssued(receipt)
    } catch (error) {
      setConfirming(false)
      if (isSpentRequest(error)) {
        request.settle()
        message.warning(t('fees.paymentAlreadyTaken'))
        await queryClient.invalidateQueries({ queryKey: [api.fees.account.name] })
      } else if (!showFieldErrors(form, error))
        message.error(error instanceof ApiFailure ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      style={{ marginTop: 12 }}
      initialValues={{ payments: [{ method: 'cash', amount: '' }] }}
      onFinish={open}
      data-testid="payment-form"
    >
      <Space style={{ display: 'flex' }} align="start">
        <Form.Item
          name="payerName"
          label={t('fees.payer')}
          rules={[{ required: true, message: t('field.required') }]}
          style={{ flex: 1 }}
        >
          <Input maxLength={60} data-testid="payer-name" />
        </Form.Item>
        <Form.Item name="payerPhone" label={t('fees.payerPhone')} style={{ width: 150 }}>
          <Input maxLength={20} />
        </Form.Item>
      </Space>
      <Form.List name="payments">
        {(fields, { add, remove }) => (
          <Form.Item label={t('fees.methods')} style={{ marginBottom: 8 }}>
            {fields.map((field, i) => (
              <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item name={[field.name, 'method']} style={{ marginBottom: 8 }}>
                  <Select
                    style={{ width: 110 }}
                    options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`fees.method.${m}`) }))}
                    data-testid={`method-${i}`}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'amount']}
                  rules={[moneyRule(core, { allowZero: true })]}
                  style={{ marginBottom: 8 }}
                >
                  <Input prefix="¥" style={{ width: 150 }} data-testid={`amount-${i}`} />
                </Form.Item>
                {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(field.name)} />}
              </Space>
            ))}
            {fields.length < 6 && (
              <Button
                type="dashed"
                size="small"
                icon={<PlusOutlined />}
                onClick={() => add({ method: 'wechat', amount: typedYuan(Math.max(0, props.totalFen - paidFen)) })}
                data-testid="split"
              >
                {t('fees.split')}
              </Button>
            )}
          </Form.Item>
        )}
      </Form.List>
      {cashFen > 0 && (
        <Space align="baseline">
          <Form.Item
            name="tendered"
            label={t('fees.tenderedKey')}
            rules={[moneyRule(core, { optional: true })]}
            style={{ marginBottom: 8 }}
          >
            <Input
              ref={props.tenderedRef}
              autoFocus={props.focusTendered}
              onFocus={(e) => e.target.select()}
              prefix="¥"
              style={{ width: 150 }}
              data-testid="tendered"
            />
          </Form.Item>
          {changeFen !== null && (
            <Typography.Text
              strong
              style={{ fontSize: 18, color: changeFen < 0 ? colors.owed : colors.paid }}
              data-testid="change"
            >
              {changeFen < 0 ? t('fees.tenderedShort') : `${t('fees.change')} ¥${formatFen(changeFen)}`}
            </Typography.Text>
          )}
        </Space>
      )}
      <Form.Item name="remarks" label={t('fees.remarks')}>
        <Input maxLength={200} />
      </Form.Item>
      {mismatch && paidFen > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('fees.paymentsNotEqual', { paid: formatFen(paidFen), total: formatFen(props.totalFen) })}
        />
      )}
      <Button
        type="primary"
        size="large"
        block
        htmlType="submit"
        disabled={blockers.length > 0}
        data-testid="pay-submit"
      >
        {t('fees.submit')}
      </Button>
      <PaymentConfirmModal
        open={confirming}
        busy={busy}
        onOk={() => void submit()}
        onCancel={() => setConfirming(false)}
        roomLabel={props.roomLabel}
        payerName={form.getFieldValue('payerName') ?? ''}
        totalFen={props.totalFen}
        chosen={props.chosen}
        prepay={props.prepay}
        payments={payments}
        changeFen={changeFen}
      />
    </Form>
  )
}
