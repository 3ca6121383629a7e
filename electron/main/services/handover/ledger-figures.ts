import dayjs from 'dayjs'
import { ledgerReviews } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import type { LedgerFigures, ReviewKind } from '../../../../shared/handover/ledger-types'
import { addDays, localDate, localDateTime } from '../../../../shared/kernel/calendar'
import { message } from '../../../../shared/messages'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { prepared } from '../../core/statements'
import { dayBounds } from './ledger-records'
import { readHandoverSettings } from './settings-store'

/**
 * The ledger read (manual 002): the team lead marks each day read, the department head each week
 * (Monday to Sunday), with the figures seen — entries, promises, answers and how many came by the
 * promise (plus the settings' grace). A period is marked once; the mark is never changed.
 */

/** The day itself, or the Monday of the week holding it. */
export function periodOf(kind: ReviewKind, day: string): { period: string; from: string; to: string } {
  if (kind === 'daily') return { period: day, from: day, to: day }
  const monday = addDays(day, -((dayjs(day).day() + 6) % 7))
  return { period: monday, from: monday, to: addDays(monday, 6) }
}

const COUNTS_SQL = `SELECT count(*) AS entries,
  coalesce(sum(promised_at IS NOT NULL), 0) AS promised,
  coalesce(sum(status = 'answered'), 0) AS answered,
  coalesce(sum(status = 'answered' AND promised_at IS NOT NULL
    AND julianday(answered_at) <= julianday(promised_at) + @grace / 1440.0), 0) AS answeredOnTime,
  coalesce(sum(status = 'open'), 0) AS open
FROM ledger_entries WHERE at >= @from AND at < @to`

const REVIEW_SQL = `SELECT s.display_name AS staffName, v.at, v.note FROM ledger_reviews v
JOIN staff s ON s.id = v.staff_id WHERE v.kind = ? AND v.period = ?`

export function ledgerFigures(ctx: ServiceContext, kind: ReviewKind, day: string): LedgerFigures {
  const { period, from, to } = periodOf(kind, day)
  const [fromAt, toAt] = dayBounds(from, to)
  const grace = readHandoverSettings(ctx.db).graceMinutes
  const counts = prepared(ctx.store.sqlite, COUNTS_SQL).get({ from: fromAt, to: toAt, grace }) as {
    entries: number
    promised: number
    answered: number
    answeredOnTime: number
    open: number
  }
  const review = prepared(ctx.store.sqlite, REVIEW_SQL).get(kind, period) as
    { staffName: string; at: string; note: string } | undefined
  return {
    kind,
    period,
    from,
    to,
    ...counts,
    onTimePercent: counts.promised > 0 ? Math.round((counts.answeredOnTime * 100) / counts.promised) : null,
    review: review ?? null
  }
}

const figures = handle(api.ledger.figures, { run: (ctx, input) => ledgerFigures(ctx, input.kind, input.day) })

const review = handle(api.ledger.review, {
  run(ctx, input) {
    const session = ctx.requireSession()
    if (input.kind === 'weekly' && session.role !== 'manager') throw new AppError('LEDGER_WEEKLY_MANAGER')
    if (input.day > localDate(ctx.now()))
      throw new AppError('VALIDATION', {}, { fields: { day: message(ctx.locale, 'workOrders.field.futureMoment') } })
    const seen = ledgerFigures(ctx, input.kind, input.day)
    if (seen.review)
      throw new AppError('LEDGER_ALREADY_REVIEWED', { by: seen.review.staffName, at: localDateTime(seen.review.at) })
    ctx.db
      .insert(ledgerReviews)
      .values({
        kind: input.kind,
        period: seen.period,
        staffId: session.staffId,
        at: ctx.now().toISOString(),
        entries: seen.entries,
        promised: seen.promised,
        answeredOnTime: seen.answeredOnTime,
        note: input.note
      })
      .run()
    ctx.audit({
      entityType: 'ledgerReview',
      entityId: `${input.kind}:${seen.period}`,
      summaryKey: 'audit.ledgerReviewed',
      summaryParams: { period: seen.period, kind: `ledger.review.${input.kind}` }
    })
    return ledgerFigures(ctx, input.kind, input.day)
  }
})

export const ledgerFigureHandlers = [figures, review]
