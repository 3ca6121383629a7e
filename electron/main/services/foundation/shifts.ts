import { and, eq, isNull } from 'drizzle-orm'
import { counters, shifts, staff } from '../../../../db/schema'
import type { Db } from '../../../../db/open'
import type { ShiftInfo } from '../../../../shared/foundation/staff'
import type { ShiftKind } from '../../../../shared/handover/shift-kinds'
import { shiftKindNow } from '../handover/shift-clock'

/**
 * A counter has one open shift (班次). Signing in opens it when the counter has none — held by
 * whoever signed in, of the kind the settings' times give (白班, 午间值班, 夜班) — or joins the open
 * one: a colleague, a supervisor, the holder again after a restart all work within it, so the
 * handover covers everything the counter did. Only the handover capability closes a shift
 * (closeShift, openHandedOverShift below, in the handover's own transaction).
 */

function infoOf(db: Db, shiftId: number, resumed: boolean): ShiftInfo {
  const row = db
    .select({
      id: shifts.id,
      counterId: shifts.counterId,
      openedAt: shifts.openedAt,
      kind: shifts.kind,
      holderId: shifts.staffId,
      holderName: staff.displayName,
      counterName: counters.name
    })
    .from(shifts)
    .innerJoin(counters, eq(counters.id, shifts.counterId))
    .innerJoin(staff, eq(staff.id, shifts.staffId))
    .where(eq(shifts.id, shiftId))
    .get()
  if (!row) throw new Error(`shift ${shiftId} does not exist`)
  return { ...row, resumed }
}

/** The counter's open shift, if any. */
export function openShiftOf(db: Db, counterId: number): number | null {
  const open = db
    .select({ id: shifts.id })
    .from(shifts)
    .where(and(eq(shifts.counterId, counterId), isNull(shifts.closedAt)))
    .get()
  return open?.id ?? null
}

export function openOrJoinShift(db: Db, staffId: number, counterId: number, now: Date): ShiftInfo {
  const counter = db.select().from(counters).where(eq(counters.id, counterId)).get()
  if (!counter) throw new Error(`counter ${counterId} does not exist`)
  const open = openShiftOf(db, counterId)
  if (open !== null) return infoOf(db, open, true)
  const created = db
    .insert(shifts)
    .values({ staffId, counterId, kind: shiftKindNow(db, now), openedAt: now.toISOString() })
    .returning({ id: shifts.id })
    .get()
  return infoOf(db, created.id, false)
}

export function shiftInfo(db: Db, shiftId: number): ShiftInfo {
  return infoOf(db, shiftId, false)
}

/** Closes the shift (a trigger keeps it closed for good). Inside the handover's transaction. */
export function closeShift(db: Db, shiftId: number, now: Date): void {
  db.update(shifts).set({ closedAt: now.toISOString() }).where(eq(shifts.id, shiftId)).run()
}

/** The incoming person's shift, opened by the handover right after closing the outgoing one. */
export function openHandedOverShift(db: Db, staffId: number, counterId: number, kind: ShiftKind, now: Date): ShiftInfo {
  const created = db
    .insert(shifts)
    .values({ staffId, counterId, kind, openedAt: now.toISOString() })
    .returning({ id: shifts.id })
    .get()
  return infoOf(db, created.id, false)
}
