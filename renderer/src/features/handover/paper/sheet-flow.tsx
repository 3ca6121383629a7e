import type { ReactNode } from 'react'
import { LINE_MM, TEXT_WIDTH_MM } from './sheet-kit'
import { columnWidths, headingMm, ROW_EXTRA_MM, rowMm } from './sheet-measure'

/**
 * The sheet's sections packed into A4 pages. The printer gets exact sheets with no page margin, so
 * the browser's own page breaks would cut a row at the paper's edge: each row's height is
 * estimated from its text instead (sheet-measure.ts, erring on the tall side), and a table that does not fit
 * goes on, its heading and column heads repeated, on the next sheet. A short table is not split.
 */

/** A table of this many rows or fewer starts on the next sheet rather than split. */
const KEEP_TOGETHER_ROWS = 6

export interface FlowColumn {
  head: string
  /** Width in mm; null shares what is left of the text width. */
  widthMm: number | null
  className?: string
}

export interface FlowCell {
  node: ReactNode
  /** The plain text the cell's height is estimated from. */
  text: string
  className?: string
}

export interface FlowTable {
  kind: 'table'
  key: string
  /** The heading (h2 for a section, h3 for a part of one) and a note beside it. */
  title: string
  level: 2 | 3
  note?: string
  columns: FlowColumn[]
  rows: FlowCell[][]
  /** The one row shown when there are none (无), so the paper says nothing was left out. */
  empty: string
}

/** A piece that is never split: a heading with its facts, a paragraph, the signatures. */
export interface FlowPiece {
  kind: 'piece'
  key: string
  node: ReactNode
  mm: number
  /** Goes on to the next page together with the piece before it rather than alone (the signatures). */
  withPrevious?: boolean
}

export type FlowBlock = FlowTable | FlowPiece

export const cell = (text: string | number, className?: string, node?: ReactNode): FlowCell => ({
  node: node ?? text,
  text: String(text),
  ...(className ? { className } : {})
})

