import { and, asc, desc, eq, isNotNull, isNull, max, sql } from 'drizzle-orm'
import type { Db } from '../../../../db/open'
import {
  checkins,
  checkinSteps,
  rooms,
  staff,
  trusteeshipPatrols,
  trusteeshipReadings,
  trusteeships
} from '../../../../db/schema'
import type { MeterKind } from '../../../../shared/checkin/rules'
import type { PatrolKind, TrusteeshipPatrol, TrusteeshipReading } from '../../../../shared/checkin/trusteeship'

/**
 * The SQL of trusteeships (房屋托管): the trusteeship rows, their readings and patrols. Readings
 * and patrols are append-only (migration 0014): a correction is a later row, so "the latest
 * reading" is the one with the highest id.
 */

export type TrusteeshipRow = typeof trusteeships.$inferSelect & { roomCode: string }

const rowColumns = {
  id: trusteeships.id,
  roomId: trusteeships.roomId,
  checkinId: trusteeships.checkinId,
  agreementSignedOn: trusteeships.agreementSignedOn,
  startedOn: trusteeships.startedOn,
  plannedTo: trusteeships.plannedTo,
  endedOn: trusteeships.endedOn,
  notes: trusteeships.notes,
  createdAt: trusteeships.createdAt,
  createdBy: trusteeships.createdBy,
  endedBy: trusteeships.endedBy,
  roomCode: rooms.code
}

export const trusteeshipById = (db: Db, trusteeshipId: number): TrusteeshipRow | undefined =>
  db
    .select(rowColumns)
    .from(trusteeships)
    .innerJoin(rooms, eq(rooms.id, trusteeships.roomId))
    .where(eq(trusteeships.id, trusteeshipId))
    .get()

/** Running ones (by room code), or all of them with the running first and the latest ended next. */
export function trusteeshipRows(db: Db, includeEnded: boolean): TrusteeshipRow[] {
  const base = db.select(rowColumns).from(trusteeships).innerJoin(rooms, eq(rooms.id, trusteeships.roomId))
  if (!includeEnded) return base.where(isNull(trusteeships.endedOn)).orderBy(asc(rooms.code)).all()
  return base.orderBy(sql`${trusteeships.endedOn} is not null`, desc(trusteeships.endedOn), asc(rooms.code)).all()
}

export const runningIdOfRoom = (db: Db, roomId: number): number | undefined =>
  db
    .select({ id: trusteeships.id })
    .from(trusteeships)
    .where(and(eq(trusteeships.roomId, roomId), isNull(trusteeships.endedOn)))
    .get()?.id

export interface NewTrusteeship {
  roomId: number
  checkinId: number | null
  agreementSignedOn: string
  startedOn: string
  plannedTo: string | null
  notes: string
  createdAt: string
  createdBy: number
}

export const insertTrusteeship = (db: Db, row: NewTrusteeship): number =>
  Number(db.insert(trusteeships).values(row).run().lastInsertRowid)

export function closeTrusteeship(db: Db, trusteeshipId: number, endedOn: string, endedBy: number): void {
  db.update(trusteeships).set({ endedOn, endedBy }).where(eq(trusteeships.id, trusteeshipId)).run()
}

export function addNote(db: Db, trusteeshipId: number, notes: string): void {
  db.update(trusteeships).set({ notes }).where(eq(trusteeships.id, trusteeshipId)).run()
}

export interface NewReading {
  kind: MeterKind
  readingCenti: number
  readOn: string
  phase: 'start' | 'check' | 'end'
}

export function insertReadings(
  db: Db,
  trusteeshipId: number,
  readings: readonly NewReading[],
  by: { at: string; staffId: number }
): void {
  if (readings.length === 0) return
  db.insert(trusteeshipReadings)
    .values(readings.map((r) => ({ ...r, trusteeshipId, createdAt: by.at, createdBy: by.staffId })))
    .run()
}

export interface NewPatrol {
  kind: PatrolKind
  patrolledOn: string
  patrolledBy: string
  findings: string
}

export function insertPatrol(db: Db, trusteeshipId: number, patrol: NewPatrol, by: { at: string; staffId: number }) {
  db.insert(trusteeshipPatrols)
    .values({ ...patrol, trusteeshipId, createdAt: by.at, createdBy: by.staffId })
    .run()
}

/** Every reading, oldest first. */
export const readingsOf = (db: Db, trusteeshipId: number): TrusteeshipReading[] =>
  db
    .select({
      id: trusteeshipReadings.id,
      kind: trusteeshipReadings.kind,
      readingCenti: trusteeshipReadings.readingCenti,
      readOn: trusteeshipReadings.readOn,
      phase: trusteeshipReadings.phase,
      staffName: staff.displayName
    })
    .from(trusteeshipReadings)
    .innerJoin(staff, eq(staff.id, trusteeshipReadings.createdBy))
    .where(eq(trusteeshipReadings.trusteeshipId, trusteeshipId))
    .orderBy(asc(trusteeshipReadings.id))
    .all()

/** Every patrol, latest first (the order the household page reads them). */
export const patrolsOf = (db: Db, trusteeshipId: number): TrusteeshipPatrol[] =>
  db
    .select({
      id: trusteeshipPatrols.id,
      kind: trusteeshipPatrols.kind,
      patrolledOn: trusteeshipPatrols.patrolledOn,
      patrolledBy: trusteeshipPatrols.patrolledBy,
      findings: trusteeshipPatrols.findings,
      staffName: staff.displayName
    })
    .from(trusteeshipPatrols)
    .innerJoin(staff, eq(staff.id, trusteeshipPatrols.createdBy))
    .where(eq(trusteeshipPatrols.trusteeshipId, trusteeshipId))
    .orderBy(desc(trusteeshipPatrols.patrolledOn), desc(trusteeshipPatrols.id))
    .all()

/** When the room was last handed over by a finished check-in (an ISO instant), and when its last trusteeship ended. */
export function handoverMarks(db: Db, roomId: number): { finishedAt: string | null; endedOn: string | null } {
  const finishedAt =
    db
      .select({ at: max(checkins.finishedAt) })
      .from(checkins)
      .where(and(eq(checkins.roomId, roomId), eq(checkins.status, 'done')))
      .get()?.at ?? null
  const endedOn =
    db
      .select({ on: max(trusteeships.endedOn) })
      .from(trusteeships)
      .where(and(eq(trusteeships.roomId, roomId), isNotNull(trusteeships.endedOn)))
      .get()?.on ?? null
  return { finishedAt, endedOn }
}

/** The meters the check-in's meters step read, or null while that step is not saved. */
export function savedMeterKinds(db: Db, checkinId: number): MeterKind[] | null {
  const row = db
    .select({ data: checkinSteps.data })
    .from(checkinSteps)
    .where(and(eq(checkinSteps.checkinId, checkinId), eq(checkinSteps.step, 'meters')))
    .get()
  if (!row) return null
  // The data was checked by the meters step's schema when saved.
  const saved = JSON.parse(row.data) as { readings: { kind: MeterKind }[] }
  return saved.readings.map((r) => r.kind)
}
