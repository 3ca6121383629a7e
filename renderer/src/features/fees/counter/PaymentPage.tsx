import { useEffect, useMemo, useRef, useState } from 'react'
import { Button, Card, Col, Row, Space, Spin, Statistic, Typography, type InputRef } from 'antd'
import { PlusOutlined, SwapOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import type { ReceiptView } from '@shared/fees/fees'
import { displayRoom } from '@shared/domain/room-code'
import { formatFen, sumFen, toChineseCapital } from '@shared/domain/money'
import { useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { useRoute } from '../../../app/shell/route'
import { ChargeDialog } from './ChargeDialog'
import { PaymentForm } from './PaymentForm'
import { PrepayPanel, prepayMonths } from './PrepayPanel'
import { ReceiptResult } from './ReceiptResult'
import { RoomReceipts } from './RoomReceipts'
import { UnpaidTable } from './UnpaidTable'
import { colors } from '@renderer/lib/colors'

/**
 * Taking money at the counter: what the room owes (arrears in red) and what it may prepay; the
 * clerk ticks, the total and its 大写 follow, the payer confirms, one submit issues the receipt.
 */
export function PaymentPage({ roomId }: { roomId: number }) {
  const { t, locale } = useI18n()
  const { navigate } = useRoute()
  const account = useApiQuery(api.fees.account, { roomId }, { staleTime: 0 })
  const household = useApiQuery(api.households.get, { roomId })
  const [selected, setSelected] = useState<number[] | null>(null)
  const [prepayTexts, setPrepayTexts] = useState<Record<number, string>>({})
  const tenderedRef = useRef<InputRef>(null)
  const [issued, setIssued] = useState<ReceiptView | null>(null)
  const [charging, setCharging] = useState(false)

  const unpaid = account.data?.unpaid ?? []
  // Everything owed is ticked when the page opens: most people pay what they owe.
  useEffect(() => {
    if (account.data && selected === null) setSelected(account.data.unpaid.map((r) => r.id))
  }, [account.data, selected])

  // Only whole months reach the total: '1.5' shows a message under its field and counts as nothing.
  const { months: prepay, invalid: invalidMonths } = useMemo(() => prepayMonths(prepayTexts), [prepayTexts])
  const chosen = unpaid.filter((r) => selected?.includes(r.id))
  const prepayLines = (account.data?.prepayable ?? []).filter((p) => (prepay[p.itemId] ?? 0) > 0)
  const totalFen = useMemo(
    () =>
      sumFen([...chosen.map((r) => r.amountFen), ...prepayLines.map((p) => p.monthlyFen * (prepay[p.itemId] ?? 0))]),
    [chosen, prepayLines, prepay]
  )
  if (account.isPending || household.isPending) return <Spin />
  if (!account.data || !household.data)
    return <Typography.Text type="danger">{account.error?.message ?? household.error?.message}</Typography.Text>
  const { room, current } = household.data
  const owners = current.filter((r) => r.relation === 'owner' || r.relation === 'coowner').map((r) => r.person.name)

  function done(receipt: ReceiptView) {
    setIssued(receipt)
    setSelected(null)
    setPrepayTexts({})
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Row align="middle" gutter={24}>
          <Col flex="auto">
            <Space size={16} wrap>
              <Typography.Title level={3} style={{ margin: 0 }} data-testid="fees-room-title">
                {displayRoom({ building: room.buildingCode, unit: room.unitCode, room: room.number }, locale)}
              </Typography.Title>
              <span>
                <Typography.Text type="secondary">{t('fees.owners')}：</Typography.Text>
                {owners.join('、') || '—'}
              </span>
              <Button icon={<SwapOutlined />} onClick={() => navigate('fees')}>
                {t('fees.changeRoom')}
              </Button>
              <Button icon={<PlusOutlined />} onClick={() => setCharging(true)} data-testid="add-charge">
                {t('fees.addCharge')}
              </Button>
            </Space>
          </Col>
          <Col>
            <Space size={32}>
              <Statistic title={t('fees.unpaidTotal')} value={formatFen(account.data.unpaidTotalFen)} prefix="¥" />
              <Statistic
                title={t('fees.overdueTotal')}
                value={formatFen(account.data.overdueTotalFen)}
                prefix="¥"
                styles={{ content: { color: account.data.overdueTotalFen > 0 ? colors.owed : undefined } }}
              />
            </Space>
          </Col>
        </Row>
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <UnpaidTable rows={unpaid} selected={selected ?? []} onSelect={setSelected} />
            <PrepayPanel
              items={account.data.prepayable}
              texts={prepayTexts}
              onChange={setPrepayTexts}
              focusFirst
              onEnter={() => tenderedRef.current?.focus({ cursor: 'all' })}
            />
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t('fees.total')} size="small">
            <div
              style={{ fontSize: 34, fontWeight: 700, color: colors.total, fontVariantNumeric: 'tabular-nums' }}
              data-testid="fees-total"
            >
              ¥{formatFen(totalFen)}
            </div>
            <Typography.Text type="secondary">
              {t('fees.capital')}：{toChineseCapital(totalFen)}
            </Typography.Text>
            <PaymentForm
              roomId={roomId}
              roomLabel={displayRoom({ building: room.buildingCode, unit: room.unitCode, room: room.number }, locale)}
              defaultPayer={owners[0] ?? ''}
              totalFen={totalFen}
              receivableIds={chosen.map((r) => r.id)}
              prepay={prepayLines.map((p) => ({
                itemId: p.itemId,
                months: prepay[p.itemId]!,
                name: p.name,
                amountFen: p.monthlyFen * prepay[p.itemId]!
              }))}
              chosen={chosen}
              invalidMonths={invalidMonths.length > 0}
              tenderedRef={tenderedRef}
              focusTendered={account.data.prepayable.length === 0}
              onIssued={done}
            />
          </Card>
        </Col>
      </Row>
      <RoomReceipts roomId={roomId} receipts={account.data.recentReceipts} />
      {issued && <ReceiptResult receipt={issued} onClose={() => setIssued(null)} />}
      {charging && (
        <ChargeDialog
          roomId={roomId}
          onAdded={(id) => setSelected((s) => [...(s ?? []), id])}
          onClose={() => setCharging(false)}
        />
      )}
    </Space>
  )
}
