import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { staff } from './staff'
import { rooms } from './estate'
import { receiptVoids } from './fees-receipts'

export const FEE_CATEGORIES = [
  'property',
  'water',
  'electricity',
  'gas',
  'parking',
  'garbage',
  'renovationDeposit',
  'paidService',
  'other'
] as const
export const FEE_METHODS = ['perArea', 'fixedMonthly', 'metered', 'oneOffFixed', 'oneOffPerArea', 'deposit'] as const

/**
 * 收费项目. How a line is computed: price × quantity × months × percent, where the price is in
 * ten-thousandths of a yuan (price_e4: 1.85 元 = 18500) and quantities in hundredths (area in
 * centi-m², meter usage in centi-units, a count of 1 = 100), rounded half-up to the fen.
 */
export const feeItems = sqliteTable('fee_items', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  category: text('category', { enum: FEE_CATEGORIES }).notNull(),
  method: text('method', { enum: FEE_METHODS }).notNull(),
  roomTypes: text('room_types').notNull().default('["residence"]'),
  dueDay: integer('due_day').notNull().default(20),
  /** Rooms in trusteeship pay this share (物业费 70 %); 100 for everything else. */
  trusteeshipPercent: integer('trusteeship_percent').notNull().default(100),
  meterKind: text('meter_kind', { enum: ['water', 'electricity', 'gas'] }),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  sortKey: integer('sort_key').notNull().default(0),
  createdAt: text('created_at').notNull()
})

/** A price from a date: a change applies from its date without rewriting history. */
export const feeRates = sqliteTable(
  'fee_rates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    itemId: integer('item_id')
      .notNull()
      .references(() => feeItems.id),
    priceE4: integer('price_e4').notNull(),
    effectiveFrom: text('effective_from').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => staff.id)
  },
  (t) => [
    uniqueIndex('fee_rates_item_from_uq').on(t.itemId, t.effectiveFrom),
    check('fee_rates_price_ck', sql`${t.priceE4} >= 0`)
  ]
)

/** 应收: one charge for one room, item and period. Paid when a valid receipt line settles it. */
export const receivables = sqliteTable(
  'receivables',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id),
    itemId: integer('item_id')
      .notNull()
      .references(() => feeItems.id),
    /** 'YYYY-MM' for monthly charges; null for one-offs and meter readings (they carry from/to). */
    period: text('period'),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    quantityCenti: integer('quantity_centi').notNull(),
    priceE4: integer('price_e4').notNull(),
    months: integer('months').notNull().default(1),
    percent: integer('percent').notNull().default(100),
    amountFen: integer('amount_fen').notNull(),
    dueOn: text('due_on').notNull(),
    source: text('source', { enum: ['billing', 'prepay', 'meter', 'adhoc'] }).notNull(),
    note: text('note').notNull().default(''),
    /** The receipt that settled it; cleared again when that receipt is voided. */
    paidReceiptId: integer('paid_receipt_id'),
    /**
     * 已取消: set (once, never cleared) when the void of the receipt that created this prepaid month
     * takes it back; the room then owes it only when billing reaches the month. Triggers guard it.
     */
    cancelledVoidId: integer('cancelled_void_id').references(() => receiptVoids.id),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => staff.id)
  },
  (t) => [
    uniqueIndex('receivables_monthly_uq')
      .on(t.roomId, t.itemId, t.period)
      // A cancelled prepaid month does not hold its period: billing may bill it again.
      .where(sql`${t.period} is not null and ${t.cancelledVoidId} is null`),
    index('receivables_room_idx').on(t.roomId, t.paidReceiptId),
    index('receivables_due_idx').on(t.paidReceiptId, t.dueOn),
    // The ledger (reports.ledger) sums these per month, item and building's run of room ids:
    // one short range each (services/fees/queries.ts). The month is the period, or a one-off's start.
    index('receivables_ledger_idx')
      .on(sql`coalesce(${t.period}, substr(${t.periodFrom}, 1, 7))`, t.itemId, t.roomId, t.amountFen, t.cancelledVoidId)
      .where(sql`${t.cancelledVoidId} is null`),
    index('receivables_ledger_unpaid_idx')
      .on(
        sql`coalesce(${t.period}, substr(${t.periodFrom}, 1, 7))`,
        t.itemId,
        t.roomId,
        t.dueOn,
        t.amountFen,
        t.paidReceiptId,
        t.cancelledVoidId
      )
      .where(sql`${t.paidReceiptId} is null and ${t.cancelledVoidId} is null`),
    check('receivables_amount_ck', sql`${t.amountFen} >= 0 and ${t.amountFen} <= 10000000000`)
  ]
)

export const meterReadings = sqliteTable(
  'meter_readings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id),
    kind: text('kind', { enum: ['water', 'electricity', 'gas'] }).notNull(),
    readingCenti: integer('reading_centi').notNull(),
    previousCenti: integer('previous_centi'),
    readOn: text('read_on').notNull(),
    /** A new meter starts again from its own reading: the lower number is not an error then. */
    replacement: integer('replacement', { mode: 'boolean' }).notNull().default(false),
    receivableId: integer('receivable_id').references(() => receivables.id),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => staff.id)
  },
  (t) => [index('meter_readings_room_idx').on(t.roomId, t.kind, t.id)]
)

/** 催缴: each reminder with its outcome and the next step. */
export const reminders = sqliteTable(
  'reminders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id),
    kind: text('kind', { enum: ['phone', 'sms', 'letter', 'visit', 'legal'] }).notNull(),
    outcome: text('outcome').notNull(),
    nextStep: text('next_step').notNull().default(''),
    amountFen: integer('amount_fen').notNull(),
    at: text('at').notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id)
  },
  (t) => [index('reminders_room_idx').on(t.roomId, t.at)]
)
