import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { staff } from './staff'
import { attachments, rooms } from './estate'

export const WORK_ORDER_SOURCES = ['checkin', 'counter', 'phone'] as const
export const WORK_ORDER_ROUTES = ['developer', 'maintenance'] as const
export const WORK_ORDER_EVENT_KINDS = ['created', 'completed', 'reinspectionBooked', 'accepted'] as const

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
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => staff.id)
  },
  (t) => [
    index('work_orders_room_idx').on(t.roomId),
    index('work_orders_status_idx').on(t.status),
    index('work_orders_year_seq_idx').on(t.year, t.sequence)
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
    signedBy: text('signed_by')
  },
  (t) => [index('work_order_events_order_idx').on(t.workOrderId)]
)
