import { api } from '../../../../shared/api'
import type { WorkbookFile } from '../../../../shared/households/estate'
import { message } from '../../../../shared/messages'
import { handle } from '../../core/handler'
import { dueItems } from './due-list'
import { monthStats } from './stats-month'
import { statsWorkbook } from './stats-export'

/** 统计 and 到期: the month's figures, the same as an Excel workbook, and the list of what is due. */

const month = handle(api.workOrderStats.month, {
  run: (ctx, input) => monthStats(ctx.db, ctx.locale, input.period, ctx.now())
})

const exportMonth = handle(api.workOrderStats.export, {
  async prepare(ctx, input): Promise<WorkbookFile> {
    const stats = monthStats(ctx.db, ctx.locale, input.period, ctx.now())
    const fileName = `${message(ctx.locale, 'woStats.sheet.file')}-${input.period}.xlsx`
    return { fileName, dataBase64: await statsWorkbook(ctx.locale, stats) }
  },
  run: (_ctx, _input, file) => file
})

const due = handle(api.workOrderStats.due, {
  run: (ctx, input) => dueItems(ctx.db, ctx.locale, ctx.now(), input.limit)
})

export const statsHandlers = [month, exportMonth, due]
