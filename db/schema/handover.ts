import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { rooms } from './estate'
import { counters, shifts, staff } from './staff'

/**
 * 交接班, 值班 and the front-desk ledger (客服前台台帐). Handovers, their prints and
 * acknowledgements, ledger events and reviews are append-only (migration 0019's triggers); a
 * ledger entry keeps its number, moment, shift and author and changes only where it stands.
 */

const SHIFT_KINDS = ['day', 'noon', 'night'] as const
const ROSTER_KINDS = ['day', 'noon', 'night', 'manager'] as const
const LEDGER_CHANNELS = ['phone', 'visit', 'letter', 'fax', 'other'] as const
const LEDGER_CATEGORIES = ['consult', 'repair', 'complaint', 'release', 'other'] as const
const LEDGER_STATUSES = ['open', 'answered', 'converted', 'closed'] as const
const LEDGER_EVENT_KINDS = ['created', 'answered', 'converted', 'closed', 'reopened', 'noted'] as const

/**
 * One handover record (交接班记录), numbered without gaps per counter and year (JB1-2026-000123).
 * It closes the outgoing shift and, unless a supervisor closed it alone, opens the incoming one.
 * `sheet` is the whole printed sheet as JSON (every section as counted), so a reprint shows
 * exactly what was signed. Never updated or deleted.
 */
export const handovers = sqliteTable(
  'handovers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    counterId: integer('counter_id')
      .notNull()
      .references(() => counters.id),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    number: text('number').notNull(),
    outgoingShiftId: integer('outgoing_shift_id')
      .notNull()
      .references(() => shifts.id),
    outgoingStaffId: integer('outgoing_staff_id')
      .notNull()
      .references(() => staff.id),
    /** Null when a supervisor closed the shift without a successor (`closedAloneBy`, `closeReason`). */
    incomingStaffId: integer('incoming_staff_id').references(() => staff.id),
    incomingShiftId: integer('incoming_shift_id').references(() => shifts.id),
    closedAloneBy: integer('closed_alone_by').references(() => staff.id),
    closeReason: text('close_reason').notNull().default(''),
    /** The covered time: from the previous handover of this counter (or its first shift) to now. */
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    cashExpectedFen: integer('cash_expected_fen').notNull(),
    cashCountedFen: integer('cash_counted_fen').notNull(),
    cashReason: text('cash_reason').notNull().default(''),
    /** Lines counted differently from what was expected (keys per cabinet, tools). */
    keyDifferences: integer('key_differences').notNull().default(0),
    toolDifferences: integer('tool_differences').notNull().default(0),
    cleaningOk: integer('cleaning_ok', { mode: 'boolean' }),
    cleaningNote: text('cleaning_note').notNull().default(''),
    notes: text('notes').notNull().default(''),
    notesImportant: integer('notes_important', { mode: 'boolean' }).notNull().default(false),
    /** JSON HandoverSheet (shared/handover/types.ts). */
    sheet: text('sheet').notNull(),
    /** The verified backup taken at the handover (its file name), or null with the reason in `backupProblem`. */
    backupFile: text('backup_file'),
    backupProblem: text('backup_problem').notNull().default(''),
    at: text('at').notNull()
  },
  (t) => [
    uniqueIndex('handovers_number_uq').on(t.number),
    uniqueIndex('handovers_sequence_uq').on(t.counterId, t.year, t.sequence),
    uniqueIndex('handovers_outgoing_uq').on(t.outgoingShiftId),
    index('handovers_counter_at_idx').on(t.counterId, t.at),
    check('handovers_sequence_ck', sql`${t.sequence} >= 1`),
    check('handovers_cash_ck', sql`${t.cashCountedFen} >= 0`),
    check(
      'handovers_successor_ck',
      sql`(${t.incomingStaffId} is not null and ${t.incomingShiftId} is not null and ${t.closedAloneBy} is null) or (${t.incomingStaffId} is null and ${t.incomingShiftId} is null and ${t.closedAloneBy} is not null and length(${t.closeReason}) > 0)`
    )
  ]
)

/**
 * The shifts a handover covers: its outgoing shift and any earlier closed shift of the counter no
 * handover covered yet (those closed by migration 0019). A shift is covered once (primary key).
 */
export const handoverShifts = sqliteTable(
  'handover_shifts',
  {
    shiftId: integer('shift_id')
      .primaryKey()
      .references(() => shifts.id),
    handoverId: integer('handover_id')
      .notNull()
      .references(() => handovers.id)
  },
  (t) => [index('handover_shifts_handover_idx').on(t.handoverId)]
)

/** Every print of a handover sheet: the first is the original, later ones are marked 副本 with their number. */
export const handoverPrints = sqliteTable(
  'handover_prints',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    handoverId: integer('handover_id')
      .notNull()
      .references(() => handovers.id),
    copyNumber: integer('copy_number').notNull(),
    printedAt: text('printed_at').notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id)
  },
  (t) => [uniqueIndex('handover_prints_copy_uq').on(t.handoverId, t.copyNumber)]
)

