import type Database from 'better-sqlite3'
import { eq, max } from 'drizzle-orm'
import dayjs from 'dayjs'
import type { Db } from '../../../../db/open'
import { ledgerEntries, ledgerEvents } from '../../../../db/schema'
import { maskPhone } from '../../../../shared/domain/phone'
import type {
  AnswerUrgency,
  LedgerEventKind,
  LedgerSummary,
  LedgerView
} from '../../../../shared/handover/ledger-types'
import { prepared } from '../../core/statements'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { mayRevealForCall } from '../households/privacy'
import { readHandoverSettings } from './settings-store'

/**
 * Reading and numbering ledger entries. One SELECT feeds every list (the ledger page, the due list,
 * the night log, the handover's sections), so an entry reads the same wherever it appears.
 */

/** TZ2026-000123: the year and a six-digit sequence. */
export const ledgerNumber = (year: number, sequence: number) => `TZ${year}-${String(sequence).padStart(6, '0')}`

/** An answer promised within this many minutes of now is 'dueSoon'. */
export const DUE_SOON_MINUTES = 120

export function nextLedgerSequence(db: Db, year: number): number {
  const row = db
    .select({ last: max(ledgerEntries.sequence) })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.year, year))
    .get()
  return (row?.last ?? 0) + 1
}

export const SUMMARY_SELECT = `SELECT e.id, e.number, e.at, e.channel, e.caller_name AS callerName,
  e.caller_phone AS callerPhone, e.room_id AS roomId, r.code AS roomCode, e.category, e.content,
  e.department, e.promised_at AS promisedAt, e.status, e.answer, e.answered_at AS answeredAt,
  a.display_name AS answeredBy, e.converted_kind AS convertedKind, e.converted_id AS convertedId,
  e.converted_number AS convertedNumber, e.shift_kind AS shiftKind, s.display_name AS staffName
FROM ledger_entries e
JOIN staff s ON s.id = e.staff_id
LEFT JOIN staff a ON a.id = e.answered_by
LEFT JOIN rooms r ON r.id = e.room_id`

/** The SELECT's row: the list's entry before its urgency, on-time mark and link are worked out. */
export type SummaryRow = Omit<LedgerSummary, 'answeredOnTime' | 'urgency' | 'converted'> & {
  convertedKind: 'repair' | 'complaint' | null
  convertedId: number | null
  convertedNumber: string | null
}

/** Where an open entry stands against its promise at `now`. */
export function urgencyOf(row: Pick<SummaryRow, 'status' | 'promisedAt'>, now: Date): AnswerUrgency {
  if (row.status !== 'open' || !row.promisedAt) return 'none'
  const minutes = (Date.parse(row.promisedAt) - now.getTime()) / 60_000
  if (minutes < 0) return 'overdue'
  return minutes <= DUE_SOON_MINUTES ? 'dueSoon' : 'upcoming'
}

export interface ViewRules {
  now: Date
  revealPhones: boolean
  graceMinutes: number
}

export function viewRules(ctx: ServiceContext): ViewRules {
  return {
    now: ctx.now(),
    revealPhones: mayRevealForCall(ctx),
    graceMinutes: readHandoverSettings(ctx.db).graceMinutes
  }
}

/** Answered by the promise plus the grace, when something was promised and answered. */
export function onTime(row: Pick<SummaryRow, 'promisedAt' | 'answeredAt'>, graceMinutes: number): boolean | null {
  if (!row.promisedAt || !row.answeredAt) return null
  return Date.parse(row.answeredAt) <= Date.parse(row.promisedAt) + graceMinutes * 60_000
}

export function toSummary(row: SummaryRow, rules: ViewRules): LedgerSummary {
  const { convertedKind, convertedId, convertedNumber, ...rest } = row
  return {
    ...rest,
    callerPhone: rules.revealPhones || !row.callerPhone ? row.callerPhone : maskPhone(row.callerPhone),
    answeredOnTime: onTime(row, rules.graceMinutes),
    urgency: urgencyOf(row, rules.now),
    converted:
      convertedKind && convertedId !== null && convertedNumber
        ? { kind: convertedKind, id: convertedId, number: convertedNumber }
        : null
  }
}

export function summaryRows(sqlite: Database.Database, where: string, params: unknown[] = []): SummaryRow[] {
  return prepared(sqlite, `${SUMMARY_SELECT} ${where}`).all(...params) as SummaryRow[]
}

/** The entry's row as stored (for the steps' state checks), or NOT_FOUND. */
export function entryRow(db: Db, id: number) {
  const row = db.select().from(ledgerEntries).where(eq(ledgerEntries.id, id)).get()
  if (!row) throw new AppError('NOT_FOUND', {}, { entity: 'ledgerEntry', id })
  return row
}
export type EntryRow = ReturnType<typeof entryRow>

const EVENTS_SQL = `SELECT v.id, v.kind, v.at, s.display_name AS staffName, v.note, v.details
FROM ledger_events v JOIN staff s ON s.id = v.staff_id WHERE v.entry_id = ? ORDER BY v.id`

export function ledgerView(ctx: ServiceContext, id: number): LedgerView {
  const [row] = summaryRows(ctx.store.sqlite, 'WHERE e.id = ?', [id])
  if (!row) throw new AppError('NOT_FOUND', {}, { entity: 'ledgerEntry', id })
  const events = prepared(ctx.store.sqlite, EVENTS_SQL).all(id) as {
    id: number
    kind: LedgerEventKind
    at: string
    staffName: string
    note: string
    details: string | null
  }[]
  return {
    ...toSummary(row, viewRules(ctx)),
    events: events.map((e) => ({
      ...e,
      details: e.details ? (JSON.parse(e.details) as Record<string, unknown>) : null
    }))
  }
}

export function insertLedgerEvent(
  ctx: ServiceContext,
  entryId: number,
  kind: LedgerEventKind,
  note = '',
  details: Record<string, unknown> | null = null
) {
  const session = ctx.requireSession()
  ctx.db
    .insert(ledgerEvents)
    .values({
      entryId,
      kind,
      at: ctx.now().toISOString(),
      staffId: session.staffId,
      shiftId: session.shiftId,
      note,
      details: details ? JSON.stringify(details) : null
    })
    .run()
}

/** The local day's bounds as ISO moments: [from 00:00, to the next day's 00:00). */
export function dayBounds(from: string, to: string): [string, string] {
  return [dayjs(from).startOf('day').toISOString(), dayjs(to).add(1, 'day').startOf('day').toISOString()]
}
