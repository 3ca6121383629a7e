import { eq, sql } from 'drizzle-orm'
import { staff } from '../../../../db/schema'
import type { Db } from '../../../../db/open'
import type { StaffRow } from '../../../../shared/foundation/staff'
import { AppError } from '../../core/errors'

export type StaffRecord = typeof staff.$inferSelect

export function findStaffByUsername(db: Db, username: string): StaffRecord | undefined {
  return db
    .select()
    .from(staff)
    .where(sql`lower(${staff.username}) = lower(${username})`)
    .get()
}

export function getStaff(db: Db, id: number): StaffRecord {
  const row = db.select().from(staff).where(eq(staff.id, id)).get()
  if (!row) throw new AppError('NOT_FOUND', {}, { entity: 'staff', id })
  return row
}

export function isLocked(record: StaffRecord, now: Date): boolean {
  return record.lockedUntil !== null && record.lockedUntil > now.toISOString()
}

export function toStaffRow(record: StaffRecord, now: Date): StaffRow {
  return {
    id: record.id,
    username: record.username,
    displayName: record.displayName,
    role: record.role,
    active: record.active,
    lockedUntil: isLocked(record, now) ? record.lockedUntil : null,
    mustChangePassword: record.mustChangePassword,
    createdAt: record.createdAt
  }
}
