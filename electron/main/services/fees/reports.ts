import { api } from '../../../../shared/api'
import type { WorkbookFile } from '../../../../shared/households/estate'
import { LEDGER_READERS } from '../../../../shared/fees/reports'
import type { ParsedInputOf } from '../../../../shared/kernel/procedure'
import { roleAllowed } from '../../../../shared/kernel/roles'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { today } from './fee-items'
import { handle } from '../../core/handler'
import { dailyCollection, ledger } from './report-records'
import { receiptRegister } from './report-register'
import { seriesViews } from './queries'
import { dailySheets, ledgerSheets, registerSheets } from './report-sheets'
import { workbookBase64, yyyymmdd, type SheetSpec } from './report-workbook'

const daily = handle(api.reports.dailyCollection, { run: (ctx, input) => dailyCollection(ctx.store, input.date) })
const books = handle(api.reports.ledger, { run: (ctx, input) => ledger(ctx.store, input, today(ctx)) })
const series = handle(api.reports.series, { run: (ctx) => seriesViews(ctx.store) })
const register = handle(api.reports.register, { run: (ctx, input) => receiptRegister(ctx.store, input) })

type ExportInput = ParsedInputOf<typeof api.reports.export>

/** The sheets and the file name of one report; the export shares the readers of each report. */
function exportOf(ctx: ServiceContext, input: ExportInput): { fileName: string; sheets: SheetSpec[] } {
  const store = ctx.store
  switch (input.report) {
    case 'daily':
      return {
        fileName: `收款日报-${yyyymmdd(input.date)}.xlsx`,
        sheets: dailySheets(dailyCollection(store, input.date), ctx.locale)
      }
    case 'ledger': {
      // The procedure is open to every role for the daily report and the register; the books are not.
      const role = ctx.requireSession().role
      if (!roleAllowed(role, LEDGER_READERS)) throw new AppError('FORBIDDEN', { role: `role.${role}` })
      return {
        fileName: `应收实收欠收-${input.fromPeriod}至${input.toPeriod}.xlsx`,
        sheets: ledgerSheets(ledger(store, input, today(ctx)), ctx.locale)
      }
    }
    case 'register':
      return {
        fileName: `收据登记簿-${input.seriesPrefix}.xlsx`,
        sheets: registerSheets(receiptRegister(store, input), ctx.locale)
      }
  }
}

const exportReport = handle(api.reports.export, {
  async prepare(ctx, input): Promise<WorkbookFile> {
    const { fileName, sheets } = exportOf(ctx, input)
    return { fileName, dataBase64: await workbookBase64(sheets) }
  },
  run: (_ctx, _input, file) => file
})

export const reportHandlers = [daily, books, series, register, exportReport]
