import { and, eq, gte, lt, max, ne, count, type SQL } from 'drizzle-orm'
import type { Db } from '../../../../db/open'
import { complaints, rooms, serviceItems, workOrderEvents, workOrders } from '../../../../db/schema'
import type { ComplaintFacts } from '../../../../shared/workorders/complaint-deadlines'
import type { RepairFacts } from '../../../../shared/workorders/repair-deadlines'

/**
 * The reads of 统计 and 到期, straight from the tables: the orders and complaints with the facts
 * their deadline functions need, and the month's rework events. The current cycle of an order
 * starts at its registration or at its last rework (返工), so that time comes with each order.
 */

const orderColumns = {
  id: workOrders.id,
  number: workOrders.number,
  roomId: workOrders.roomId,
  roomCode: rooms.code,
  kind: workOrders.kind,
  source: workOrders.source,
  category: workOrders.category,
  location: workOrders.location,
  status: workOrders.status,
  urgent: workOrders.urgent,
  charge: workOrders.charge,
  partsFen: workOrders.partsFen,
  labourFen: workOrders.labourFen,
  serviceItemId: workOrders.serviceItemId,
  serviceItemName: serviceItems.name,
  appointmentAt: workOrders.appointmentAt,
  dispatchedAt: workOrders.dispatchedAt,
  arrivedAt: workOrders.arrivedAt,
  completedAt: workOrders.completedAt,
  leakTestOn: workOrders.leakTestOn,
  visitedAt: workOrders.visitedAt,
  visitResult: workOrders.visitResult,
  closedAt: workOrders.closedAt,
  createdAt: workOrders.createdAt
}

export interface StatsOrder extends RepairFacts {
  id: number
  number: string
  roomId: number
  roomCode: string
  kind: 'repair' | 'service'
  location: string
  status: string
  charge: 'free' | 'paid'
  feeFen: number | null
  serviceItemId: number | null
  serviceItemName: string | null
  visitResult: 'satisfied' | 'unsatisfied' | null
  closedAt: string | null
  createdAt: string
}

function lastReworks(db: Db): Map<number, string> {
  const rows = db
    .select({ id: workOrderEvents.workOrderId, at: max(workOrderEvents.at) })
    .from(workOrderEvents)
    .where(eq(workOrderEvents.kind, 'rework'))
    .groupBy(workOrderEvents.workOrderId)
    .all()
  return new Map(rows.flatMap((r) => (r.at ? [[r.id, r.at] as const] : [])))
}

function ordersBy(db: Db, where: SQL | undefined): StatsOrder[] {
  const reworks = lastReworks(db)
  return db
    .select(orderColumns)
    .from(workOrders)
    .innerJoin(rooms, eq(rooms.id, workOrders.roomId))
    .leftJoin(serviceItems, eq(serviceItems.id, workOrders.serviceItemId))
    .where(where)
    .orderBy(workOrders.id)
    .all()
    .map(({ partsFen, labourFen, ...row }) => ({
      ...row,
      cycleStartedAt: reworks.get(row.id) ?? row.createdAt,
      feeFen: partsFen === null && labourFen === null ? null : (partsFen ?? 0) + (labourFen ?? 0)
    }))
}

/** Every order registered before `end` (the statistics look back over the window and six months). */
export const ordersBefore = (db: Db, end: string) => ordersBy(db, lt(workOrders.createdAt, end))

/** The orders still open (not 已关闭), for the due list. */
export const openOrders = (db: Db) => ordersBy(db, ne(workOrders.status, 'closed'))

const complaintColumns = {
  id: complaints.id,
  number: complaints.number,
  roomCode: rooms.code,
  category: complaints.category,
  severity: complaints.severity,
  subject: complaints.subject,
  description: complaints.description,
  status: complaints.status,
  invalid: complaints.invalid,
  customerDeadline: complaints.customerDeadline,
  escalatedAt: complaints.escalatedAt,
  answeredAt: complaints.answeredAt,
  resolvedAt: complaints.resolvedAt,
  repliedAt: complaints.repliedAt,
  closedAt: complaints.closedAt,
  visitedAt: complaints.visitedAt,
  createdAt: complaints.createdAt
}

export type StatsComplaint = ComplaintFacts & {
  id: number
  number: string
  roomCode: string | null
  category: string
  subject: string
  description: string
  status: string
  invalid: boolean
}

function complaintsBy(db: Db, where: SQL | undefined): StatsComplaint[] {
  return db
    .select(complaintColumns)
    .from(complaints)
    .leftJoin(rooms, eq(rooms.id, complaints.roomId))
    .where(where)
    .orderBy(complaints.id)
    .all()
}

export const complaintsBefore = (db: Db, end: string) => complaintsBy(db, lt(complaints.createdAt, end))

/** Complaints whose follow-up visit is not yet made (已回访 is the last state). */
export const openComplaints = (db: Db) => complaintsBy(db, ne(complaints.status, 'visited'))

/** 返工 events in [start, end). */
export function reworksIn(db: Db, start: string, end: string): number {
  const row = db
    .select({ n: count() })
    .from(workOrderEvents)
    .where(and(eq(workOrderEvents.kind, 'rework'), gte(workOrderEvents.at, start), lt(workOrderEvents.at, end)))
    .get()
  return row?.n ?? 0
}
