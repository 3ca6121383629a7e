import { useEffect, useRef, useState } from 'react'
import { App, Button, Card, Col, InputNumber, Row, Space, Table, Typography, type InputRef } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import type { CheckinView } from '@shared/checkin/api'
import type { ReceiptView } from '@shared/fees/fees'
import { formatFen, sumFen, toChineseCapital } from '@shared/domain/money'
import { call } from '../../../lib/api/client'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { colors } from '../../../lib/colors'
import { PaymentForm } from '../../fees/counter/PaymentForm'
import { ReceiptResult } from '../../fees/counter/ReceiptResult'
import { UnpaidTable } from '../../fees/counter/UnpaidTable'
import { failureText } from '../failure-text'

/**
 * The move-in fees taken right here with the fees counter's own payment form (F9 confirms, the
 * normal numbered receipt): the room's unpaid items ticked, the property fee prepaid for the
 * settings' months, the one-off items registered with a press.
 */
export function PayPanel({ view, onIssued }: { view: CheckinView; onIssued: (receipt: ReceiptView) => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const account = useApiQuery(api.fees.account, { roomId: view.roomId }, { staleTime: 0 })
  const addCharge = useApiMutation(api.fees.addCharge, [api.fees.account])
  const [selected, setSelected] = useState<number[] | null>(null)
  const [months, setMonths] = useState<Record<number, number>>(() =>
    Object.fromEntries(view.fees.prepay.map((p) => [p.itemId, p.months]))
  )
  const [issued, setIssued] = useState<ReceiptView | null>(null)
  const tenderedRef = useRef<InputRef>(null)
  const unpaid = account.data?.unpaid ?? []
  useEffect(() => {
    if (account.data && selected === null) setSelected(account.data.unpaid.map((r) => r.id))
  }, [account.data, selected])

  if (!account.data)
    return account.isError ? <Typography.Text type="danger">{account.error.message}</Typography.Text> : null
  const chosen = unpaid.filter((r) => selected?.includes(r.id))
  const prepay = view.fees.prepay
    .filter((p) => (months[p.itemId] ?? 0) > 0)
    .map((p) => ({ itemId: p.itemId, months: months[p.itemId]!, name: p.name, amountFen: prepaidFen(p, months) }))
  const totalFen = sumFen([...chosen.map((r) => r.amountFen), ...prepay.map((p) => p.amountFen)])
  const charged = new Set(unpaid.map((r) => r.itemId))
  const oneOffs = view.fees.oneOff.filter((o) => !charged.has(o.itemId))

  async function charge(itemId: number) {
    try {
      const added = await addCharge.mutateAsync({ roomId: view.roomId, itemId, note: t('nav.checkin') })
      setSelected((s) => [...(s ?? []), added.id])
    } catch (failure) {
      message.error(failureText(failure))
    }
  }

  return (
    <Row gutter={16} data-enter-own data-testid="checkin-pay-panel">
      <Col xs={24} xl={14}>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {unpaid.length > 0 && <UnpaidTable rows={unpaid} selected={selected ?? []} onSelect={setSelected} />}
          <PrepayTable view={view} months={months} onMonths={setMonths} />
          <OneOffButtons oneOffs={oneOffs} onCharge={(itemId) => void charge(itemId)} />
        </Space>
      </Col>
      <Col xs={24} xl={10}>
        <Card size="small" title={t('checkin.payTotal')}>
          <div style={{ fontSize: 28, fontWeight: 700, color: colors.total }} data-testid="checkin-pay-total">
            ¥{formatFen(totalFen)}
          </div>
          <Typography.Text type="secondary">{toChineseCapital(totalFen)}</Typography.Text>
          <PaymentForm
            roomId={view.roomId}
            roomLabel={view.roomCode}
            defaultPayer={view.ownerNames.split('、')[0] ?? ''}
            totalFen={totalFen}
            receivableIds={chosen.map((r) => r.id)}
            prepay={prepay}
            pay={(input, options) => call(api.checkin.pay, { ...input, checkinId: view.id }, options)}
            chosen={chosen}
            invalidMonths={false}
            tenderedRef={tenderedRef}
            focusTendered
            onIssued={(receipt) => {
              setIssued(receipt)
              setSelected(null)
              // What was prepaid is paid: a second payment starts from nothing, never the same months again.
              setMonths({})
              onIssued(receipt)
            }}
          />
        </Card>
      </Col>
      {issued && <ReceiptResult receipt={issued} onClose={() => setIssued(null)} />}
    </Row>
  )
}

type Prepay = CheckinView['fees']['prepay'][number]

/** What the chosen months cost: the first ones of the core's month-by-month prices (rate and share its own). */
const prepaidFen = (p: Prepay, months: Record<number, number>) =>
  sumFen(p.monthly.slice(0, months[p.itemId] ?? 0).map((m) => m.amountFen))

/** The share of the months chosen that the trusteeship takes, shown beside the price when it is not 100 %. */
function sharesOf(p: Prepay, months: number): string {
  const shares = [...new Set(p.monthly.slice(0, months).map((m) => m.percent))]
  return shares.length === 1 && shares[0] === 100 ? '' : shares.map((s) => `${s}%`).join(' / ')
}

/** The monthly items prepaid at move-in, their months as the settings say and changeable here. */
function PrepayTable({
  view,
  months,
  onMonths
}: {
  view: CheckinView
  months: Record<number, number>
  onMonths: (change: (m: Record<number, number>) => Record<number, number>) => void
}) {
  const { t } = useI18n()
  return (
    <Table
      rowKey="itemId"
      size="small"
      pagination={false}
      dataSource={view.fees.prepay}
      columns={[
        { title: t('checkin.prepayItem'), dataIndex: 'name' },
        { title: t('checkin.monthly'), render: (_, p) => `¥${formatFen(p.monthlyFen)}` },
        {
          title: t('checkin.prepayShare'),
          render: (_, p) => <span data-testid={`prepay-share-${p.itemId}`}>{sharesOf(p, months[p.itemId] ?? 0)}</span>
        },
        {
          title: t('checkin.prepayMonths'),
          render: (_, p) => (
            <InputNumber
              size="small"
              min={0}
              max={p.monthly.length}
              precision={0}
              value={months[p.itemId] ?? 0}
              onChange={(n) => onMonths((m) => ({ ...m, [p.itemId]: n ?? 0 }))}
              data-testid={`prepay-months-${p.itemId}`}
            />
          )
        },
        {
          title: t('checkin.amount'),
          render: (_, p) => <span data-testid={`prepay-amount-${p.itemId}`}>¥{formatFen(prepaidFen(p, months))}</span>
        }
      ]}
    />
  )
}

/** 登记: a one-off item of the move-in (信报箱, 停车卡…) not yet among the unpaid, charged with a press. */
function OneOffButtons({
  oneOffs,
  onCharge
}: {
  oneOffs: CheckinView['fees']['oneOff']
  onCharge: (itemId: number) => void
}) {
  const { t } = useI18n()
  if (oneOffs.length === 0) return null
  return (
    <Space wrap>
      {oneOffs.map((o) => (
        <Button key={o.itemId} icon={<PlusOutlined />} onClick={() => onCharge(o.itemId)}>
          {t('checkin.chargeOneOff', { name: o.name, amount: formatFen(o.amountFen) })}
        </Button>
      ))}
    </Space>
  )
}
