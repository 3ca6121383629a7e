import { sql } from 'drizzle-orm'
import { check, integer, sqliteTable, text, uniqueIndex, index } from 'drizzle-orm/sqlite-core'

/** A counter (前台) of this office; this installation's own counter is named in settings. */
export const counters = sqliteTable('counters', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  createdAt: text('created_at').notNull()
})

/** Staff are never deleted: history keeps their names. Disable instead. */
export const staff = sqliteTable(
  'staff',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ['clerk', 'cashier', 'supervisor', 'manager', 'admin'] }).notNull(),
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
    check('staff_role_ck', sql`${t.role} in ('clerk','cashier','supervisor','manager','admin')`),
    check('staff_failed_ck', sql`${t.failedAttempts} >= 0`)
  ]
)

/**
 * A person's shift at a counter. Signing in opens one or resumes the open one; every record and
 * audit row carries it. The handover capability closes shifts.
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
    openedAt: text('opened_at').notNull(),
    closedAt: text('closed_at')
  },
  (t) => [
    uniqueIndex('shifts_one_open_uq')
      .on(t.staffId, t.counterId)
      .where(sql`${t.closedAt} is null`),
    index('shifts_counter_idx').on(t.counterId, t.openedAt)
  ]
)
