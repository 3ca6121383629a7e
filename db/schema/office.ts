import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { counters, staff } from './staff'

/**
 * 多前台 (issue 14): the devices paired with this office server and what survives its restart.
 * A device is one counter PC (or the gate's browser); it holds a credential whose SHA-256 is kept
 * here, never the credential itself. A device is never deleted: revoking it keeps the row, so the
 * audit rows and shifts of that counter still name it.
 */
export const officeDevices = sqliteTable(
  'office_devices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    counterId: integer('counter_id')
      .notNull()
      .references(() => counters.id),
    credentialHash: text('credential_hash').notNull(),
    pairedAt: text('paired_at').notNull(),
    pairedBy: integer('paired_by')
      .notNull()
      .references(() => staff.id),
    revokedAt: text('revoked_at'),
    revokedBy: integer('revoked_by').references(() => staff.id),
    revokeReason: text('revoke_reason'),
    lastSeenAt: text('last_seen_at')
  },
  (t) => [
    // One working device per counter: a replaced PC is paired anew once the old one is revoked.
    uniqueIndex('office_devices_counter_uq')
      .on(t.counterId)
      .where(sql`${t.revokedAt} IS NULL`),
    index('office_devices_hash_idx').on(t.credentialHash)
  ]
)

/**
 * A one-time pairing code an administrator made for a counter name. Only its hash is kept; it
 * pairs once (used_at) and not after expires_at.
 */
export const officePairingCodes = sqliteTable('office_pairing_codes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  codeHash: text('code_hash').notNull(),
  counterName: text('counter_name').notNull(),
  createdBy: integer('created_by')
    .notNull()
    .references(() => staff.id),
  createdAt: text('created_at').notNull(),
  expiresAt: text('expires_at').notNull(),
  usedAt: text('used_at'),
  deviceId: integer('device_id').references(() => officeDevices.id)
})

/**
 * The office server's sessions, kept so that restarting the server (a crash, a kill -9) signs
 * nobody out and a mutation retried with its request id after the restart is still the same
 * person's. Keyed by the SHA-256 of the token; `data` is the session without its token.
 */
export const keptSessions = sqliteTable('kept_sessions', {
  tokenHash: text('token_hash').primaryKey(),
  data: text('data').notNull(),
  updatedAt: text('updated_at').notNull()
})
