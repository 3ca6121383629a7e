import ExcelJS from 'exceljs'
import { api } from '../../../../shared/api'
import type { CheckinSummary } from '../../../../shared/checkin/api'
import type { WorkbookFile } from '../../../../shared/households/estate'
import { localDateTime } from '../../../../shared/kernel/calendar'
import { message, type MessageKey } from '../../../../shared/messages'
import type { Locale } from '../../../../shared/kernel/locale'
import { neutralize } from '../../core/sheet-cells'
import { handle } from '../../core/handler'
import { summaries } from './records'

/**
 * 入住办理 list as an Excel file: one row per check-in in the period, newest first, in the
 * clerk's language; text cells are neutralised so no owner's name runs as a formula.
 */

const COLUMNS = [
  ['room', 12],
  ['owner', 20],
  ['case', 12],
  ['status', 10],
  ['step', 12],
  ['started', 18],
  ['startedBy', 12],
  ['finished', 18],
  ['outcome', 10],
  ['defects', 8]
] as const

/** Empty cells stay empty (null), so a filter on the column finds only real values. */
function rowOf(locale: Locale, c: CheckinSummary): (string | number | null)[] {
  const say = (key: string) => message(locale, key as MessageKey)
  return [
    c.roomCode,
    c.ownerNames,
    c.case ? say(`audit.checkin.case.${c.case}`) : '',
    // The list's words (办理中 / 已完成 / 已取消), not the in-sentence ones of the audit summaries.
    say(`checkin.status.${c.status}`),
    c.status === 'open' && c.currentStep ? say(`audit.checkin.step.${c.currentStep}`) : '',
    localDateTime(c.startedAt),
    c.startedBy,
    c.finishedAt ? localDateTime(c.finishedAt) : '',
    c.outcome ? say(`status.${c.outcome}`) : '',
    c.defects
  ].map((v) => (v === '' ? null : typeof v === 'string' ? neutralize(v) : v))
}

async function workbook(locale: Locale, rows: CheckinSummary[]): Promise<string> {
  const book = new ExcelJS.Workbook()
  book.creator = 'FrontDesk'
  const sheet = book.addWorksheet(message(locale, 'audit.checkin.sheet'), { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = COLUMNS.map(([key, width]) => ({ header: message(locale, `audit.checkin.col.${key}`), width }))
  sheet.getRow(1).font = { bold: true }
  for (const c of rows) sheet.addRow(rowOf(locale, c))
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64')
}

const exportList = handle(api.checkin.export, {
  async prepare(ctx, input): Promise<WorkbookFile> {
    const rows = summaries(ctx.db, { ...input, limit: 100_000, newestFirst: true })
    const span = [input.from ?? '', input.to ?? ''].filter((d) => d !== '').join('_')
    const fileName = `${message(ctx.locale, 'audit.checkin.sheet')}${span ? `-${span}` : ''}.xlsx`
    return { fileName, dataBase64: await workbook(ctx.locale, rows) }
  },
  run: (_ctx, _input, file) => file
})

export const exportHandlers = [exportList]
