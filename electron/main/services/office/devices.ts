import { desc, eq } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import { counters, officeDevices, staff } from '../../../../db/schema'
import type { Db } from '../../../../db/open'
import { api } from '../../../../shared/api'
import type { OfficeDeviceRow } from '../../../../shared/office/types'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'

export function listDevices(db: Db): OfficeDeviceRow[] {
  const pairedBy = alias(staff, 'paired_by')
  const revokedBy = alias(staff, 'revoked_by')
  return db
    .select({
      id: officeDevices.id,
      counterId: officeDevices.counterId,
      counterName: counters.name,
      pairedAt: officeDevices.pairedAt,
      pairedByName: pairedBy.displayName,
      lastSeenAt: officeDevices.lastSeenAt,
      revokedAt: officeDevices.revokedAt,
      revokedByName: revokedBy.displayName,
      revokeReason: officeDevices.revokeReason
    })
    .from(officeDevices)
    .innerJoin(counters, eq(counters.id, officeDevices.counterId))
    .innerJoin(pairedBy, eq(pairedBy.id, officeDevices.pairedBy))
    .leftJoin(revokedBy, eq(revokedBy.id, officeDevices.revokedBy))
    .orderBy(desc(officeDevices.id))
    .all()
}

const status = handle(api.office.status, {
  run(ctx) {
    return { server: ctx.env.office ?? null, devices: listDevices(ctx.db) }
  }
})

/** A revoked device is refused from its next call on; its counter, shifts and records stay. */
const revoke = handle(api.office.revoke, {
  run(ctx, input) {
    const session = ctx.requireSession()
    const device = listDevices(ctx.db).find((d) => d.id === input.deviceId)
    if (!device) throw new AppError('NOT_FOUND')
    if (device.revokedAt) return { deviceId: device.id, revokedAt: device.revokedAt }
    const revokedAt = ctx.now().toISOString()
    ctx.db
      .update(officeDevices)
      .set({ revokedAt, revokedBy: session.staffId, revokeReason: input.reason })
      .where(eq(officeDevices.id, device.id))
      .run()
    ctx.audit({
      entityType: 'device',
      entityId: device.id,
      summaryKey: 'audit.officeRevoked',
      summaryParams: { name: device.counterName, reason: input.reason }
    })
    return { deviceId: device.id, revokedAt }
  }
})

export const deviceHandlers = [status, revoke]