function Table({ block, rows }: { block: FlowTable; rows: readonly FlowCell[][] }) {
  return (
    <table>
      <colgroup>
        {block.columns.map((c, i) => (
          <col key={i} style={c.widthMm ? { width: `${c.widthMm}mm` } : undefined} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {block.columns.map((c, i) => (
            <th key={i} className={c.className}>
              {c.head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length ? (
          rows.map((row, r) => (
            <tr key={r}>
              {row.map((c, i) => (
                <td key={i} className={c.className ?? block.columns[i]?.className}>
                  {c.node}
                </td>
              ))}
            </tr>
          ))
        ) : (
          <tr>
            <td colSpan={block.columns.length} className="c">
              {block.empty}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  )
}

export function Heading({ level, title, note }: { level: 2 | 3; title: string; note?: string | undefined }) {
  const H = level === 2 ? 'h2' : 'h3'
  return (
    <H>
      {title}
      {note && <span className="note">{note}</span>}
    </H>
  )
}

/** The pages being filled: what is on each, and the room left on the last. */
class Pages {
  readonly done: ReactNode[][] = []
  page: { node: ReactNode; mm: number; piece: boolean }[] = []
  left: number

  constructor(readonly room: { firstMm: number; nextMm: number }) {
    this.left = room.firstMm
  }

  newPage() {
    this.done.push(this.page.map((p) => p.node))
    this.page = []
    this.left = this.room.nextMm
  }

  put(node: ReactNode, mm: number, piece: boolean) {
    this.page.push({ node, mm, piece })
    this.left -= mm
  }

  /** A piece that must not stand alone (the signatures) takes the piece before it to the next page. */
  putPiece(block: FlowPiece) {
    const node = (
      <div key={block.key} data-mm={block.mm.toFixed(1)}>
        {block.node}
      </div>
    )
    if (block.mm > this.left && this.page.length) {
      const last = this.page.at(-1)!
      const carry = block.withPrevious && last.piece && this.page.length > 1 ? this.page.pop()! : null
      this.newPage()
      if (carry) this.put(carry.node, carry.mm, true)
    }
    this.put(node, block.mm, true)
  }

  finish(): ReactNode[][] {
    if (this.page.length) this.newPage()
    return this.done
  }
}

function putTable(pages: Pages, block: FlowTable, continued: (title: string) => string) {
  const widths = columnWidths(block.columns)
  const headMm =
    headingMm(block.level) +
    rowMm(
      block.columns.map((c) => c.head),
      widths
    )
  const heights = block.rows.length
    ? block.rows.map((r) =>
        rowMm(
          r.map((c) => c.text),
          widths
        )
      )
    : [LINE_MM + ROW_EXTRA_MM]
  const wholeMm = headMm + heights.reduce((s, h) => s + h, 0)
  const { nextMm } = pages.room
  if (pages.page.length && wholeMm > pages.left && wholeMm <= nextMm && heights.length <= KEEP_TOGETHER_ROWS)
    pages.newPage()
  let i = 0
  let part = 0
  do {
    // The heading, the column heads and at least one row stay together.
    if (headMm + heights[i]! > pages.left && pages.page.length) pages.newPage()
    const start = i
    let mm = headMm
    while (i < heights.length && (mm + heights[i]! <= pages.left || i === start)) mm += heights[i++]!
    const title = part === 0 ? block.title : continued(block.title)
    pages.put(
      // data-mm: the estimate, so a test can hold it against the height the browser lays out.
      <div key={`${block.key}-${part}`} data-mm={mm.toFixed(1)}>
        <Heading level={block.level} title={title} note={part === 0 ? block.note : undefined} />
        <Table block={block} rows={block.rows.slice(start, i)} />
      </div>,
      mm,
      false
    )
    part += 1
    if (i < heights.length) pages.newPage()
  } while (i < heights.length)
}

/**
 * Packs the blocks into pages of `firstMm` (the first, under the sheet's heading) and `nextMm` of
 * room each; `continued` words a table's heading on the sheet it goes on to.
 */
export function paginate(
  blocks: readonly FlowBlock[],
  room: { firstMm: number; nextMm: number },
  continued: (title: string) => string
): ReactNode[][] {
  const pages = new Pages(room)
  for (const block of blocks) {
    if (block.kind === 'piece') pages.putPiece(block)
    else putTable(pages, block, continued)
  }
  return pages.finish()
}

/** A label and its value in a facts grid; `wide` takes the whole row. */
export interface Fact {
  label: string
  value: string
  node?: ReactNode
  wide?: boolean
  className?: string
}

const FACT_LABEL_MM = 24

function factRows(facts: readonly Fact[]): Fact[][] {
  const rows: Fact[][] = []
  for (const fact of facts) {
    const last = rows.at(-1)
    if (!fact.wide && last && last.length === 1 && !last[0]!.wide) last.push(fact)
    else rows.push([fact])
  }
  return rows
}

/** Label/value pairs two to a row, as a bordered grid, and its height. */
export function facts(list: readonly Fact[]): { node: ReactNode; mm: number } {
  const half = (TEXT_WIDTH_MM - 2 * FACT_LABEL_MM) / 2
  const rows = factRows(list)
  const mm = rows.reduce((sum, row) => {
    const widths =
      row.length === 2 ? [FACT_LABEL_MM, half, FACT_LABEL_MM, half] : [FACT_LABEL_MM, half * 2 + FACT_LABEL_MM]
    return (
      sum +
      rowMm(
        row.flatMap((f) => [f.label, f.value]),
        widths
      )
    )
  }, 0)
  const node = (
    <table>
      <colgroup>
        <col style={{ width: `${FACT_LABEL_MM}mm` }} />
        <col />
        <col style={{ width: `${FACT_LABEL_MM}mm` }} />
        <col />
      </colgroup>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((f, i) => [
              <td key={`k${i}`} className="k">
                {f.label}
              </td>,
              <td key={`v${i}`} colSpan={row.length === 1 ? 3 : 1} className={f.className}>
                {f.node ?? f.value}
              </td>
            ])}
          </tr>
        ))}
      </tbody>
    </table>
  )
  return { node, mm }
}

/** A section's heading over a facts grid (or any node of known height), never split. */
export function sectionPiece(
  key: string,
  title: string,
  body: { node: ReactNode; mm: number },
  note?: string
): FlowPiece {
  return {
    kind: 'piece',
    key,
    node: (
      <>
        <Heading level={2} title={title} note={note} />
        {body.node}
      </>
    ),
    mm: headingMm(2) + body.mm
  }
}
