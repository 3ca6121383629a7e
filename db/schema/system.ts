import { sql } from 'drizzle-orm'
import { integer, sqliteTable, text, index } from 'drizzle-orm/sqlite-core'
import { counters, staff, shifts } from './staff'
import { rooms } from './estate'

/** Key-value settings of this installation (company, estate, this counter, idle lock…). Values are JSON. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull()
})

/** Gapless counters for every number a person sees; advanced inside the transaction of the row they number. */
export const sequences = sqliteTable('sequences', {
  name: text('name').primaryKey(),
  lastValue: integer('last_value').notNull().default(0)
})

/** Append-only: who did what, when, on which shift, approved by whom. Triggers refuse UPDATE and DELETE. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    staffId: integer('staff_id').references(() => staff.id),
    shiftId: integer('shift_id').references(() => shifts.id),
    approverId: integer('approver_id').references(() => staff.id),
    procedure: text('procedure').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    summaryKey: text('summary_key').notNull(),
    summaryParams: text('summary_params').notNull().default('{}'),
    requestId: text('request_id'),
    /** The room an event is about: the household timeline reads it. */
    roomId: integer('room_id').references(() => rooms.id),
    /** The counter the call came from (an office server serves several); null before issue 14. */
    counterId: integer('counter_id').references(() => counters.id),
    /** SHA-256 chained to the previous audit row (db/chain.ts). */
    hash: text('hash')
  },
  (t) => [
    index('audit_log_shift_idx').on(t.shiftId, t.id),
    index('audit_log_at_idx').on(t.at),
    index('audit_log_room_idx').on(t.roomId, t.id)
  ]
)

/** A mutation's first result, kept by its client request id, so a repeat returns it instead of acting twice. */
export const requestLog = sqliteTable('request_log', {
  requestId: text('request_id').primaryKey(),
  procedure: text('procedure').notNull(),
  staffId: integer('staff_id').references(() => staff.id),
  result: text('result').notNull(),
  at: text('at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)
})
