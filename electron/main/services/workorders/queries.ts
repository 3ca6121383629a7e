import { and, asc, desc, eq, max, type SQL } from 'drizzle-orm'
import type { Db } from '../../../../db/open'
import { rooms, staff, workOrderEvents, workOrders } from '../../../../db/schema'
import type {
  WorkOrderEvent,
  WorkOrderSource,
  WorkOrderStatus,
  WorkOrderSummary
} from '../../../../shared/workorders/api'

/**
 * The SQL of work orders, all through drizzle's query builder: one order with its room and who
 * wrote it, its events, the list with its filters, and the writes. The order row is where the
 * order stands now; work_order_events (append-only, triggers of migration 0014) is how it got there.
 */

export type NewOrderRow = typeof workOrders.$inferInsert
export type NewEventRow = typeof workOrderEvents.$inferInsert

const summaryColumns = {
  id: workOrders.id,
  number: workOrders.number,
  roomId: workOrders.roomId,
  roomCode: rooms.code,
  source: workOrders.source,
  checkinId: workOrders.checkinId,
  location: workOrders.location,
  category: workOrders.category,
  description: workOrders.description,
  route: workOrders.route,
  status: workOrders.status,
  reinspectionAt: workOrders.reinspectionAt,
  createdAt: workOrders.createdAt,
  createdBy: staff.displayName,
  attachmentId: workOrders.attachmentId
}

type Row = Omit<WorkOrderSummary, 'status'> & { status: string; attachmentId: number | null }

// The column is plain text so issue 12 can add states; today's rows only ever hold these three.
const withStatus = (row: Row): Row & { status: WorkOrderStatus } => ({ ...row, status: row.status as WorkOrderStatus })

export function orderById(db: Db, workOrderId: number) {
  const row = db
    .select(summaryColumns)
    .from(workOrders)
    .innerJoin(rooms, eq(rooms.id, workOrders.roomId))
    .innerJoin(staff, eq(staff.id, workOrders.createdBy))
    .where(eq(workOrders.id, workOrderId))
    .get()
  return row && withStatus(row)
}

export type OrderRow = NonNullable<ReturnType<typeof orderById>>

export interface OrderFilter {
  roomId?: number
  status?: WorkOrderStatus
  source?: WorkOrderSource
  limit: number
}

/** Newest first: the list the counter works down. */
export function ordersWhere(db: Db, filter: OrderFilter): OrderRow[] {
  const where: SQL[] = []
  if (filter.roomId !== undefined) where.push(eq(workOrders.roomId, filter.roomId))
  if (filter.status) where.push(eq(workOrders.status, filter.status))
  if (filter.source) where.push(eq(workOrders.source, filter.source))
  return db
    .select(summaryColumns)
    .from(workOrders)
    .innerJoin(rooms, eq(rooms.id, workOrders.roomId))
    .innerJoin(staff, eq(staff.id, workOrders.createdBy))
    .where(and(...where))
    .orderBy(desc(workOrders.id))
    .limit(filter.limit)
    .all()
    .map(withStatus)
}

/** Oldest first, with who acted. */
export function eventsOf(db: Db, workOrderId: number): WorkOrderEvent[] {
  return db
    .select({
      id: workOrderEvents.id,
      kind: workOrderEvents.kind,
      at: workOrderEvents.at,
      staffName: staff.displayName,
      note: workOrderEvents.note,
      appointmentAt: workOrderEvents.appointmentAt,
      signedBy: workOrderEvents.signedBy
    })
    .from(workOrderEvents)
    .innerJoin(staff, eq(staff.id, workOrderEvents.staffId))
    .where(eq(workOrderEvents.workOrderId, workOrderId))
    .orderBy(asc(workOrderEvents.id))
    .all()
}

/** The year's highest sequence so far (0 before its first order). */
export function lastSequence(db: Db, year: number): number {
  const row = db
    .select({ last: max(workOrders.sequence) })
    .from(workOrders)
    .where(eq(workOrders.year, year))
    .get()
  return row?.last ?? 0
}

export function insertOrder(db: Db, row: NewOrderRow): number {
  return db.insert(workOrders).values(row).returning({ id: workOrders.id }).get().id
}

export function insertEvent(db: Db, row: NewEventRow): void {
  db.insert(workOrderEvents).values(row).run()
}

export function updateOrder(
  db: Db,
  workOrderId: number,
  set: Partial<Pick<NewOrderRow, 'status' | 'reinspectionAt'>>
): void {
  db.update(workOrders).set(set).where(eq(workOrders.id, workOrderId)).run()
}

export function orderIdsOfCheckin(db: Db, checkinId: number): number[] {
  return db
    .select({ id: workOrders.id })
    .from(workOrders)
    .where(eq(workOrders.checkinId, checkinId))
    .orderBy(asc(workOrders.id))
    .all()
    .map((r) => r.id)
}
