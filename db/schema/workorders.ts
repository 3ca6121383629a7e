import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { staff } from './staff'
import { attachments, rooms } from './estate'
import {
  WORK_ORDER_EVENT_KINDS,
  WORK_ORDER_KINDS,
  WORK_ORDER_ROUTES,
  WORK_ORDER_SOURCES
} from '../../shared/workorders/api'
import { SERVICE_ITEM_CATEGORIES } from '../../shared/workorders/repairs-api'

/**
 * 维修工作单. `number` is gapless per year (WX2026-000001: the year's highest plus one, inside the
 * immediate transaction that writes it; orders are never deleted). The row holds where the order
 * stands now; how it got there is in work_order_events (append-only). `status` is plain text so the
 * repairs capability can add its states without rebuilding the table.
 */
export const workOrders = sqliteTable(
  'work_orders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    number: text('number').notNull().unique(),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id),
    source: text('source', { enum: WORK_ORDER_SOURCES }).notNull(),
    /** The check-in whose inspection found the defect (source 'checkin'). */
    checkinId: integer('checkin_id'),
    location: text('location').notNull(),
    category: text('category').notNull(),
    description: text('description').notNull(),
    attachmentId: integer('attachment_id').references(() => attachments.id),
    route: text('route', { enum: WORK_ORDER_ROUTES }).notNull(),
    status: text('status').notNull(),
    reinspectionAt: text('reinspection_at'),
    /** Issue 12 (migration 0017): repairs from the counter and the phone, paid services. */
    kind: text('kind', { enum: WORK_ORDER_KINDS }).notNull().default('repair'),
    reporter: text('reporter'),
    contact: text('contact'),
    /** The resident's convenient time, in their words ("周六上午"). */
    preferredTime: text('preferred_time'),
    /** A call on the 24-hour line that needs someone on site at once. */
    urgent: integer('urgent', { mode: 'boolean' }).notNull().default(false),
    /** 'free' (in warranty or the office's own) or 'paid' (有偿: quote agreed by the resident). */
    charge: text('charge', { enum: ['free', 'paid'] })
      .notNull()
      .default('free'),
    partsFen: integer('parts_fen'),
    labourFen: integer('labour_fen'),
    quoteAgreedBy: text('quote_agreed_by'),
    serviceItemId: integer('service_item_id').references(() => serviceItems.id),
    quantityCenti: integer('quantity_centi'),
    approvalRequired: integer('approval_required', { mode: 'boolean' }).notNull().default(false),
    approvedBy: integer('approved_by').references(() => staff.id),
    approvedAt: text('approved_at'),
    assignee: text('assignee'),
    appointmentAt: text('appointment_at'),
    dispatchedAt: text('dispatched_at'),
    arrivedAt: text('arrived_at'),
    completedAt: text('completed_at'),
    /** 渗漏水: the local date of the leak test (试漏); the follow-up counts from it. */
    leakTestOn: text('leak_test_on'),
    workDone: text('work_done'),
    materials: text('materials'),
    signedBy: text('signed_by'),
    signedAt: text('signed_at'),
    visitedAt: text('visited_at'),
    visitResult: text('visit_result', { enum: ['satisfied', 'unsatisfied'] }),
    reworkCount: integer('rework_count').notNull().default(0),
    closedAt: text('closed_at'),
    /** How a paid order is settled: a receipt at the counter, or on the room's monthly account. */
    settlement: text('settlement', { enum: ['receipt', 'account'] }),
    /** The fees capability's receivable for the paid order (settled by a normal receipt). */
    receivableId: integer('receivable_id'),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => staff.id)
  },
  (t) => [
    index('work_orders_room_idx').on(t.roomId),
    index('work_orders_status_idx').on(t.status),
    index('work_orders_year_seq_idx').on(t.year, t.sequence),
    index('work_orders_created_idx').on(t.createdAt)
  ]
)

/** Each change of a work order, never changed or deleted. */
export const workOrderEvents = sqliteTable(
  'work_order_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    workOrderId: integer('work_order_id')
      .notNull()
      .references(() => workOrders.id),
    kind: text('kind', { enum: WORK_ORDER_EVENT_KINDS }).notNull(),
    at: text('at').notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    note: text('note').notNull().default(''),
    appointmentAt: text('appointment_at'),
    signedBy: text('signed_by'),
    /** The step's own facts as JSON (assignee, arrival, visit result, …): what the row was told. */
    details: text('details')
  },
  (t) => [index('work_order_events_order_idx').on(t.workOrderId)]
)

/**
 * 有偿服务、便民服务、委托服务: the published list with prices (printable for the notice board).
 * An order copies the price it was agreed at, so a later change of the list rewrites nothing.
 * `priceFen` null = 面议 (agreed case by case).
 */
export const serviceItems = sqliteTable('service_items', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  category: text('category', { enum: SERVICE_ITEM_CATEGORIES }).notNull(),
  unit: text('unit').notNull(),
  priceFen: integer('price_fen'),
  needsApproval: integer('needs_approval', { mode: 'boolean' }).notNull().default(false),
  note: text('note').notNull().default(''),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  sortKey: integer('sort_key').notNull().default(0),
  createdAt: text('created_at').notNull()
})

/** The repairs and complaints settings (categories, deadline rules, teams), one JSON document per key. */
export const workorderSettings = sqliteTable('workorder_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull()
})
