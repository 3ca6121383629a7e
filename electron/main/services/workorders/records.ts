import type { Db } from '../../../../db/open'
import { localDate } from '../../../../shared/kernel/calendar'
import { reasonKey } from '../../../../shared/kernel/i18n'
import type { WorkOrderView } from '../../../../shared/workorders/api'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { getRoom } from '../households/room-records'
import {
  eventsOf,
  insertEvent,
  insertOrder,
  lastSequence,
  orderById,
  orderIdsOfCheckin,
  type OrderRow
} from './queries'

/**
 * Writing and reading work orders. createWorkOrders is the one way an order comes into being
 * (check-in's inspection calls it inside its own transaction); the handlers move orders on.
 */

export interface NewWorkOrder {
  roomId: number
  source: 'checkin' | 'counter' | 'phone'
  checkinId: number | null
  location: string
  category: string
  description: string
  attachmentId: number | null
  route: 'developer' | 'maintenance'
}

/** WX2026-000123: the year and a six-digit sequence. */
export const workOrderNumber = (year: number, sequence: number) => `WX${year}-${String(sequence).padStart(6, '0')}`

export const sourceKey = (source: NewWorkOrder['source']) => reasonKey('workOrders.source', source)

/**
 * Inside the caller's transaction: each order takes the local year's highest sequence plus one
 * (gapless: the immediate transaction holds the write lock, and orders are never deleted), a
 * 'created' event and an audit row on the room's timeline. Returns the new ids in input order.
 */
export function createWorkOrders(ctx: ServiceContext, orders: readonly NewWorkOrder[]): number[] {
  const staffId = ctx.requireSession().staffId
  const now = ctx.now()
  const at = now.toISOString()
  const year = Number(localDate(now).slice(0, 4))
  let sequence = lastSequence(ctx.db, year)
  return orders.map((order) => {
    getRoom(ctx.db, order.roomId)
    sequence += 1
    const number = workOrderNumber(year, sequence)
    const id = insertOrder(ctx.db, {
      number,
      year,
      sequence,
      roomId: order.roomId,
      source: order.source,
      checkinId: order.checkinId,
      location: order.location,
      category: order.category,
      description: order.description,
      attachmentId: order.attachmentId,
      route: order.route,
      status: 'pending',
      createdAt: at,
      createdBy: staffId
    })
    insertEvent(ctx.db, { workOrderId: id, kind: 'created', at, staffId, note: '' })
    ctx.audit({
      roomId: order.roomId,
      entityType: 'workOrder',
      entityId: id,
      summaryKey: 'audit.workOrderCreated',
      summaryParams: {
        number,
        location: order.location,
        category: order.category,
        description: order.description,
        source: sourceKey(order.source)
      }
    })
    return id
  })
}

/** The orders a check-in's inspection made, oldest first. */
export function workOrderIdsOfCheckin(db: Db, checkinId: number): number[] {
  return orderIdsOfCheckin(db, checkinId)
}

export function loadOrder(db: Db, workOrderId: number): OrderRow {
  const row = orderById(db, workOrderId)
  if (!row) throw new AppError('NOT_FOUND', {}, { entity: 'workOrder', id: workOrderId })
  return row
}

/** One order as the screens show it, with its events oldest first. */
export function workOrderView(db: Db, workOrderId: number): WorkOrderView {
  const row = loadOrder(db, workOrderId)
  return { ...row, events: eventsOf(db, workOrderId) }
}
