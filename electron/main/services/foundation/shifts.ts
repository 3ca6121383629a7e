import { and, eq, isNull } from 'drizzle-orm'
import { counters, shifts } from '../../../../db/schema'
import type { Db } from '../../../../db/open'
import type { ShiftInfo } from '../../../../shared/foundation/staff'

/**
 * Signing in at a counter opens that person's shift there, or resumes the one they left open
 * (a restart, a lunch break). Closing shifts belongs to the handover capability.
 */
export function openOrResumeShift(db: Db, staffId: number, counterId: number, now: Date): ShiftInfo {
  const open = db
    .select()
    .from(shifts)
    .where(and(eq(shifts.staffId, staffId), eq(shifts.counterId, counterId), isNull(shifts.closedAt)))
    .get()
  const counter = db.select().from(counters).where(eq(counters.id, counterId)).get()
  if (!counter) throw new Error(`counter ${counterId} does not exist`)
  if (open) return { id: open.id, counterId, counterName: counter.name, openedAt: open.openedAt, resumed: true }
  const created = db.insert(shifts).values({ staffId, counterId, openedAt: now.toISOString() }).returning().get()
  return { id: created.id, counterId, counterName: counter.name, openedAt: created.openedAt, resumed: false }
}

export function shiftInfo(db: Db, shiftId: number): ShiftInfo {
  const row = db
    .select({ id: shifts.id, counterId: shifts.counterId, openedAt: shifts.openedAt, counterName: counters.name })
    .from(shifts)
    .innerJoin(counters, eq(counters.id, shifts.counterId))
    .where(eq(shifts.id, shiftId))
    .get()
  if (!row) throw new Error(`shift ${shiftId} does not exist`)
  return { ...row, resumed: false }
}
