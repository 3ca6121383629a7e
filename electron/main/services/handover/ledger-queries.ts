import dayjs from 'dayjs'
import { api } from '../../../../shared/api'
import type { ParsedInputOf } from '../../../../shared/kernel/procedure'
import { localDate } from '../../../../shared/kernel/calendar'
import type { ServiceContext } from '../../core/context'
import { handle } from '../../core/handler'
import { dayBounds, ledgerView, summaryRows, toSummary, viewRules } from './ledger-records'

/**
 * The ledger's lists: the page's filtered list (newest first), the answers due (overdue or due by
 * the end of today, the most urgent first) and the night duty log (night-shift entries still open,
 * for conversion at the morning handover).
 */

type ListInput = ParsedInputOf<typeof api.ledger.list>

/** The end of the local today as an ISO moment: an answer promised before it is due today. */
export const endOfToday = (now: Date) => dayjs(localDate(now)).add(1, 'day').startOf('day').toISOString()

function listWhere(input: ListInput, now: Date): { where: string; params: unknown[] } {
  const clauses: string[] = []
  const params: unknown[] = []
  if (input.from || input.to) {
    const [from, to] = dayBounds(input.from ?? '1900-01-01', input.to ?? '2999-12-31')
    clauses.push('e.at >= ? AND e.at < ?')
    params.push(from, to)
  }
  for (const [column, value] of [
    ['e.status', input.status],
    ['e.category', input.category]
  ] as const) {
    if (value === undefined) continue
    clauses.push(`${column} = ?`)
    params.push(value)
  }
  if (input.night) clauses.push("e.shift_kind = 'night'")
  if (input.due) {
    clauses.push("e.status = 'open' AND e.promised_at IS NOT NULL AND e.promised_at < ?")
    params.push(endOfToday(now))
  }
  if (input.text) {
    const like = `%${input.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    clauses.push(
      "(e.number LIKE ? ESCAPE '\\' OR e.content LIKE ? ESCAPE '\\' OR e.caller_name LIKE ? ESCAPE '\\' OR r.code LIKE ? ESCAPE '\\' OR e.answer LIKE ? ESCAPE '\\')"
    )
    params.push(like, like, like, like, like)
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

const list = handle(api.ledger.list, {
  run(ctx, input) {
    const rules = viewRules(ctx)
    const { where, params } = listWhere(input, rules.now)
    const order = input.due ? 'ORDER BY e.promised_at, e.id' : 'ORDER BY e.at DESC, e.id DESC'
    return summaryRows(ctx.store.sqlite, `${where} ${order} LIMIT ?`, [...params, input.limit]).map((row) =>
      toSummary(row, rules)
    )
  }
})

const get = handle(api.ledger.get, { run: (ctx, input) => ledgerView(ctx, input.id) })

export function dueEntries(ctx: ServiceContext) {
  const rules = viewRules(ctx)
  return summaryRows(
    ctx.store.sqlite,
    "WHERE e.status = 'open' AND e.promised_at IS NOT NULL AND e.promised_at < ? ORDER BY e.promised_at, e.id",
    [endOfToday(rules.now)]
  ).map((row) => toSummary(row, rules))
}

const due = handle(api.ledger.due, { run: (ctx) => dueEntries(ctx) })

const nightLog = handle(api.ledger.nightLog, {
  run(ctx) {
    const rules = viewRules(ctx)
    return summaryRows(ctx.store.sqlite, "WHERE e.shift_kind = 'night' AND e.status = 'open' ORDER BY e.at, e.id").map(
      (row) => toSummary(row, rules)
    )
  }
})

export const ledgerQueryHandlers = [list, get, due, nightLog]
