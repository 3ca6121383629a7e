import { renderToStaticMarkup } from 'react-dom/server'
import type { CSSProperties, ReactNode } from 'react'
import type { PrintJob } from '@shared/kernel/bridge'
import { formatFen, sumFen } from '@shared/domain/money'
import { foldMonths } from '@shared/kernel/calendar'
import { displayRoom, parseRoomQuery } from '@shared/domain/room-code'
import { PAPER_STYLE } from '../../../lib/print/paper-style'

/**
 * The papers of the arrears chase as self-contained HTML (inline CSS, no scripts, `@page` at the
 * exact size with no margins): 付款请求书 on A5, one page per room, all rooms in one document with
 * page breaks; 催缴函 on A4. Paper text is Chinese whatever the screen's language.
 */

export interface PaperSize {
  widthMm: number
  heightMm: number
}

export const A5: PaperSize = { widthMm: 148, heightMm: 210 }
export const A4: PaperSize = { widthMm: 210, heightMm: 297 }

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

function documentHtml(title: string, size: PaperSize, body: ReactNode): string {
  const markup = renderToStaticMarkup(<>{body}</>)
  return (
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</title>` +
    `<style>@page { size: ${size.widthMm}mm ${size.heightMm}mm; margin: 0 }\n${STYLE}</style></head><body>${markup}</body></html>`
  )
}

const sheetStyle = (size: PaperSize, padding: string) => ({
  width: `${size.widthMm}mm`,
  height: `${size.heightMm}mm`,
  padding
})

/** Table rows sized to the room left for them: at most `areaMm` high, never above the comfortable height. */
export function rowHeight(rows: number, areaMm: number, maxMm: number, minMm: number): number {
  return Math.max(minMm, Math.min(maxMm, Math.floor((areaMm / Math.max(rows, 1)) * 10) / 10))
}

/** A paper's print job: its pages at the exact size, to the printer. */
export function paperJob(title: string, size: PaperSize, body: ReactNode, fileName: string): PrintJob {
  return {
    html: documentHtml(title, size, body),
    pageWidthMm: size.widthMm,
    pageHeightMm: size.heightMm,
    target: 'printer',
    fileName
  }
}

/** Where each paper sets its type: the sheet's margin and text, the company line and the title. */
export interface SheetLook {
  size: PaperSize
  padding: string
  fontMm: number
  lineHeight: number
  companyMm: number
  title: CSSProperties
}

/** One page: the company's name over the paper's title, then the paper's own body. */
export function PaperSheet(props: {
  look: SheetLook
  company: string
  title: string
  /** The room's stored code, for a document of many rooms. */
  room?: string
  children: ReactNode
}) {
  const { look } = props
  return (
    <div
      className="sheet"
      style={{ ...sheetStyle(look.size, look.padding), fontSize: `${look.fontMm}mm`, lineHeight: look.lineHeight }}
      data-room={props.room}
    >
      <div className="company" style={{ fontSize: `${look.companyMm}mm` }}>
        {props.company}
      </div>
      <h1 className="title" style={look.title}>
        {props.title}
      </h1>
      {props.children}
    </div>
  )
}

/** The company's seal line over the date, at the right. */
export function PaperSign({ company, date, style }: { company: string; date: string; style: CSSProperties }) {
  return (
    <div className="sign" style={style}>
      <div>{company}（盖章）</div>
      <div>{chineseDate(date)}</div>
    </div>
  )
}

/** The foot of a sheet, held at the bottom margin whatever the body's length. */
export const footStyle = (sideMm: number, bottomMm: number, fontMm: number, lineHeight: number): CSSProperties => ({
  position: 'absolute',
  left: `${sideMm}mm`,
  right: `${sideMm}mm`,
  bottom: `${bottomMm}mm`,
  fontSize: `${fontMm}mm`,
  lineHeight
})

/** A column a paper adds between 应缴日期 and 金额, centred. */
export interface ExtraColumn {
  head: string
  widthMm: number
  cell: (line: PaperLine) => ReactNode
}

/**
 * The money lines: 序, 收费项目, 所属期间, 应缴日期, the paper's own columns, 金额（元）, and the
 * total row. `widthsMm` are the 序, 收费项目, 应缴日期 and 金额 columns (所属期间 takes the rest).
 */
export function MoneyTable(props: {
  lines: readonly PaperLine[]
  widthsMm: [number, number, number, number]
  cell: CSSProperties
  style?: CSSProperties
  period?: (line: PaperLine) => ReactNode
  extra?: ExtraColumn[]
  totalLabel: string
  totalFen: number
}) {
  const { cell, extra = [] } = props
  const [no, item, due, amount] = props.widthsMm.map((mm) => ({ width: `${mm}mm` }))
  const period = props.period ?? ((l: PaperLine) => l.periodLabel)
  return (
    <table style={props.style}>
      <colgroup>
        <col style={no} />
        <col style={item} />
        <col />
        <col style={due} />
        {extra.map((x) => (
          <col key={x.head} style={{ width: `${x.widthMm}mm` }} />
        ))}
        <col style={amount} />
      </colgroup>
      <thead>
        <tr style={cell}>
          <th className="c">序</th>
          <th>收费项目</th>
          <th>所属期间</th>
          <th className="c">应缴日期</th>
          {extra.map((x) => (
            <th key={x.head} className="c">
              {x.head}
            </th>
          ))}
          <th className="num">金额（元）</th>
        </tr>
      </thead>
      <tbody>
        {props.lines.map((l, i) => (
          <tr key={i} style={cell}>
            <td className="c">{i + 1}</td>
            <td>{l.itemName}</td>
            <td>{period(l)}</td>
            <td className="c">{l.dueOn}</td>
            {extra.map((x) => (
              <td key={x.head} className="c">
                {x.cell(l)}
              </td>
            ))}
            <td className="num">{yuan(l.amountFen)}</td>
          </tr>
        ))}
        <tr className="total" style={cell}>
          <td colSpan={4 + extra.length}>{props.totalLabel}</td>
          <td className="num">¥{yuan(props.totalFen)}</td>
        </tr>
      </tbody>
    </table>
  )
}
