import { sql } from 'drizzle-orm'
import { check, integer, sqliteTable, text, uniqueIndex, index } from 'drizzle-orm/sqlite-core'

/** A counter (前台) of this office; this installation's own counter is named in settings. */
export const counters = sqliteTable('counters', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  createdAt: text('created_at').notNull(),
  /**
   * This counter's receipt prefix ('SJ2-{year}'); null: the installation's setting. A counter paired
   * with the office server gets its own, since every receipt series is one counter's (gapless without
   * a round trip to anyone else).
   */
  receiptPrefix: text('receipt_prefix')
})

/** Staff are never deleted: history keeps their names. Disable instead. */
export const staff = sqliteTable(
  'staff',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ['clerk', 'cashier', 'supervisor', 'manager', 'admin', 'night'] }).notNull(),
    passwordHash: text('password_hash').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: text('locked_until'),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    locale: text('locale', { enum: ['zh-CN', 'zh-TW', 'en'] })
      .notNull()
      .default('zh-CN'),
    createdAt: text('created_at').notNull()
  },
  (t) => [
    uniqueIndex('staff_username_uq').on(sql`lower(${t.username})`),
    check('staff_role_ck', sql`${t.role} in ('clerk','cashier','supervisor','manager','admin','night')`),
    check('staff_failed_ck', sql`${t.failedAttempts} >= 0`)
  ]
)

/**
 * A counter's shift (班次): one open at a time per counter, held by the person who opened it.
 * Signing in opens one when the counter has none, or joins the open one (a colleague, the
 * supervisor, the holder after a restart); every record and audit row carries it. Only a handover
 * (交接班) closes it, and the incoming person's shift opens in the same transaction.
 */
export const shifts = sqliteTable(
  'shifts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    counterId: integer('counter_id')
      .notNull()
      .references(() => counters.id),
    /** 白班, 午间值班 or 夜班: from the settings' times at the moment it opened (handover/shift-kinds). */
    kind: text('kind', { enum: ['day', 'noon', 'night'] })
      .notNull()
      .default('day'),
    openedAt: text('opened_at').notNull(),
    closedAt: text('closed_at')
  },
  (t) => [
    uniqueIndex('shifts_open_per_counter_uq')
      .on(t.counterId)
      .where(sql`${t.closedAt} is null`),
    check('shifts_kind_ck', sql`${t.kind} in ('day','noon','night')`),
    index('shifts_counter_idx').on(t.counterId, t.openedAt)
  ]
)
