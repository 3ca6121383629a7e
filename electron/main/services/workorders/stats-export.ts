import ExcelJS from 'exceljs'
import type { Locale } from '../../../../shared/kernel/locale'
import { localDateTime } from '../../../../shared/kernel/calendar'
import { formatFen } from '../../../../shared/domain/money'
import { message, type MessageKey } from '../../../../shared/messages'
import type { StepRate, WorkOrderMonthStats } from '../../../../shared/workorders/stats-api'
import { onTimeRateE2, rateE2 } from '../../../../shared/workorders/stats-rules'
import { neutralize } from '../../core/sheet-cells'

/**
 * The month's statistics as an Excel workbook, one sheet per table of the screen, in the clerk's
 * language. Text cells are neutralised (a room code or location never runs as a formula); rates are
 * written as percentages with one decimal, as the screen shows them.
 */

type Cell = string | number | null
const cell = (v: Cell): Cell => (typeof v === 'string' ? neutralize(v) : v)
const percent = (e2: number | null) => (e2 === null ? null : `${(e2 / 100).toFixed(1)}%`)

function addSheet(
  book: ExcelJS.Workbook,
  say: (k: string) => string,
  name: string,
  cols: [string, number][],
  rows: Cell[][]
) {
  const sheet = book.addWorksheet(say(`woStats.sheet.${name}`), { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = cols.map(([key, width]) => ({ header: say(`woStats.col.${key}`), width }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) sheet.addRow(row.map(cell))
}

function summaryRows(s: WorkOrderMonthStats, say: (k: string) => string): Cell[][] {
  const r = s.repairs
  return [
    [say('woStats.sum.period'), s.period],
    [say('woStats.sum.repairs'), r.total],
    [say('woStats.sum.paid'), r.paid],
    [say('woStats.sum.completed'), r.completed],
    [say('woStats.sum.visited'), r.visited],
    [say('woStats.sum.satisfied'), r.satisfied],
    [say('woStats.sum.followUpRate'), percent(rateE2(r.visited, r.completed))],
    [say('woStats.sum.reworks'), r.reworks],
    [say('woStats.sum.services'), s.services.total],
    [say('woStats.sum.serviceFee'), formatFen(s.services.feeFen)],
    [say('woStats.sum.complaints'), s.complaints.total],
    [say('woStats.sum.invalid'), s.complaints.invalid],
    [say('woStats.sum.closed'), s.complaints.closed]
  ]
}

const stepRows = (group: string, prefix: string, steps: StepRate[], say: (k: string) => string): Cell[][] =>
  steps.map((st) => [
    say(`woStats.group.${group}`),
    say(`${prefix}.${st.step}`),
    st.due,
    st.onTime,
    st.late,
    st.overdue,
    percent(onTimeRateE2(st))
  ])

/** Column widths by the sheets' column keys (headers are `woStats.col.<key>`). */
const WIDTH: Record<string, number> = { item: 24, value: 14, group: 12, name: 20, count: 10, step: 12, due: 8 }
const cols = (keys: string) => keys.split(' ').map((k): [string, number] => [k, WIDTH[k] ?? 12])

type Sheet = [name: string, columns: [string, number][], rows: Cell[][]]

function sheetsOf(s: WorkOrderMonthStats, say: (k: string) => string): Sheet[] {
  const counts = (group: string, list: { name: string; count: number }[]) =>
    list.map((c) => [say(`woStats.group.${group}`), c.name, c.count])
  const recurring = s.recurring.map((p) => [
    say(`woStats.recurring.${p.kind}`),
    p.roomCode,
    p.categoryName,
    p.location,
    p.count,
    localDateTime(p.first),
    localDateTime(p.last),
    p.numbers.join('、')
  ])
  return [
    ['summary', cols('item value'), summaryRows(s, say)],
    [
      'categories',
      cols('group name count'),
      [...counts('category', s.repairs.byCategory), ...counts('source', s.repairs.bySource)]
    ],
    [
      'steps',
      cols('group step due onTime late overdue onTimeRate'),
      [
        ...stepRows('repairs', 'woStats.repairStep', s.repairs.steps, say),
        ...stepRows('complaints', 'woStats.complaintStep', s.complaints.steps, say)
      ]
    ],
    ['services', cols('item count'), s.services.byItem.map((c) => [c.name, c.count])],
    [
      'complaints',
      cols('group name count'),
      [...counts('category', s.complaints.byCategory), ...counts('severity', s.complaints.bySeverity)]
    ],
    ['recurring', [...cols('kind room category location count first last'), ['numbers', 48]], recurring],
    [
      'trend',
      cols('period repairs complaints followUpRate'),
      s.trend.map((t) => [t.period, t.repairs, t.complaints, percent(t.followUpRateE2)])
    ]
  ]
}

export async function statsWorkbook(locale: Locale, s: WorkOrderMonthStats): Promise<string> {
  const say = (key: string) => message(locale, key as MessageKey)
  const book = new ExcelJS.Workbook()
  book.creator = 'FrontDesk'
  for (const [name, columns, rows] of sheetsOf(s, say)) addSheet(book, say, name, columns, rows)
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64')
}
