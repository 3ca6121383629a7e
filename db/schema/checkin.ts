import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { staff } from './staff'
import { rooms } from './estate'

export const CHECKIN_CASES = ['owner', 'agent', 'company'] as const
export const CHECKIN_STATUSES = ['open', 'done', 'cancelled'] as const
export const METER_KINDS = ['water', 'electricity', 'gas'] as const
export const PATROL_KINDS = ['weekly', 'beforeRain', 'afterRain'] as const

/** The office's check-in settings (one JSON document under a key; shared/checkin/settings.ts). */
export const checkinSettings = sqliteTable('checkin_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull()
})

/** 入住办理: one per room at a time while open; finished or cancelled, it stays as the record. */
export const checkins = sqliteTable(
  'checkins',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id),
    case: text('case', { enum: CHECKIN_CASES }),
    status: text('status', { enum: CHECKIN_STATUSES }).notNull(),
    startedAt: text('started_at').notNull(),
    startedBy: integer('started_by')
      .notNull()
      .references(() => staff.id),
    lastSavedAt: text('last_saved_at').notNull(),
    finishedAt: text('finished_at'),
    finishedBy: integer('finished_by').references(() => staff.id),
    outcome: text('outcome', { enum: ['occupied', 'trusteeship'] }),
    cancelReason: text('cancel_reason')
  },
  (t) => [
    // One open check-in per room: a second clerk resumes the first instead of starting over.
    uniqueIndex('checkins_open_room_uq')
      .on(t.roomId)
      .where(sql`${t.status} = 'open'`),
    index('checkins_started_idx').on(t.startedAt),
    index('checkins_room_idx').on(t.roomId)
  ]
)

/**
 * Each step's data as entered (JSON checked by the step's schema), saved on every move and pause.
 * A draft is overwritten while the check-in is open; a trigger freezes it once the check-in closes.
 */
export const checkinSteps = sqliteTable(
  'checkin_steps',
  {
    checkinId: integer('checkin_id')
      .notNull()
      .references(() => checkins.id),
    step: text('step').notNull(),
    data: text('data').notNull(),
    complete: integer('complete', { mode: 'boolean' }).notNull(),
    savedAt: text('saved_at').notNull(),
    savedBy: integer('saved_by')
      .notNull()
      .references(() => staff.id)
  },
  (t) => [primaryKey({ columns: [t.checkinId, t.step] })]
)

/** 房屋托管: a home in the office's care until the owner moves in; one running per room. */
export const trusteeships = sqliteTable(
  'trusteeships',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id),
    checkinId: integer('checkin_id').references(() => checkins.id),
    agreementSignedOn: text('agreement_signed_on').notNull(),
    startedOn: text('started_on').notNull(),
    plannedTo: text('planned_to'),
    endedOn: text('ended_on'),
    notes: text('notes').notNull().default(''),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => staff.id),
    endedBy: integer('ended_by').references(() => staff.id)
  },
  (t) => [
    uniqueIndex('trusteeships_running_room_uq')
      .on(t.roomId)
      .where(sql`${t.endedOn} is null`)
  ]
)

/** Meter readings of a trusteeship home: at the start, at checks, at the end. Append-only. */
export const trusteeshipReadings = sqliteTable(
  'trusteeship_readings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    trusteeshipId: integer('trusteeship_id')
      .notNull()
      .references(() => trusteeships.id),
    kind: text('kind', { enum: METER_KINDS }).notNull(),
    readingCenti: integer('reading_centi').notNull(),
    readOn: text('read_on').notNull(),
    phase: text('phase', { enum: ['start', 'check', 'end'] }).notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => staff.id)
  },
  (t) => [index('trusteeship_readings_idx').on(t.trusteeshipId, t.kind, t.id)]
)

/** Outside patrols of a trusteeship home (weekly, before and after heavy rain). Append-only. */
export const trusteeshipPatrols = sqliteTable(
  'trusteeship_patrols',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    trusteeshipId: integer('trusteeship_id')
      .notNull()
      .references(() => trusteeships.id),
    kind: text('kind', { enum: PATROL_KINDS }).notNull(),
    patrolledOn: text('patrolled_on').notNull(),
    patrolledBy: text('patrolled_by').notNull(),
    findings: text('findings').notNull().default(''),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => staff.id)
  },
  (t) => [index('trusteeship_patrols_idx').on(t.trusteeshipId, t.patrolledOn)]
)
