import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { counters, shifts, staff } from './staff'
import { rooms } from './estate'
import { receivables } from './fees'

/**
 * The receipts side of fees: series, receipts with their lines and payments, voids, prints and the
 * pre-printed paper books. fees.ts and this file refer to each other only inside `references`
 * callbacks, which drizzle calls after both modules have loaded.
 */

export const PAYMENT_METHODS = ['cash', 'wechat', 'alipay', 'card', 'transfer', 'other'] as const

/** A receipt series of one counter: `SJ2026` + 6 digits, numbered without gaps. */
export const receiptSeries = sqliteTable(
  'receipt_series',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    counterId: integer('counter_id')
      .notNull()
      .references(() => counters.id),
    prefix: text('prefix').notNull(),
    lastNumber: integer('last_number').notNull().default(0),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: text('created_at').notNull()
  },
  (t) => [uniqueIndex('receipt_series_prefix_uq').on(t.prefix)]
)

/** 收款收据. Append-only: a mistake is voided (receipt_voids), money returned by a refund receipt. */
export const receipts = sqliteTable(
  'receipts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    seriesId: integer('series_id')
      .notNull()
      .references(() => receiptSeries.id),
    number: integer('number').notNull(),
    code: text('code').notNull(),
    kind: text('kind', { enum: ['payment', 'refund'] }).notNull(),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id),
    payerName: text('payer_name').notNull(),
    payerPhone: text('payer_phone'),
    totalFen: integer('total_fen').notNull(),
    issuedAt: text('issued_at').notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    shiftId: integer('shift_id')
      .notNull()
      .references(() => shifts.id),
    approverId: integer('approver_id').references(() => staff.id),
    refersTo: integer('refers_to'),
    remarks: text('remarks').notNull().default(''),
    /** SHA-256 chained to the series' previous receipt, lines and payments included (db/chain.ts). */
    hash: text('hash')
  },
  (t) => [
    uniqueIndex('receipts_series_number_uq').on(t.seriesId, t.number),
    uniqueIndex('receipts_code_uq').on(t.code),
    index('receipts_room_idx').on(t.roomId),
    index('receipts_issued_idx').on(t.issuedAt),
    index('receipts_shift_idx').on(t.shiftId),
    // A receipt's refunds are looked up on every receipt listing (the 退押金 button) and void.
    index('receipts_refers_to_idx').on(t.refersTo)
  ]
)

export const receiptLines = sqliteTable(
  'receipt_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    receiptId: integer('receipt_id')
      .notNull()
      .references(() => receipts.id),
    receivableId: integer('receivable_id').references(() => receivables.id),
    itemName: text('item_name').notNull(),
    category: text('category').notNull(),
    periodLabel: text('period_label').notNull().default(''),
    priceE4: integer('price_e4'),
    quantityCenti: integer('quantity_centi'),
    months: integer('months'),
    amountFen: integer('amount_fen').notNull()
  },
  (t) => [index('receipt_lines_receipt_idx').on(t.receiptId), index('receipt_lines_receivable_idx').on(t.receivableId)]
)

export const payments = sqliteTable(
  'payments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    receiptId: integer('receipt_id')
      .notNull()
      .references(() => receipts.id),
    method: text('method', { enum: PAYMENT_METHODS }).notNull(),
    amountFen: integer('amount_fen').notNull(),
    tenderedFen: integer('tendered_fen'),
    changeFen: integer('change_fen')
  },
  (t) => [index('payments_receipt_idx').on(t.receiptId)]
)

export const receiptVoids = sqliteTable(
  'receipt_voids',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    receiptId: integer('receipt_id')
      .notNull()
      .unique()
      .references(() => receipts.id),
    reason: text('reason').notNull(),
    voidedAt: text('voided_at').notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    shiftId: integer('shift_id').references(() => shifts.id),
    approverId: integer('approver_id').references(() => staff.id),
    /** SHA-256 chained to the previous void (db/chain.ts). */
    hash: text('hash')
  },
  // The handover's money section reads the voids of its shifts.
  (t) => [index('receipt_voids_shift_idx').on(t.shiftId)]
)

/** Every time a receipt went to paper: the original (copy 0) and each 补打 (copy n). */
export const receiptPrints = sqliteTable(
  'receipt_prints',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    receiptId: integer('receipt_id')
      .notNull()
      .references(() => receipts.id),
    copyNumber: integer('copy_number').notNull(),
    template: text('template').notNull(),
    paperNumber: text('paper_number'),
    pdfFile: text('pdf_file'),
    printedAt: text('printed_at').notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id)
  },
  (t) => [uniqueIndex('receipt_prints_copy_uq').on(t.receiptId, t.copyNumber)]
)

/** Pre-printed numbered forms (收据本): every paper number is used once, or spoiled with a reason. */
export const paperBooks = sqliteTable('paper_books', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  label: text('label').notNull(),
  fromNumber: integer('from_number').notNull(),
  toNumber: integer('to_number').notNull(),
  holderId: integer('holder_id').references(() => staff.id),
  registeredAt: text('registered_at').notNull(),
  registeredBy: integer('registered_by').references(() => staff.id)
})

export const paperUses = sqliteTable(
  'paper_uses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    bookId: integer('book_id')
      .notNull()
      .references(() => paperBooks.id),
    paperNumber: integer('paper_number').notNull(),
    status: text('status', { enum: ['used', 'spoiled'] }).notNull(),
    printId: integer('print_id').references(() => receiptPrints.id),
    reason: text('reason'),
    at: text('at').notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id)
  },
  (t) => [uniqueIndex('paper_uses_number_uq').on(t.bookId, t.paperNumber)]
)
