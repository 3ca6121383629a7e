import { z } from 'zod'
import { query, mutation } from '../kernel/procedure'
import { ANY_ROLE, COUNTER_ROLES } from '../kernel/roles'
import { id, optionalText, text } from '../kernel/fields'

/**
 * 维修工作单: a repair order for a room. Move-in inspection makes them now (source 入住验收); the
 * repairs capability (issue 12) adds the counter and the phone as sources, dispatch, arrival and
 * follow-up visits on the same records. Every change of state is a new event row; the order row
 * holds only where it stands now.
 */

export const WORK_ORDER_SOURCES = ['checkin', 'counter', 'phone'] as const
export const WORK_ORDER_ROUTES = ['developer', 'maintenance'] as const
/**
 * pending 待派工 → completed 已完成 (maintenance re-checked the repair) → closed 已关闭 (the owner
 * signed acceptance at the re-inspection). The repairs issue adds dispatched, inProgress, visited, rework.
 */
export const WORK_ORDER_STATUSES = ['pending', 'completed', 'closed'] as const
export type WorkOrderSource = (typeof WORK_ORDER_SOURCES)[number]
export type WorkOrderRoute = (typeof WORK_ORDER_ROUTES)[number]
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number]

export interface WorkOrderEvent {
  id: number
  kind: 'created' | 'completed' | 'reinspectionBooked' | 'accepted'
  at: string
  staffName: string
  note: string
  /** The appointment (reinspectionBooked) or who signed (accepted). */
  appointmentAt: string | null
  signedBy: string | null
}

export interface WorkOrderSummary {
  id: number
  /** Gapless per year: WX2026-000123. */
  number: string
  roomId: number
  roomCode: string
  source: WorkOrderSource
  checkinId: number | null
  location: string
  category: string
  description: string
  route: WorkOrderRoute
  status: WorkOrderStatus
  reinspectionAt: string | null
  createdAt: string
  createdBy: string
}

export interface WorkOrderView extends WorkOrderSummary {
  attachmentId: number | null
  events: WorkOrderEvent[]
}

export const workOrdersApi = {
  list: query<WorkOrderSummary[]>()(
    'workOrders.list',
    z.strictObject({
      roomId: id.optional(),
      status: z.enum(WORK_ORDER_STATUSES).optional(),
      source: z.enum(WORK_ORDER_SOURCES).optional(),
      limit: z.number().int().min(1).max(2000).default(500)
    }),
    ANY_ROLE
  ),
  get: query<WorkOrderView>()('workOrders.get', z.strictObject({ workOrderId: id }), ANY_ROLE),
  /** Maintenance re-checked the repair and it passed: 已完成. */
  complete: mutation<WorkOrderView>()(
    'workOrders.complete',
    z.strictObject({ workOrderId: id, note: optionalText(300).default('') }),
    COUNTER_ROLES
  ),
  /** The re-inspection with the owner, booked for a time (after the repair passed the re-check). */
  bookReinspection: mutation<WorkOrderView>()(
    'workOrders.bookReinspection',
    z.strictObject({
      workOrderId: id,
      at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'field.date'),
      note: optionalText(300).default('')
    }),
    COUNTER_ROLES
  ),
  /** The owner signs acceptance of the repair: 已关闭. */
  accept: mutation<WorkOrderView>()(
    'workOrders.accept',
    z.strictObject({ workOrderId: id, signedBy: text(30), note: optionalText(300).default('') }),
    COUNTER_ROLES
  )
}

export const workOrdersContract = { workOrders: workOrdersApi } as const