/** The incoming side read the previous handover's notes (工作台). Once per person and handover. */
export const handoverAcks = sqliteTable(
  'handover_acks',
  {
    handoverId: integer('handover_id')
      .notNull()
      .references(() => handovers.id),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    at: text('at').notNull()
  },
  (t) => [primaryKey({ columns: [t.handoverId, t.staffId] })]
)

/** 值班表: who is on which shift on a day, and the day's duty manager (总值班, kind 'manager'). A plan: rows may be removed. */
export const dutyRoster = sqliteTable(
  'duty_roster',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    day: text('day').notNull(),
    kind: text('kind', { enum: ROSTER_KINDS }).notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    note: text('note').notNull().default(''),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => staff.id)
  },
  (t) => [
    uniqueIndex('duty_roster_uq').on(t.day, t.kind, t.staffId),
    check('duty_roster_kind_ck', sql`${t.kind} in ('day','noon','night','manager')`)
  ]
)

/** 客服前台台帐 · 工作日志: one call, visit, letter or fax. Numbered without gaps per year (TZ2026-000123). */
export const ledgerEntries = sqliteTable(
  'ledger_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    number: text('number').notNull(),
    /** When the call or visit happened (defaults to now; may be earlier, never later). */
    at: text('at').notNull(),
    channel: text('channel', { enum: LEDGER_CHANNELS }).notNull(),
    callerName: text('caller_name').notNull().default(''),
    callerPhone: text('caller_phone').notNull().default(''),
    roomId: integer('room_id').references(() => rooms.id),
    category: text('category', { enum: LEDGER_CATEGORIES }).notNull(),
    content: text('content').notNull(),
    department: text('department').notNull().default(''),
    /** The answer promised by (a specialist question answered at the agreed time); null: nothing promised. */
    promisedAt: text('promised_at'),
    status: text('status', { enum: LEDGER_STATUSES }).notNull().default('open'),
    answer: text('answer').notNull().default(''),
    answeredAt: text('answered_at'),
    answeredBy: integer('answered_by').references(() => staff.id),
    /** What it became: a repair work order or a complaint, by id and number (the link both ways). */
    convertedKind: text('converted_kind', { enum: ['repair', 'complaint'] }),
    convertedId: integer('converted_id'),
    convertedNumber: text('converted_number'),
    shiftId: integer('shift_id')
      .notNull()
      .references(() => shifts.id),
    /** The kind of the shift it was written on: the night duty log (夜间值班记录表) is kind 'night'. */
    shiftKind: text('shift_kind', { enum: SHIFT_KINDS }).notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    createdAt: text('created_at').notNull()
  },
  (t) => [
    uniqueIndex('ledger_entries_number_uq').on(t.number),
    uniqueIndex('ledger_entries_sequence_uq').on(t.year, t.sequence),
    index('ledger_entries_at_idx').on(t.at),
    index('ledger_entries_open_idx')
      .on(t.promisedAt)
      .where(sql`${t.status} = 'open'`),
    index('ledger_entries_room_idx').on(t.roomId),
    index('ledger_entries_shift_idx').on(t.shiftId),
    check('ledger_entries_channel_ck', sql`${t.channel} in ('phone','visit','letter','fax','other')`),
    check('ledger_entries_category_ck', sql`${t.category} in ('consult','repair','complaint','release','other')`),
    check('ledger_entries_status_ck', sql`${t.status} in ('open','answered','converted','closed')`),
    check('ledger_entries_shift_kind_ck', sql`${t.shiftKind} in ('day','noon','night')`)
  ]
)

/** How an entry got where it stands. Append-only. */
export const ledgerEvents = sqliteTable(
  'ledger_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entryId: integer('entry_id')
      .notNull()
      .references(() => ledgerEntries.id),
    kind: text('kind', { enum: LEDGER_EVENT_KINDS }).notNull(),
    at: text('at').notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    shiftId: integer('shift_id').references(() => shifts.id),
    note: text('note').notNull().default(''),
    /** JSON facts of the step (the answer, the work order made, …). */
    details: text('details')
  },
  (t) => [index('ledger_events_entry_idx').on(t.entryId)]
)

/**
 * The ledger read: by the team lead each day (kind 'daily', period = the day) and by the department
 * head each week (kind 'weekly', period = the week's Monday), with the figures seen. Append-only.
 */
export const ledgerReviews = sqliteTable(
  'ledger_reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['daily', 'weekly'] }).notNull(),
    period: text('period').notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    at: text('at').notNull(),
    entries: integer('entries').notNull(),
    promised: integer('promised').notNull(),
    answeredOnTime: integer('answered_on_time').notNull(),
    note: text('note').notNull().default('')
  },
  (t) => [
    uniqueIndex('ledger_reviews_uq').on(t.kind, t.period),
    check('ledger_reviews_kind_ck', sql`${t.kind} in ('daily','weekly')`)
  ]
)

/** The office's duty and handover rules, one JSON document (shared/handover/settings.ts). */
export const handoverSettings = sqliteTable('handover_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull()
})
