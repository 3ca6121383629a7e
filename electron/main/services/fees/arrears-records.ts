import type Database from 'better-sqlite3'
import type { LastReminder, NoticeLine, ReminderView } from '../../../../shared/fees/arrears'
import { addMonthsToDate, DEMAND_LETTER_AFTER_MONTHS } from '../../../../shared/fees/arrears-rules'
import { localDate } from '../../../../shared/kernel/calendar'
import { prepared } from '../../core/statements'

// The shared statement cache moved to the core; re-exported for the fees modules that import it from here.
export { prepared }

/** One room's overdue total now: a short range of the same partial index. */
export function overdueFenOf(sqlite: Database.Database, roomId: number, today: string): number {
  const row = prepared(
    sqlite,
    `SELECT coalesce(sum(amount_fen), 0) AS fen FROM receivables WHERE room_id = ? AND paid_receipt_id IS NULL AND cancelled_void_id IS NULL AND due_on < ?`
  ).get(roomId, today) as { fen: number }
  return row.fen
}

export interface ReminderState {
  last: LastReminder
  /** Phone reminders (ISO times, oldest first) made since the last demand letter or legal step. */
  phonesSinceLetter: string[]
}

/** Where each room stands in the chase, from its reminders in the order they were made. */
export function reminderStates(sqlite: Database.Database, roomIds?: readonly number[]): Map<number, ReminderState> {
  const columns = `SELECT room_id AS roomId, kind, at, outcome FROM reminders`
  const rows = (
    roomIds === undefined
      ? prepared(sqlite, `${columns} ORDER BY room_id, at, id`).all()
      : prepared(sqlite, `${columns} WHERE room_id IN (SELECT value FROM json_each(?)) ORDER BY room_id, at, id`).all(
          JSON.stringify(roomIds)
        )
  ) as ({ roomId: number } & LastReminder)[]
  const states = new Map<number, ReminderState>()
  for (const { roomId, ...reminder } of rows) {
    let state = states.get(roomId)
    if (!state) states.set(roomId, (state = { last: reminder, phonesSinceLetter: [] }))
    state.last = reminder
    // A letter (or going to law) answers every phone call before it: the clock starts again.
    if (reminder.kind === 'letter' || reminder.kind === 'legal') state.phonesSinceLetter = []
    if (reminder.kind === 'phone') state.phonesSinceLetter.push(reminder.at)
  }
  return states
}

/**
 * The phone reminder that starts the demand-letter clock: the first one since the last letter
 * that was made while the oldest of today's overdue amounts was already overdue (a call about
 * a debt since paid says nothing about this one). The letter is due 3 months after its day.
 */
export function demandClock(
  state: ReminderState | undefined,
  oldestDue: string,
  today: string
): { phoneAt: string | null; due: boolean } {
  const phoneAt = state?.phonesSinceLetter.find((at) => localDate(new Date(at)) > oldestDue) ?? null
  if (phoneAt === null) return { phoneAt, due: false }
  return { phoneAt, due: addMonthsToDate(localDate(new Date(phoneAt)), DEMAND_LETTER_AFTER_MONTHS) <= today }
}

export interface OwnerContact {
  names: string
  /** The first owner's first phone, unmasked: callers mask it. */
  phone: string | null
}

/** Current owners and co-owners per room (the owner first, then by when they were added). */
export function ownerContacts(sqlite: Database.Database, roomIds: readonly number[]): Map<number, OwnerContact> {
  const map = new Map<number, OwnerContact>()
  if (roomIds.length === 0) return map
  const rows = prepared(
    sqlite,
    `SELECT rp.room_id AS roomId, p.name,
            (SELECT ph.phone FROM person_phones ph WHERE ph.person_id = p.id ORDER BY ph.position, ph.id LIMIT 1) AS phone
     FROM room_persons rp JOIN persons p ON p.id = rp.person_id
     WHERE rp.room_id IN (SELECT value FROM json_each(?)) AND rp.ended_on IS NULL AND rp.relation IN ('owner', 'coowner')
     ORDER BY rp.room_id, rp.relation = 'coowner', rp.id`
  ).all(JSON.stringify(roomIds)) as { roomId: number; name: string; phone: string | null }[]
  for (const row of rows) {
    const seen = map.get(row.roomId)
    if (seen) seen.names += `、${row.name}`
    else map.set(row.roomId, { names: row.name, phone: row.phone })
  }
  return map
}

export interface UnpaidFilter {
  roomIds?: readonly number[]
  buildingId?: number
  /** Monthly charges of this period and before, and other charges due by `dueBy`. */
  upToPeriod?: { period: string; dueBy: string }
  /** Only what is past due on this day. */
  overdueOn?: string
}

/** Unpaid receivables itemised for a notice or a letter, per room in due-date order. */
export function unpaidLines(sqlite: Database.Database, filter: UnpaidFilter, today: string): Map<number, NoticeLine[]> {
  // A cancelled prepaid month (a voided prepayment) is owed by no one.
  const where = ['r.paid_receipt_id IS NULL', 'r.cancelled_void_id IS NULL']
  const params: unknown[] = []
  if (filter.roomIds) {
    where.push('r.room_id IN (SELECT value FROM json_each(?))')
    params.push(JSON.stringify(filter.roomIds))
  }
  if (filter.buildingId !== undefined) {
    where.push('r.room_id IN (SELECT id FROM rooms WHERE building_id = ?)')
    params.push(filter.buildingId)
  }
  if (filter.upToPeriod) {
    where.push('(r.period <= ? OR (r.period IS NULL AND r.due_on <= ?))')
    params.push(filter.upToPeriod.period, filter.upToPeriod.dueBy)
  }
  if (filter.overdueOn) {
    where.push('r.due_on < ?')
    params.push(filter.overdueOn)
  }
  const rows = prepared(
    sqlite,
    `SELECT r.room_id AS roomId, i.name AS itemName, i.category, r.period, r.period_from AS periodFrom, r.period_to AS periodTo,
            r.due_on AS dueOn, r.amount_fen AS amountFen
     FROM receivables r JOIN fee_items i ON i.id = r.item_id
     WHERE ${where.join(' AND ')}
     ORDER BY r.room_id, r.due_on, i.sort_key, r.period_from, r.id`
  ).all(...params) as {
    roomId: number
    itemName: string
    category: string
    period: string | null
    periodFrom: string
    periodTo: string
    dueOn: string
    amountFen: number
  }[]
  const map = new Map<number, NoticeLine[]>()
  for (const r of rows) {
    const line: NoticeLine = {
      itemName: r.itemName,
      category: r.category,
      periodLabel: r.period ?? (r.periodFrom === r.periodTo ? r.periodFrom : `${r.periodFrom} 至 ${r.periodTo}`),
      dueOn: r.dueOn,
      amountFen: r.amountFen,
      overdue: r.dueOn < today
    }
    const list = map.get(r.roomId)
    if (list) list.push(line)
    else map.set(r.roomId, [line])
  }
  return map
}

/** A room's reminders with who made them, oldest first. */
export function remindersOf(sqlite: Database.Database, roomId: number): ReminderView[] {
  return prepared(
    sqlite,
    `SELECT m.id, m.room_id AS roomId, m.kind, m.outcome, m.next_step AS nextStep, m.amount_fen AS amountFen, m.at, s.display_name AS staffName
     FROM reminders m JOIN staff s ON s.id = m.staff_id WHERE m.room_id = ? ORDER BY m.at, m.id`
  ).all(roomId) as ReminderView[]
}
