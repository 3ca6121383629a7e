import ExcelJS from 'exceljs'
import { api } from '../../../../shared/api'
import { formatFen } from '../../../../shared/domain/money'
import type { HandoverListRow } from '../../../../shared/handover/types'
import type { WorkbookFile } from '../../../../shared/households/estate'
import { localDateTime } from '../../../../shared/kernel/calendar'
import type { Locale } from '../../../../shared/kernel/locale'
import { message, type MessageKey } from '../../../../shared/messages'
import { handle } from '../../core/handler'
import { neutralize } from '../../core/sheet-cells'
import { listHandovers } from './handover-records'

/** 交接班记录 as an Excel file: the history's filter, oldest first, in the clerk's language. */

const COLUMNS = [
  ['number', 18],
  ['at', 18],
  ['counter', 12],
  ['outgoing', 12],
  ['incoming', 20],
  ['period', 18],
  ['cashDifference', 12],
  ['keyDifferences', 10],
  ['toolDifferences', 10],
  ['notes', 40],
  ['backup', 10]
] as const

function rowOf(locale: Locale, r: HandoverListRow, notes: string): (string | number | null)[] {
  const say = (key: string, params = {}) => message(locale, key as MessageKey, params)
  return [
    r.number,
    localDateTime(r.at),
    r.counterName,
    r.outgoingName,
    r.incomingName ?? say('handover.export.closedAlone', { by: r.closedAloneBy ?? '' }),
    localDateTime(r.periodFrom),
    r.cashDifferenceFen === 0 ? null : formatFen(r.cashDifferenceFen),
    r.keyDifferences || null,
    r.toolDifferences || null,
    notes,
    r.backupOk ? '✓' : '✗'
  ].map((v) => (v === '' ? null : typeof v === 'string' ? neutralize(v) : v))
}

async function workbook(locale: Locale, rows: { row: HandoverListRow; notes: string }[]): Promise<string> {
  const book = new ExcelJS.Workbook()
  book.creator = 'FrontDesk'
  const sheet = book.addWorksheet(message(locale, 'handover.export.sheet'), { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = COLUMNS.map(([key, width]) => ({ header: message(locale, `handover.export.col.${key}`), width }))
  sheet.getRow(1).font = { bold: true }
  for (const { row, notes } of rows) sheet.addRow(rowOf(locale, row, notes))
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64')
}

const exportList = handle(api.handover.export, {
  async prepare(ctx, input): Promise<WorkbookFile> {
    const sqlite = ctx.store.sqlite
    const notesOf = sqlite.prepare(`SELECT notes FROM handovers WHERE id = ?`)
    const rows = listHandovers(sqlite, input)
      .reverse()
      .map((row) => ({ row, notes: (notesOf.get(row.id) as { notes: string }).notes }))
    const span = [input.from ?? '', input.to ?? ''].filter((d) => d !== '').join('_')
    const fileName = `${message(ctx.locale, 'handover.export.sheet')}${span ? `-${span}` : ''}.xlsx`
    return { fileName, dataBase64: await workbook(ctx.locale, rows) }
  },
  run: (_ctx, _input, file) => file
})

export const exportHandlers = [exportList]
