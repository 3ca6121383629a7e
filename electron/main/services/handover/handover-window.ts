import type Database from 'better-sqlite3'
import type { HandoverWindow } from '../../../../shared/handover/sections'
import type { OpenShift } from '../../../../shared/handover/types'
import { localDate } from '../../../../shared/kernel/calendar'
import { AppError } from '../../core/errors'
import { prepared } from '../../core/statements'

/**
 * The time a handover covers at one counter: every shift of the counter that no handover covered
 * yet (the open one, and any closed before handovers existed), from the previous handover's end —
 * or the first of those shifts — to now. Receipts and movements carry their shift, so covering
 * shifts exactly once covers every receipt exactly once: no overlap, nothing in between.
 */

export interface PreviousHandover {
  id: number
  number: string
  at: string
  periodTo: string
  notes: string
  notesImportant: boolean
}

const OPEN_SHIFT = `SELECT s.id, s.counter_id AS counterId, c.name AS counterName, s.kind, s.staff_id AS holderId,
  st.display_name AS holderName, s.opened_at AS openedAt
FROM shifts s JOIN counters c ON c.id = s.counter_id JOIN staff st ON st.id = s.staff_id
WHERE s.counter_id = ? AND s.closed_at IS NULL`

export function openShiftRow(sqlite: Database.Database, counterId: number): OpenShift | null {
  return (prepared(sqlite, OPEN_SHIFT).get(counterId) as OpenShift | undefined) ?? null
}

/** The counter's open shift, or NO_OPEN_SHIFT. */
export function requireOpenShift(sqlite: Database.Database, counterId: number): OpenShift {
  const shift = openShiftRow(sqlite, counterId)
  if (!shift) throw new AppError('NO_OPEN_SHIFT')
  return shift
}

export function previousHandover(sqlite: Database.Database, counterId: number): PreviousHandover | null {
  const row = prepared(
    sqlite,
    `SELECT id, number, at, period_to AS periodTo, notes, notes_important AS important
     FROM handovers WHERE counter_id = ? ORDER BY id DESC LIMIT 1`
  ).get(counterId) as (Omit<PreviousHandover, 'notesImportant'> & { important: number }) | undefined
  if (!row) return null
  const { important, ...rest } = row
  return { ...rest, notesImportant: important === 1 }
}

/** The counter's shifts no handover covers, oldest first. */
function uncoveredShifts(sqlite: Database.Database, counterId: number): { id: number; openedAt: string }[] {
  return prepared(
    sqlite,
    `SELECT s.id, s.opened_at AS openedAt FROM shifts s
     WHERE s.counter_id = ? AND NOT EXISTS (SELECT 1 FROM handover_shifts h WHERE h.shift_id = s.id)
     ORDER BY s.id`
  ).all(counterId) as { id: number; openedAt: string }[]
}

export function handoverWindow(
  sqlite: Database.Database,
  counterId: number,
  previous: PreviousHandover | null,
  now: Date
): HandoverWindow {
  const shifts = uncoveredShifts(sqlite, counterId)
  const to = now.toISOString()
  const from = previous?.periodTo ?? shifts[0]?.openedAt ?? to
  return { counterId, shiftIds: shifts.map((s) => s.id), from, to, today: localDate(to) }
}
