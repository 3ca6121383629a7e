import type { CSSProperties, ReactNode } from 'react'
import type { ReceiptPrintModel } from '@shared/fees/receipt-model'
import { PAPER_PART_LABELS } from '@shared/fees/receipt-model'
import { fitFont, mm, wrappedLines } from './receipt-layout'
import { RECEIPT_WORDS as W } from './receipt-words'

/** The positioned blocks a form receipt is built from: boxes, fields, table rows, notes, the parts legend. */

interface BoxProps {
  x: number
  y: number
  w: number
  h: number
  font: number
  align?: 'left' | 'center' | 'right'
  className?: string
  style?: CSSProperties
  children: ReactNode
  testId?: string
}

/** One line of text in a box: never wraps, never spills. */
export function Box({ x, y, w, h, font, align = 'left', className, style, children, testId }: BoxProps) {
  return (
    <div
      className={className ? `abs ${className}` : 'abs'}
      data-part={testId}
      style={{
        left: mm(x),
        top: mm(y),
        width: mm(w),
        height: mm(h),
        lineHeight: mm(h),
        fontSize: mm(font),
        textAlign: align,
        ...style
      }}
    >
      {children}
    </div>
  )
}

/** A label and its value in one box, the value's font shrunk until both fit. */
export function Field({
  x,
  y,
  w,
  h,
  font,
  label,
  value
}: {
  x: number
  y: number
  w: number
  h: number
  font: number
  label: string
  value: string
}) {
  const size = fitFont(`${label}${value}`, w - 1, font)
  return (
    <Box x={x} y={y} w={w} h={h} font={size}>
      <span className="label">{label}</span>
      {value}
    </Box>
  )
}

export const HEADERS = [W.item, W.period, W.unitPrice, W.quantity, W.amount] as const

/** A cell's text, or a label and value (the label is hidden on a data-only print). */
type Cell = string | { label: string; value: string }
const cellText = (cell: Cell | undefined) =>
  cell === undefined ? '' : typeof cell === 'string' ? cell : `${cell.label}${cell.value}`

export function cellsOf(line: ReceiptPrintModel['lines'][number] | undefined): string[] {
  return line ? [line.itemName, line.period, line.unitPrice, line.quantity, line.amount] : ['', '', '', '', '']
}

type Align = 'left' | 'center' | 'right'
/** Names left, periods centred, figures right-aligned so their decimal points line up. */
const LINE_ALIGN: readonly Align[] = ['left', 'center', 'right', 'right', 'right']

export function Row({
  x,
  y,
  widths,
  h,
  font,
  cells,
  header,
  bottom,
  align = LINE_ALIGN
}: {
  x: number
  y: number
  widths: readonly number[]
  h: number
  font: number
  cells: readonly Cell[]
  header?: boolean
  bottom?: boolean
  align?: readonly Align[]
}) {
  let left = x
  return (
    <>
      {widths.map((w, i) => {
        const cell = (
          <div
            key={i}
            className={`abs cell${header ? ' head' : ''}${bottom ? ' last' : ''}${i === 0 ? ' first' : ''}`}
            style={{
              left: mm(left),
              top: mm(y),
              width: mm(w),
              height: mm(h),
              lineHeight: mm(h),
              fontSize: mm(fitFont(cellText(cells[i]), w - 1.6, font)),
              textAlign: header ? 'center' : align[i]
            }}
          >
            <CellContent cell={cells[i]} />
          </div>
        )
        left += w
        return cell
      })}
    </>
  )
}

function CellContent({ cell }: { cell: Cell | undefined }) {
  if (cell === undefined || typeof cell === 'string') return <>{cell}</>
  return (
    <>
      <span className="label">{cell.label}</span>
      {cell.value}
    </>
  )
}

interface Note {
  label: string
  value: string
  lines: number
  font: number
}

/** A note (payments, remarks) wraps onto up to `maxLines` lines; beyond that its font shrinks to fit them. */
export function note(label: string, value: string, width: number, font: number, maxLines: number): Note {
  const needed = wrappedLines(`${label}${value}`, width, font)
  const lines = Math.max(1, Math.min(maxLines, needed))
  return { label, value, lines, font: needed > maxLines ? Math.max(font * 0.7, (font * maxLines) / needed) : font }
}

export const NOTE_LINE_MM = 4.6

/** 第一联 存根联 / 第二联 客户联 / 第三联 记账联, upright in the right margin as on a real form. */
export function PartLegend({ x, top, bottom }: { x: number; top: number; bottom: number }) {
  const slot = (bottom - top) / PAPER_PART_LABELS.length
  return (
    <>
      {PAPER_PART_LABELS.map((label, i) => (
        <div
          key={label}
          className="abs legend"
          data-part="legend"
          style={{ left: mm(x), top: mm(top + i * slot), width: mm(4.5), height: mm(slot), fontSize: mm(2.7) }}
        >
          {label}
        </div>
      ))}
    </>
  )
}
