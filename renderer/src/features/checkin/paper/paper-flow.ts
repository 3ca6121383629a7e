import { wrappedLines } from '../../fees/paper/receipt-layout'
import { NONE, esc } from './paper-kit'

/**
 * Pages for a form that may run past one sheet (the handover form with a long checklist). The
 * printer is sent exact A4 sheets with no margins, so the browser's own page breaks would cut a
 * row in half at the paper's edge: instead each row's height is estimated from its text and the
 * sections are packed into sheets here, a table that does not fit going on with its heading
 * repeated (（续）) on the next sheet.
 */

/** The body font (mm) and line height of the papers (paper-kit's STYLE). */
const FONT_MM = 3.5
const LINE_MM = FONT_MM * 1.5
/** A cell's padding and border above and below its lines. */
const ROW_EXTRA_MM = 1.7
const HEADING_MM = 10.5
/** A table this short is not split: it starts on the next sheet when it does not fit whole. */
const KEEP_TOGETHER_ROWS = 8

export interface FlowColumn {
  head: string
  /** Width in mm; null takes what is left of `FLOW_WIDTH_MM`. */
  widthMm: number | null
}

/** A row of cells: each the HTML of the cell and the plain text its height is estimated from. */
export type FlowRow = { html: string; text: string }[]

export type FlowBlock =
  { kind: 'html'; html: string; mm: number } | { kind: 'table'; title: string; columns: FlowColumn[]; rows: FlowRow[] }

/** The text width of a sheet: 210 mm less 16 mm each side. */
export const FLOW_WIDTH_MM = 178

export const cell = (text: string | number, html?: string) => ({ html: html ?? esc(text), text: String(text) })

function widths(columns: readonly FlowColumn[]): number[] {
  const fixed = columns.reduce((s, c) => s + (c.widthMm ?? 0), 0)
  const free = columns.filter((c) => c.widthMm === null).length
  return columns.map((c) => c.widthMm ?? (FLOW_WIDTH_MM - fixed) / Math.max(free, 1))
}

export function rowMm(row: FlowRow, columns: readonly FlowColumn[]): number {
  const w = widths(columns)
  const lines = Math.max(1, ...row.map((c, i) => wrappedLines(c.text || ' ', Math.max((w[i] ?? 20) - 3, 5), FONT_MM)))
  return lines * LINE_MM + ROW_EXTRA_MM
}

function tableHtml(columns: readonly FlowColumn[], rows: readonly FlowRow[]): string {
  const cols = columns.map((c) => (c.widthMm ? `<col style="width:${c.widthMm}mm">` : '<col>')).join('')
  const head = `<tr>${columns.map((c) => `<th>${esc(c.head)}</th>`).join('')}</tr>`
  const body = rows.length
    ? rows.map((r) => `<tr>${r.map((c) => `<td>${c.html}</td>`).join('')}</tr>`).join('')
    : `<tr><td colspan="${columns.length}" class="c">${NONE}</td></tr>`
  return `<table><colgroup>${cols}</colgroup><thead>${head}</thead><tbody>${body}</tbody></table>`
}

/** Packs the blocks into sheets of `firstMm` (the first, under its heading) and `nextMm` of room each. */
export function paginate(blocks: readonly FlowBlock[], firstMm: number, nextMm: number): string[] {
  const pages: string[] = []
  let page = ''
  let room = firstMm
  const newPage = () => {
    pages.push(page)
    page = ''
    room = nextMm
  }
  for (const block of blocks) {
    if (block.kind === 'html') {
      if (block.mm > room && page) newPage()
      page += block.html
      room -= block.mm
      continue
    }
    const headMm =
      HEADING_MM +
      rowMm(
        block.columns.map((c) => cell(c.head)),
        block.columns
      )
    const heights = block.rows.map((r) => rowMm(r, block.columns))
    const wholeMm = headMm + heights.reduce((s, h) => s + h, 0)
    if (page && wholeMm > room && wholeMm <= nextMm && heights.length <= KEEP_TOGETHER_ROWS) newPage()
    let i = 0
    let continued = false
    do {
      // The heading, the column heads and at least one row (or the 无 row) stay together.
      if (headMm + (heights[i] ?? LINE_MM + ROW_EXTRA_MM) > room && page) newPage()
      room -= headMm
      const start = i
      while (i < heights.length && (heights[i]! <= room || i === start)) room -= heights[i++]!
      if (i === start) room -= LINE_MM + ROW_EXTRA_MM
      const title = continued ? `${block.title}（续）` : block.title
      page += `<h2>${esc(title)}</h2>${tableHtml(block.columns, block.rows.slice(start, i))}`
      continued = true
      if (i < heights.length) newPage()
    } while (i < heights.length)
  }
  if (page) pages.push(page)
  return pages
}
