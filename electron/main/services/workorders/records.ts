import type { Db } from '../../../../db/open'
import { localDate } from '../../../../shared/kernel/calendar'
import { reasonKey } from '../../../../shared/kernel/i18n'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { getRoom } from '../households/room-records'
import {
  insertEvent,
  insertOrder,
  lastSequence,
  orderById,
  orderIdsOfCheckin,
  type NewOrderRow,
  type OrderRow
} from './queries'

/**
 * Writing and reading work orders. createWorkOrders is the one way an order comes into being
 * (check-in's inspection calls it inside its own transaction); the handlers move orders on.
 */

/** The facts a repair or service from the counter or the phone brings (a move-in defect has none). */
export type RepairFields = Partial<
  Pick<
    NewOrderRow,
    | 'kind'
    | 'reporter'
    | 'contact'
    | 'preferredTime'
    | 'urgent'
    | 'charge'
    | 'partsFen'
    | 'labourFen'
    | 'quoteAgreedBy'
    | 'serviceItemId'
    | 'quantityCenti'
    | 'approvalRequired'
    | 'appointmentAt'
    | 'settlement'
  >
>

export interface NewWorkOrder extends RepairFields {
  roomId: number
  source: 'checkin' | 'counter' | 'phone'
  checkinId: number | null
  location: string
  category: string
  description: string
  attachmentId: number | null
  route: 'developer' | 'maintenance'
  /** The category in words for the audit row (a repair's name from the settings); else `category`. */
  categoryName?: string
}

/** WX2026-000123: the year and a six-digit sequence. */
export const workOrderNumber = (year: number, sequence: number) => `WX${year}-${String(sequence).padStart(6, '0')}`

export const sourceKey = (source: NewWorkOrder['source']) => reasonKey('workOrders.source', source)

const REPAIR_FIELDS = [
  'kind',
  'reporter',
  'contact',
  'preferredTime',
  'urgent',
  'charge',
  'partsFen',
  'labourFen',
  'quoteAgreedBy',
  'serviceItemId',
  'quantityCenti',
  'approvalRequired',
  'appointmentAt',
  'settlement'
] as const satisfies readonly (keyof RepairFields)[]

/** Only the repair facts given (a move-in defect's row keeps the columns' defaults). */
function repairFactsOf(order: RepairFields): RepairFields {
  const facts: Record<string, unknown> = {}
  for (const key of REPAIR_FIELDS) if (order[key] !== undefined) facts[key] = order[key]
  return facts as RepairFields
}

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
    const { categoryName, ...fields } = order
    const repairFacts = repairFactsOf(fields)
    const id = insertOrder(ctx.db, {
      ...repairFacts,
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
    // The contact stays on the row only, where the reveal rule masks it; the event keeps the other facts.
    const { contact: _contact, ...eventFacts } = repairFacts
    const details = Object.keys(eventFacts).length > 0 ? JSON.stringify(eventFacts) : null
    insertEvent(ctx.db, { workOrderId: id, kind: 'created', at, staffId, note: '', details })
    ctx.audit({
      roomId: order.roomId,
      entityType: 'workOrder',
      entityId: id,
      summaryKey: 'audit.workOrderCreated',
      summaryParams: {
        number,
        location: order.location,
        category: categoryName ?? order.category,
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
