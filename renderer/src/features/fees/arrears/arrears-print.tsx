import { renderToStaticMarkup } from 'react-dom/server'
import type { ReactNode } from 'react'
import { formatFen, sumFen } from '@shared/domain/money'
import { foldMonths } from '@shared/kernel/calendar'
import { displayRoom, parseRoomQuery } from '@shared/domain/room-code'
import { PAPER_STYLE } from '../../../lib/print/paper-style'

/**
 * The papers of the arrears chase as self-contained HTML (inline CSS, no scripts, `@page` at the
 * exact size with no margins): 付款请求书 on A5, one page per room, all rooms in one document with
 * page breaks; 催缴函 on A4. Paper text is Chinese whatever the screen's language.
 */

export const A5 = { widthMm: 148, heightMm: 210 }
export const A4 = { widthMm: 210, heightMm: 297 }

/** '2026-11-20' → '2026年11月20日'; '2026-11' → '2026年11月'. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return d === undefined ? `${y}年${m}月` : `${y}年${m}月${d}日`
}

/** The room as written on paper ('3栋2单元1502'), from its stored code; the model's own text otherwise. */
export function paperRoom(code: string, fallback: string): string {
  const parts = parseRoomQuery(code)
  return parts ? displayRoom(parts, 'zh-CN') : fallback
}

export const yuan = (fen: number) => formatFen(fen)

export interface PaperLine {
  itemName: string
  periodLabel: string
  dueOn: string
  amountFen: number
  overdue: boolean
  ageMonths?: number
}

/**
 * Lines as printed. When there are more than fit, consecutive months of one item (same overdue
 * state) become one line '2026-01 至 2026-06（6个月）' with their sum, so the total never changes.
 */
export function fitLines(lines: readonly PaperLine[], max: number): PaperLine[] {
  if (lines.length <= max) return [...lines]
  const sameItem = (a: PaperLine, b: PaperLine) => a.itemName === b.itemName && a.overdue === b.overdue
  return foldMonths(lines, (line) => line.periodLabel, sameItem).map(({ from, to, items }) =>
    items.length === 1
      ? items[0]!
      : {
          ...items[0]!,
          periodLabel: `${from} 至 ${to}（${items.length}个月）`,
          amountFen: sumFen(items.map((l) => l.amountFen))
        }
  )
}

const STYLE = `${PAPER_STYLE}.info { display: flex; flex-wrap: wrap; }
.info > div { width: 50%; box-sizing: border-box; padding-right: 2mm; }
.info .wide { width: 100%; }
.label { color: #333; }
p { margin: 0; text-align: justify; }
.indent { text-indent: 2em; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.25mm solid #000; padding: 0 1.2mm; white-space: nowrap; overflow: hidden; }
th { font-weight: bold; background: #f2f2f2; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.c, th.c { text-align: center; }
tr.total td { font-weight: bold; }
.capital { font-weight: bold; letter-spacing: 0.3mm; }
.sign { text-align: right; }
.small { color: #333; }
.cut { border-top: 0.3mm dashed #000; }
`

export function documentHtml(title: string, size: { widthMm: number; heightMm: number }, body: ReactNode): string {
  const markup = renderToStaticMarkup(<>{body}</>)
  return (
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</title>` +
    `<style>@page { size: ${size.widthMm}mm ${size.heightMm}mm; margin: 0 }\n${STYLE}</style></head><body>${markup}</body></html>`
  )
}

export const sheetStyle = (size: { widthMm: number; heightMm: number }, padding: string) => ({
  width: `${size.widthMm}mm`,
  height: `${size.heightMm}mm`,
  padding
})

/** Table rows sized to the room left for them: at most `areaMm` high, never above the comfortable height. */
export function rowHeight(rows: number, areaMm: number, maxMm: number, minMm: number): number {
  return Math.max(minMm, Math.min(maxMm, Math.floor((areaMm / Math.max(rows, 1)) * 10) / 10))
}
