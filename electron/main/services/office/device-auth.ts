import { eq } from 'drizzle-orm'
import { officeDevices } from '../../../../db/schema'
import type { Store } from '../../../../db/open'
import { localDateTime } from '../../../../shared/kernel/calendar'
import type { CallOrigin } from '../../core/context'
import { AppError } from '../../core/errors'
import { writeAudit } from '../foundation/audit'
import { credentialHash, parseCredential, sameHex } from './credentials'

/** A refusal is written to the audit log at most this often per reason and address (a wrong PC retrying every second). */
const REFUSAL_LOG_MS = 60_000
/** last_seen_at is written at most this often per device. */
const SEEN_WRITE_MS = 60_000

export interface DeviceGate {
  /** The paired counter a device credential stands for, or the refusal (already logged). */
  check(credential: string | undefined, address: string): CallOrigin | AppError
}

/**
 * The office server's check of every request's device credential (the `Authorization: Device …`
 * header), before the call reaches the router. Unknown devices, wrong credentials and revoked
 * counters are refused and logged with the address they came from.
 */
export function createDeviceGate(store: Store, now: () => Date): DeviceGate {
  const lastRefusal = new Map<string, number>()
  const lastSeen = new Map<number, number>()
  const byId = store.sqlite.prepare(
    'SELECT id, counter_id AS counterId, credential_hash AS hash, revoked_at AS revokedAt FROM office_devices WHERE id = ?'
  )

  function refuse(reason: 'unknown' | 'revoked', address: string, deviceId?: number, at?: string): AppError {
    const key = `${reason}|${address}|${deviceId ?? ''}`
    const t = now().getTime()
    if ((lastRefusal.get(key) ?? -Infinity) + REFUSAL_LOG_MS <= t) {
      lastRefusal.set(key, t)
      store.sqlite
        .transaction(() =>
          writeAudit(store.db, {
            at: now(),
            procedure: 'office.connect',
            entityType: 'device',
            ...(deviceId === undefined ? {} : { entityId: deviceId }),
            summaryKey: 'audit.officeRefused',
            summaryParams: { reason: `office.refused.${reason}`, address }
          })
        )
        .immediate()
    }
    return reason === 'revoked'
      ? new AppError('DEVICE_REVOKED', { at: localDateTime(at!) })
      : new AppError('DEVICE_UNKNOWN')
  }

  function seen(deviceId: number): void {
    const t = now().getTime()
    if ((lastSeen.get(deviceId) ?? -Infinity) + SEEN_WRITE_MS > t) return
    lastSeen.set(deviceId, t)
    store.db.update(officeDevices).set({ lastSeenAt: now().toISOString() }).where(eq(officeDevices.id, deviceId)).run()
  }

  return {
    check(credential, address) {
      const parsed = parseCredential(credential)
      if (!parsed) return refuse('unknown', address)
      const row = byId.get(parsed.deviceId) as
        { id: number; counterId: number; hash: string; revokedAt: string | null } | undefined
      if (!row || !sameHex(row.hash, credentialHash(parsed.secret))) return refuse('unknown', address, parsed.deviceId)
      if (row.revokedAt) return refuse('revoked', address, row.id, row.revokedAt)
      seen(row.id)
      return { counterId: row.counterId, deviceId: row.id }
    }
  }
}
