import type { ReactNode } from 'react'
import { Form, Input, Table } from 'antd'
import { formatFen } from '@shared/domain/money'
import { DENOMINATIONS_FEN, type HandoverSummary } from '@shared/handover/types'
import { colors } from '../../../lib/colors'
import { useI18n } from '../../../lib/i18n'
import { countOf, countedCashFen, piecesOf } from './count-model'
import { CountField, DifferenceText, ENTER_NEXT, enterNext, Money } from './count-parts'

/** 100.00 → '100', 50 → '0.5' (a denomination's own name, as the note is printed). */
const denominationName = (fen: number) => formatFen(fen, { grouping: false }).replace(/\.?0+$/, '')

/**
 * 现金清点: the pieces of each note and coin (Tab or Enter to the next), the line amounts, the counted
 * total against the float plus the shift's cash, and the difference as it is typed. A difference
 * needs its reason before the handover (the core refuses it too: CASH_REASON_REQUIRED).
 */
export function CashCount({ summary }: { summary: HandoverSummary }) {
  const { t } = useI18n()
  const form = Form.useFormInstance()
  const typed = (Form.useWatch('cashPieces', form) as string[] | undefined) ?? []
  const pieces = piecesOf(typed)
  const countedFen = countedCashFen(pieces)
  const differenceFen = countedFen - summary.cashExpectedFen
  const rows = DENOMINATIONS_FEN.map((fen, i) => ({ fen, i }))
  return (
    <div data-testid="handover-cash">
      <Table
        size="small"
        pagination={false}
        rowKey="fen"
        dataSource={rows}
        columns={[
          {
            title: t('shiftScreen.cash.denomination'),
            dataIndex: 'fen',
            render: (fen: number) => t('shiftScreen.cash.yuan', { value: denominationName(fen) })
          },
          {
            title: t('shiftScreen.cash.pieces'),
            key: 'pieces',
            align: 'right',
            render: (_: unknown, row) => (
              <CountField name={['cashPieces', row.i]} testId={`handover-cash-${row.fen}`} maxLength={5} />
            )
          },
          {
            title: t('shiftScreen.cash.amount'),
            key: 'amount',
            align: 'right',
            render: (_: unknown, row) => {
              const n = countOf(typed[row.i])
              return n === null ? '' : <Money fen={n * row.fen} />
            }
          }
        ]}
      />
      <CashTotals summary={summary} countedFen={countedFen} differenceFen={differenceFen} />
      <Form.Item
        name="cashReason"
        label={t('shiftScreen.cash.reason')}
        dependencies={['cashPieces']}
        style={{ marginTop: 8, marginBottom: 0, display: differenceFen === 0 ? 'none' : undefined }}
        rules={[
          {
            validator: (_, value: string | undefined) =>
              differenceFen !== 0 && !value?.trim()
                ? Promise.reject(new Error(t('shiftScreen.cash.reasonRequired')))
                : Promise.resolve()
          }
        ]}
      >
        <Input
          maxLength={200}
          autoComplete="off"
          onKeyDown={enterNext}
          {...(differenceFen === 0 ? {} : { [ENTER_NEXT]: '' })}
          data-testid="handover-cash-reason"
        />
      </Form.Item>
    </div>
  )
}

function CashTotals({
  summary,
  countedFen,
  differenceFen
}: {
  summary: HandoverSummary
  countedFen: number
  differenceFen: number
}) {
  const { t } = useI18n()
  const cell = (label: string, value: ReactNode) => (
    <div style={{ minWidth: 96 }}>
      <div style={{ color: colors.textSecondary, fontSize: 12 }}>{label}</div>
      <div style={{ fontSize: 18, fontWeight: 600 }}>{value}</div>
    </div>
  )
  return (
    <div
      style={{ display: 'flex', gap: 20, flexWrap: 'wrap', padding: '8px 0', borderTop: `1px solid ${colors.divider}` }}
    >
      {cell(t('shiftScreen.cash.counted'), <Money fen={countedFen} testId="handover-cash-counted" />)}
      {cell(t('shiftScreen.cash.expected'), <Money fen={summary.cashExpectedFen} testId="handover-cash-expected" />)}
      {cell(t('shiftScreen.cash.difference'), <DifferenceText fen={differenceFen} testId="handover-cash-difference" />)}
      <div style={{ color: colors.textMuted, fontSize: 12, alignSelf: 'flex-end' }}>
        {t('shiftScreen.cash.floatNote', { amount: `¥${formatFen(summary.cashFloatFen)}` })}
      </div>
    </div>
  )
}
