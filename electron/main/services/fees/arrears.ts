import { api } from '../../../../shared/api'
import type { ArrearsList, ReminderView } from '../../../../shared/fees/arrears'
import { formatFen } from '../../../../shared/domain/money'
import { message } from '../../../../shared/messages'
import { demandLetter, paymentNotices } from './arrears-prints'
import { listArrears, summarizeArrears, type ArrearsFilters } from './arrears-list'
import { overdueFenOf, prepared, remindersOf } from './arrears-records'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { today } from './fee-items'
import { localDate } from '../../../../shared/kernel/calendar'
import { handle } from '../../core/handler'
import { getRoom } from '../households/room-records'
import { mayRevealForCall } from '../households/privacy'
import { workbookBase64, yyyymmdd, type SheetSpec } from './report-workbook'
import { revealPhone } from './arrears-reveal'

/** The list as the counter's services see it; also what the benchmark times. */
export const arrearsList = (ctx: Pick<ServiceContext, 'store' | 'now'>, filters: ArrearsFilters): ArrearsList =>
  listArrears(ctx.store.sqlite, today(ctx), filters)

const list = handle(api.arrears.list, {
  run: (ctx, input) => ({ ...arrearsList(ctx, input), mayCall: mayRevealForCall(ctx) })
})
const summary = handle(api.arrears.summary, { run: (ctx) => summarizeArrears(ctx.store.sqlite, today(ctx)) })

/**
 * 催缴记录: what was done, what came of it, what comes next, with the amount overdue at that
 * moment (the letter and any court papers quote it). It goes on the household's timeline.
 */
const remind = handle(api.arrears.remind, {
  run(ctx, input) {
    const session = ctx.requireSession()
    getRoom(ctx.db, input.roomId)
    const sqlite = ctx.store.sqlite
    const amountFen = overdueFenOf(sqlite, input.roomId, today(ctx))
    const id = Number(
      prepared(
        sqlite,
        `INSERT INTO reminders (room_id, kind, outcome, next_step, amount_fen, at, staff_id) VALUES (?, ?, ?, ?, ?, ?, ?)`
      ).run(
        input.roomId,
        input.kind,
        input.outcome,
        input.nextStep,
        amountFen,
        ctx.now().toISOString(),
        session.staffId
      ).lastInsertRowid
    )
    ctx.audit({
      roomId: input.roomId,
      entityType: 'reminder',
      entityId: id,
      summaryKey: 'audit.remind',
      summaryParams: { kind: `arrears.kind.${input.kind}`, amount: formatFen(amountFen), outcome: input.outcome }
    })
    return remindersOf(sqlite, input.roomId).find((r) => r.id === id) as ReminderView
  }
})

const reminders = handle(api.arrears.reminders, {
  run(ctx, input) {
    getRoom(ctx.db, input.roomId)
    // Newest first on screen; the letter prints them oldest first.
    return remindersOf(ctx.store.sqlite, input.roomId).reverse()
  }
})

const notices = handle(api.arrears.notices, {
  run: (ctx, input) => paymentNotices(ctx.db, ctx.store.sqlite, input, today(ctx), ctx.locale)
})

/** The notices were printed and handed out: each room's timeline says so. */
const noticesSent = handle(api.arrears.noticesSent, {
  run(ctx, input) {
    const roomIds = [...new Set(input.roomIds)]
    const found = prepared(
      ctx.store.sqlite,
      `SELECT count(*) AS n FROM rooms WHERE id IN (SELECT value FROM json_each(?))`
    ).get(JSON.stringify(roomIds)) as { n: number }
    if (found.n !== roomIds.length) throw new AppError('NOT_FOUND', {}, { entity: 'room' })
    for (const roomId of roomIds) {
      ctx.audit({
        roomId,
        entityType: 'paymentNotice',
        entityId: input.period,
        summaryKey: 'audit.noticesSent',
        summaryParams: { period: input.period, due: input.dueOn }
      })
    }
    return { rooms: roomIds.length }
  }
})

const letter = handle(api.arrears.demandLetter, {
  run: (ctx, input) => demandLetter(ctx.db, ctx.store.sqlite, input.roomId, today(ctx), ctx.locale)
})

const BUCKET_LABELS = { '1': '1个月', '2-3': '2–3个月', '>3': '3个月以上' } as const

function arrearsSheet(result: ArrearsList): SheetSpec {
  return {
    name: '欠费清单',
    title: `欠费清单（截至 ${result.asOf}，共 ${result.total} 户，合计 ${formatFen(result.totalFen)} 元）`,
    columns: [
      { header: '房号', width: 12 },
      { header: '楼栋', width: 8 },
      { header: '业主', width: 22 },
      { header: '电话', width: 15 },
      { header: '欠费金额(元)', width: 14, kind: 'fen' },
      { header: '欠费笔数', width: 10, kind: 'int' },
      { header: '最早应缴日', width: 12, kind: 'date' },
      { header: '欠费月数', width: 10, kind: 'int' },
      { header: '账龄', width: 11 },
      { header: '最近催缴', width: 12 },
      { header: '催缴日期', width: 12, kind: 'date' },
      { header: '催缴结果', width: 30 },
      { header: '应发催缴函', width: 11 }
    ],
    rows: result.rows.map((r) => [
      r.roomCode,
      r.buildingCode,
      r.owners,
      r.phoneMasked,
      r.overdueFen,
      r.overdueCount,
      r.oldestDue,
      r.ageMonths,
      BUCKET_LABELS[r.bucket],
      r.lastReminder ? message('zh-CN', `arrears.kind.${r.lastReminder.kind}`) : '',
      r.lastReminder ? localDate(new Date(r.lastReminder.at)) : '',
      r.lastReminder?.outcome ?? '',
      r.demandLetterDue ? '是' : ''
    ]),
    totals: ['合计', '', '', '', result.totalFen, result.rows.reduce((n, r) => n + r.overdueCount, 0)]
  }
}

const exportList = handle(api.arrears.export, {
  prepare: (ctx, input) => workbookBase64([arrearsSheet(arrearsList(ctx, input))]),
  run: (ctx, _input, dataBase64) => ({ fileName: `欠费清单-${yyyymmdd(today(ctx))}.xlsx`, dataBase64 })
})

export const arrearsHandlers = [list, summary, remind, reminders, notices, noticesSent, letter, exportList, revealPhone]
