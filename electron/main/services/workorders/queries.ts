import { and, asc, desc, eq, max, ne, notInArray, or, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { Db } from '../../../../db/open'
import { rooms, serviceItems, staff, workOrderEvents, workOrders } from '../../../../db/schema'
import type { WorkOrderEvent, WorkOrderKind, WorkOrderSource, WorkOrderStatus } from '../../../../shared/workorders/api'

/**
 * The SQL of work orders, all through drizzle's query builder: one order with its room and who
 * wrote it, its events, the list with its filters, and the writes. The order row is where the
 * order stands now; work_order_events (append-only, triggers of migration 0014) is how it got there.
 */

export type NewOrderRow = typeof workOrders.$inferInsert
export type NewEventRow = typeof workOrderEvents.$inferInsert

/** The start of the current cycle: the last rework's time (null before any), without loading the events. */
const lastReworkAt = sql<
  string | null
>`(SELECT max(e.at) FROM work_order_events e WHERE e.work_order_id = ${workOrders.id} AND e.kind = 'rework')`

const approver = alias(staff, 'approver')

const rowColumns = {
  order: workOrders,
  roomCode: rooms.code,
  createdByName: staff.displayName,
  serviceItemName: serviceItems.name,
  serviceItemUnit: serviceItems.unit,
  serviceItemPriceFen: serviceItems.priceFen,
  approvedByName: approver.displayName,
  lastReworkAt
}

type SelectedRow = {
  order: typeof workOrders.$inferSelect
  roomCode: string
  createdByName: string
  serviceItemName: string | null
  serviceItemUnit: string | null
  serviceItemPriceFen: number | null
  approvedByName: string | null
  lastReworkAt: string | null
}

/** A work order row with its room's code, its author, its service item and its cycle's start. */
export type OrderRow = typeof workOrders.$inferSelect & {
  status: WorkOrderStatus
  roomCode: string
  createdByName: string
  serviceItem: { id: number; name: string; unit: string; priceFen: number | null } | null
  approvedByName: string | null
  lastReworkAt: string | null
}

// The column is plain text so the states could grow without rebuilding the table.
function toOrderRow(row: SelectedRow): OrderRow {
  const { order } = row
  return {
    ...order,
    status: order.status as WorkOrderStatus,
    roomCode: row.roomCode,
    createdByName: row.createdByName,
    serviceItem:
      order.serviceItemId !== null && row.serviceItemName !== null
        ? {
            id: order.serviceItemId,
            name: row.serviceItemName,
            unit: row.serviceItemUnit ?? '',
            priceFen: row.serviceItemPriceFen
          }
        : null,
    approvedByName: row.approvedByName,
    lastReworkAt: row.lastReworkAt
  }
}

function selectOrders(db: Db) {
  return db
    .select(rowColumns)
    .from(workOrders)
    .innerJoin(rooms, eq(rooms.id, workOrders.roomId))
    .innerJoin(staff, eq(staff.id, workOrders.createdBy))
    .leftJoin(serviceItems, eq(serviceItems.id, workOrders.serviceItemId))
    .leftJoin(approver, eq(approver.id, workOrders.approvedBy))
}

export function orderById(db: Db, workOrderId: number): OrderRow | undefined {
  const row = selectOrders(db).where(eq(workOrders.id, workOrderId)).get()
  return row && toOrderRow(row)
}

export interface OrderFilter {
  roomId?: number
  status?: WorkOrderStatus
  source?: WorkOrderSource
  kind?: WorkOrderKind
  search?: string
  /** Only orders with a step still open (what a due filter looks through). */
  openOnly?: boolean
  limit?: number
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/** A number, a room code's beginning, the reporter, or every word of the description. */
function searchWhere(search: string): SQL | undefined {
  const words = search.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return undefined
  const whole = escapeLike(search.trim())
  const inDescription = and(
    ...words.map((w) => sql`${workOrders.description} LIKE ${`%${escapeLike(w)}%`} ESCAPE '\\'`)
  )
  return or(
    sql`${workOrders.number} LIKE ${`%${whole}%`} ESCAPE '\\'`,
    sql`${rooms.code} LIKE ${`${whole}%`} ESCAPE '\\'`,
    sql`${workOrders.reporter} LIKE ${`%${whole}%`} ESCAPE '\\'`,
    inDescription
  )
}

/** Newest first: the list the counter works down. */
export function ordersWhere(db: Db, filter: OrderFilter): OrderRow[] {
  const where: (SQL | undefined)[] = []
  if (filter.roomId !== undefined) where.push(eq(workOrders.roomId, filter.roomId))
  if (filter.status) where.push(eq(workOrders.status, filter.status))
  if (filter.source) where.push(eq(workOrders.source, filter.source))
  if (filter.kind) where.push(eq(workOrders.kind, filter.kind))
  if (filter.search) where.push(searchWhere(filter.search))
  if (filter.openOnly) {
    where.push(notInArray(workOrders.status, ['visited', 'closed']))
    where.push(ne(workOrders.source, 'checkin'))
  }
  const query = selectOrders(db)
    .where(and(...where))
    .orderBy(desc(workOrders.id))
  return (filter.limit === undefined ? query.all() : query.limit(filter.limit).all()).map(toOrderRow)
}

/** Oldest first, with who acted and the step's facts. */
export function eventsOf(db: Db, workOrderId: number): WorkOrderEvent[] {
  return db
    .select({
      id: workOrderEvents.id,
      kind: workOrderEvents.kind,
      at: workOrderEvents.at,
      staffName: staff.displayName,
      note: workOrderEvents.note,
      appointmentAt: workOrderEvents.appointmentAt,
      signedBy: workOrderEvents.signedBy,
      details: workOrderEvents.details
    })
    .from(workOrderEvents)
    .innerJoin(staff, eq(staff.id, workOrderEvents.staffId))
    .where(eq(workOrderEvents.workOrderId, workOrderId))
    .orderBy(asc(workOrderEvents.id))
    .all()
    .map((e) => ({ ...e, details: e.details === null ? null : (JSON.parse(e.details) as Record<string, unknown>) }))
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

/** Where the order stands now: any of its current columns (never its number, room or author). */
export type OrderUpdate = Partial<Omit<NewOrderRow, 'id' | 'number' | 'year' | 'sequence' | 'roomId' | 'createdBy'>>

export function updateOrder(db: Db, workOrderId: number, set: OrderUpdate): void {
  if (Object.keys(set).length === 0) return
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
