import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { staff } from './staff'
import { rooms } from './estate'
import { COMPLAINT_CHANNELS, COMPLAINT_EVENT_KINDS, COMPLAINT_SEVERITIES } from '../../shared/workorders/complaints-api'

/**
 * 客户投诉登记表. `number` is gapless per year (TS2026-000001), like work orders. The row holds where
 * the complaint stands; complaint_events (append-only, migration 0017's triggers) how it got there.
 * A complaint found invalid is still recorded and answered (`invalid` with the reason).
 */
export const complaints = sqliteTable(
  'complaints',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    number: text('number').notNull().unique(),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    channel: text('channel', { enum: COMPLAINT_CHANNELS }).notNull(),
    customer: text('customer').notNull(),
    contact: text('contact').notNull().default(''),
    /** The customer's room; null for a visitor or passer-by. */
    roomId: integer('room_id').references(() => rooms.id),
    occurredAt: text('occurred_at').notNull(),
    place: text('place').notNull().default(''),
    /** The person or department complained of. */
    subject: text('subject').notNull().default(''),
    /** The department the work-contact slip (工作联系单) goes to. */
    department: text('department').notNull().default(''),
    description: text('description').notNull(),
    request: text('request').notNull().default(''),
    category: text('category').notNull(),
    severity: text('severity', { enum: COMPLAINT_SEVERITIES }).notNull(),
    /** 一般: the customer's own deadline (local date), when earlier than the rule's. */
    customerDeadline: text('customer_deadline'),
    status: text('status').notNull(),
    escalatedTo: text('escalated_to'),
    escalatedAt: text('escalated_at'),
    answeredAt: text('answered_at'),
    plan: text('plan'),
    planCostFen: integer('plan_cost_fen'),
    result: text('result'),
    invalid: integer('invalid', { mode: 'boolean' }).notNull().default(false),
    resolvedAt: text('resolved_at'),
    reply: text('reply'),
    repliedAt: text('replied_at'),
    closedAt: text('closed_at'),
    visitedAt: text('visited_at'),
    visitResult: text('visit_result', { enum: ['satisfied', 'unsatisfied'] }),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => staff.id)
  },
  (t) => [
    index('complaints_room_idx').on(t.roomId),
    index('complaints_status_idx').on(t.status),
    index('complaints_year_seq_idx').on(t.year, t.sequence),
    index('complaints_created_idx').on(t.createdAt),
    check('complaints_cost_ck', sql`coalesce(${t.planCostFen}, 0) >= 0`)
  ]
)

/** Each step of a complaint, never changed or deleted. */
export const complaintEvents = sqliteTable(
  'complaint_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    complaintId: integer('complaint_id')
      .notNull()
      .references(() => complaints.id),
    kind: text('kind', { enum: COMPLAINT_EVENT_KINDS }).notNull(),
    at: text('at').notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    note: text('note').notNull().default(''),
    /** The step's own facts as JSON (to whom, the cost, how the reply went, …). */
    details: text('details')
  },
  (t) => [index('complaint_events_complaint_idx').on(t.complaintId)]
)
