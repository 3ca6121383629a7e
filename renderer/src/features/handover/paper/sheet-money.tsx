import type { MoneySection } from '@shared/handover/sections'
import { DENOMINATIONS_FEN, type CashCount } from '@shared/handover/types'
import { cell, facts, sectionPiece, type Fact, type FlowBlock, type FlowPiece } from './sheet-flow'
import { rowMm } from './sheet-measure'
import { denomination, namedWord, signedYuan, TEXT_WIDTH_MM, yuan, type PaperWords } from './sheet-kit'

/**
 * 收费 and 现金清点 on the sheet: the window's receipts, their number range, voids, refunds and
 * spoiled forms, the totals per payment method and the paper books (the fees capability's money
 * section), then the drawer counted note by note against what it should hold.
 */

/** '3 张，合计 300.00（SJ…、SJ…）': a count and total, with the numbers when there are any. */
function countWithCodes(w: PaperWords, count: number, totalFen: number, codes: readonly string[]): string {
  const value = w.t('handoverPaper.money.countTotal', { count, total: yuan(totalFen) })
  if (!codes.length) return value
  return w.t('handoverPaper.money.codes', { value, codes: codes.join(w.t('handoverPaper.listSeparator')) })
}

function moneyFacts(w: PaperWords, money: MoneySection): Fact[] {
  const { receipts, voids, refunds, spoiled } = money
  const range =
    receipts.firstCode && receipts.lastCode
      ? w.t('handoverPaper.range', { from: receipts.firstCode, to: receipts.lastCode })
      : w.t('handoverPaper.none')
  const spoiledValue = w.t('handoverPaper.money.spoiledValue', { count: spoiled.count })
  const sep = w.t('handoverPaper.listSeparator')
  return [
    {
      label: w.t('handoverPaper.money.receipts'),
      value: w.t('handoverPaper.money.receiptsValue', { count: receipts.count, total: yuan(receipts.totalFen) })
    },
    { label: w.t('handoverPaper.money.range'), value: range, className: 'mono' },
    { label: w.t('handoverPaper.money.cashNet'), value: yuan(money.cashNetFen) },
    {
      label: w.t('handoverPaper.money.spoiled'),
      value: spoiled.numbers.length
        ? w.t('handoverPaper.money.codes', { value: spoiledValue, codes: spoiled.numbers.join(sep) })
        : spoiledValue
    },
    {
      label: w.t('handoverPaper.money.voids'),
      value: countWithCodes(w, voids.count, voids.totalFen, voids.codes),
      wide: true
    },
    {
      label: w.t('handoverPaper.money.refunds'),
      value: countWithCodes(w, refunds.count, refunds.totalFen, refunds.codes),
      wide: true
    }
  ]
}

export function moneyBlocks(w: PaperWords, money: MoneySection, heading: (title: string) => string): FlowBlock[] {
  const none = w.t('handoverPaper.none')
  return [
    sectionPiece('money', heading(namedWord(w, money.titleKey)), facts(moneyFacts(w, money))),
    {
      kind: 'table',
      key: 'money-methods',
      title: w.t('handoverPaper.money.byMethod'),
      level: 3,
      columns: [
        { head: w.t('handoverPaper.money.method'), widthMm: null },
        { head: w.t('handoverPaper.money.methodCount'), widthMm: 30, className: 'num' },
        { head: w.t('handoverPaper.money.amount'), widthMm: 45, className: 'num' }
      ],
      rows: money.byMethod.map((m) => [
        cell(namedWord(w, `fees.method.${m.method}`)),
        cell(m.count),
        cell(yuan(m.totalFen))
      ]),
      empty: none
    },
    {
      kind: 'table',
      key: 'money-books',
      title: w.t('handoverPaper.money.books'),
      level: 3,
      columns: [
        { head: w.t('handoverPaper.money.book'), widthMm: null },
        { head: w.t('handoverPaper.money.nextNumber'), widthMm: 60 },
        { head: w.t('handoverPaper.money.remaining'), widthMm: 30, className: 'num' }
      ],
      rows: money.paperBooks.map((b) => [
        cell(b.book, 'mono'),
        cell(b.nextNumber ?? w.t('handoverPaper.money.usedUp'), b.nextNumber ? 'mono' : undefined),
        cell(b.remaining)
      ]),
      empty: none
    }
  ]
}

const LABEL_MM = 26

/** The denominations across (面额 / 张 / 金额), then the totals and the difference with its reason. */
export function cashPiece(w: PaperWords, cash: CashCount, heading: (title: string) => string): FlowPiece {
  const columnMm = (TEXT_WIDTH_MM - LABEL_MM) / DENOMINATIONS_FEN.length
  const line = (label: string, values: string[], tag: 'th' | 'td') => (
    <tr>
      <td className="k">{label}</td>
      {values.map((v, i) =>
        tag === 'th' ? (
          <th key={i} className="num">
            {v}
          </th>
        ) : (
          <td key={i} className="num">
            {v}
          </td>
        )
      )}
    </tr>
  )
  const pieces = DENOMINATIONS_FEN.map((_, i) => cash.pieces[i] ?? 0)
  const differs = cash.differenceFen !== 0
  const totals = facts([
    { label: w.t('handoverPaper.cash.counted'), value: yuan(cash.countedFen) },
    { label: w.t('handoverPaper.cash.expected'), value: yuan(cash.expectedFen) },
    {
      label: w.t('handoverPaper.cash.difference'),
      value: signedYuan(cash.differenceFen),
      ...(differs ? { className: 'diff' } : {})
    },
    { label: w.t('handoverPaper.cash.reason'), value: cash.reason || w.t('handoverPaper.none') }
  ])
  const rowHeight = rowMm([w.t('handoverPaper.cash.denomination')], [LABEL_MM])
  const node = (
    <>
      <table style={{ marginBottom: '1.2mm' }}>
        <colgroup>
          <col style={{ width: `${LABEL_MM}mm` }} />
          {DENOMINATIONS_FEN.map((d) => (
            <col key={d} style={{ width: `${columnMm}mm` }} />
          ))}
        </colgroup>
        <tbody>
          {line(w.t('handoverPaper.cash.denomination'), DENOMINATIONS_FEN.map(denomination), 'th')}
          {line(w.t('handoverPaper.cash.pieces'), pieces.map(String), 'td')}
          {line(
            w.t('handoverPaper.cash.amount'),
            DENOMINATIONS_FEN.map((d, i) => yuan(d * pieces[i]!)),
            'td'
          )}
        </tbody>
      </table>
      {totals.node}
    </>
  )
  return sectionPiece('cash', heading(w.t('handoverPaper.cash.title')), { node, mm: rowHeight * 3 + 1.2 + totals.mm })
}
