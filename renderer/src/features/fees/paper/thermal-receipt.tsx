import type { ReactNode } from 'react'
import type { ReceiptPrintModel } from '@shared/fees/receipt-model'
import { mm, THERMAL, wrappedLines } from './receipt-layout'
import { RECEIPT_WORDS as W } from './receipt-words'

/**
 * The 80 mm thermal roll: one column, each line of the receipt as its name and amount over its
 * period, price and quantity. The page is exactly as tall as its rows (each has a computed
 * height), so the printer cuts right after the last line.
 */
interface ThermalRow {
  key: string
  height: number
  node: ReactNode
}

const TOP_MM = 3
/** Paper fed after the last line so the tear bar does not cut through the signature. */
const FEED_MM = 10

function text(
  key: string,
  content: string,
  options: {
    font?: number
    line?: number
    align?: 'left' | 'center' | 'right'
    className?: string
    label?: string
  } = {}
): ThermalRow {
  const font = options.font ?? THERMAL.fontMm
  const line = options.line ?? THERMAL.lineMm
  const lines = Math.max(1, wrappedLines(`${options.label ?? ''}${content}`, THERMAL.contentMm, font))
  return {
    key,
    height: lines * line,
    node: (
      <div
        className={`row wrap ${options.className ?? ''}`}
        style={{
          height: mm(lines * line),
          lineHeight: mm(line),
          fontSize: mm(font),
          textAlign: options.align ?? 'left'
        }}
      >
        {options.label && <span className="label">{options.label}</span>}
        {content}
      </div>
    )
  }
}

function pair(
  key: string,
  left: string,
  right: string,
  options: { font?: number; line?: number; className?: string } = {}
): ThermalRow {
  const font = options.font ?? THERMAL.fontMm
  const line = options.line ?? THERMAL.lineMm
  return {
    key,
    height: line,
    node: (
      <div
        className={`row pair ${options.className ?? ''}`}
        style={{ height: mm(line), lineHeight: mm(line), fontSize: mm(font) }}
      >
        <span className="pair-left">{left}</span>
        <span className="pair-right">{right}</span>
      </div>
    )
  }
}

const rule = (key: string): ThermalRow => ({
  key,
  height: 2.4,
  node: <div className="rule" style={{ height: mm(2.4) }} />
})

export function thermalRows(model: ReceiptPrintModel): ThermalRow[] {
  const rows: ThermalRow[] = [
    text('company', model.companyName, { font: 3.4, line: 4.8, align: 'center', className: 'company' }),
    ...(model.estateName
      ? [text('estate', model.estateName, { font: THERMAL.smallMm, line: THERMAL.smallLineMm, align: 'center' })]
      : []),
    text('title', model.title, { font: 5, line: 7, align: 'center', className: 'title' })
  ]
  if (model.voidMark)
    rows.push({
      key: 'void',
      height: 14,
      node: (
        <div className="void-row" style={{ height: mm(14) }}>
          <span
            className="void"
            data-part="void-mark"
            style={{ fontSize: mm(6), lineHeight: mm(8), padding: `0 ${mm(2)} 0 ${mm(5)}` }}
          >
            {model.voidMark}
          </span>
        </div>
      )
    })
  if (model.copyMark) rows.push(text('copy', model.copyMark, { align: 'center', className: 'mark' }))
  rows.push(
    text('number', model.code, { label: 'No. ' }),
    text('date', `${model.date} ${model.time}`, { label: W.date }),
    text('room', model.roomDisplay, { label: W.room }),
    text('payer', model.payerName, { label: `${model.labels.payer}：` })
  )
  if (model.phoneMasked) rows.push(text('phone', model.phoneMasked, { label: W.phone }))
  rows.push(rule('rule-head'), pair('head', W.item, W.amount, { className: 'head' }))
  model.lines.forEach((line, i) => {
    rows.push(pair(`line-${i}`, line.itemName, line.amount))
    const detail = [
      line.period,
      line.unitPrice && line.quantity ? `${line.unitPrice} × ${line.quantity}` : line.unitPrice || line.quantity
    ]
      .filter(Boolean)
      .join('　')
    if (detail)
      rows.push(text(`detail-${i}`, detail, { font: THERMAL.smallMm, line: THERMAL.smallLineMm, className: 'detail' }))
  })
  rows.push(
    rule('rule-total'),
    pair('total', W.total, model.totalWithSymbol, { font: 3.6, line: 5, className: 'total' }),
    text('capital', model.totalCapital, { label: W.capital }),
    text('payments', model.paymentsText, { label: `${model.labels.methods}：` })
  )
  const remarks = [model.refersTo, model.remarks].filter(Boolean).join('；')
  if (remarks) rows.push(text('remarks', remarks, { label: W.remarks }))
  rows.push(
    text('cashier', model.cashierName, { label: `${model.labels.cashier}${W.colon}` }),
    rule('rule-end'),
    text('keep', W.keep, { font: THERMAL.smallMm, line: THERMAL.smallLineMm, align: 'center', className: 'detail' })
  )
  return rows
}

export function thermalHeightMm(model: ReceiptPrintModel): number {
  const content = thermalRows(model).reduce((sum, row) => sum + row.height, 0)
  return Math.ceil((TOP_MM + content + FEED_MM) * 10) / 10
}

export function ThermalReceipt({ model }: { model: ReceiptPrintModel }) {
  return (
    <div
      className="thermal"
      style={{ paddingTop: mm(TOP_MM), paddingLeft: mm(THERMAL.marginMm), width: mm(THERMAL.contentMm) }}
    >
      {thermalRows(model).map((row) => (
        <div key={row.key}>{row.node}</div>
      ))}
    </div>
  )
}
