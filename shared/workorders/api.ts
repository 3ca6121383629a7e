import { z } from 'zod'
import { query, mutation } from '../kernel/procedure'
import { ANY_ROLE, COUNTER_ROLES } from '../kernel/roles'
import { id, optionalText, text } from '../kernel/fields'
import type { StepDeadline } from './deadlines'
import { complaintsApi } from './complaints-api'
import { repairsApi, serviceItemsApi } from './repairs-api'
import { workOrderStatsApi } from './stats-api'

/**
 * 维修工作单: a repair order for a room. Move-in inspection makes them now (source 入住验收); the
 * repairs capability (issue 12) adds the counter and the phone as sources, dispatch, arrival and
 * follow-up visits on the same records. Every change of state is a new event row; the order row
 * holds only where it stands now.
 */

export const WORK_ORDER_SOURCES = ['checkin', 'counter', 'phone'] as const
export const WORK_ORDER_ROUTES = ['developer', 'maintenance'] as const
/**
 * 待派工 → 已派工 → 处理中 → 已完成 → 已回访 → 已关闭, and 返工 after an unsatisfied visit (repairs-api.ts).
 * A move-in inspection's order keeps its own short way: pending → completed (maintenance re-checked
 * the repair) → closed (the owner signed acceptance at the re-inspection).
 */
export const WORK_ORDER_STATUSES = [
  'pending',
  'dispatched',
  'inProgress',
  'completed',
  'visited',
  'rework',
  'closed'
] as const
export const WORK_ORDER_KINDS = ['repair', 'service'] as const
/** The steps that have a deadline (shared/workorders/repair-deadlines.ts). */
export const REPAIR_STEPS = ['dispatch', 'arrive', 'complete', 'visit'] as const
export type WorkOrderKind = (typeof WORK_ORDER_KINDS)[number]
export type RepairStep = (typeof REPAIR_STEPS)[number]
/** Lists of what is due: open steps past due, or due before the end of today (or past). */
export const DUE_FILTERS = ['overdue', 'today'] as const
export type WorkOrderSource = (typeof WORK_ORDER_SOURCES)[number]
export type WorkOrderRoute = (typeof WORK_ORDER_ROUTES)[number]
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number]

export const WORK_ORDER_EVENT_KINDS = [
  'created',
  'approved',
  'dispatched',
  'arrived',
  'completed',
  'reinspectionBooked',
  'accepted',
  'charged',
  'visitAttempt',
  'visited',
  'rework',
  'closed',
  'noted'
] as const
export type WorkOrderEventKind = (typeof WORK_ORDER_EVENT_KINDS)[number]

export interface WorkOrderEvent {
  id: number
  kind: WorkOrderEventKind
  at: string
  staffName: string
  note: string
  /** The appointment (reinspectionBooked) or who signed (accepted). */
  appointmentAt: string | null
  signedBy: string | null
  /** The step's facts (assignee, visit result, …) as the service wrote them. */
  details: Record<string, unknown> | null
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
  kind: WorkOrderKind
  reporter: string | null
  /** Masked unless the role may see phones. */
  contact: string | null
  urgent: boolean
  charge: 'free' | 'paid'
  /** Parts + labour (a repair's quote or final fee; a service's fee); null when free. */
  feeFen: number | null
  assignee: string | null
  appointmentAt: string | null
  completedAt: string | null
  leakTestOn: string | null
  visitedAt: string | null
  visitResult: 'satisfied' | 'unsatisfied' | null
  reworkCount: number
  settlement: 'receipt' | 'account' | null
  /** A paid order's charge: null until charged; then whether a valid receipt settled it. */
  charged: { receivableId: number; receiptCode: string | null } | null
  /** The category's name from the settings (a move-in order's own words otherwise). */
  categoryName: string
  /** Every step with a deadline, in order; empty for a move-in order. */
  deadlines: StepDeadline<RepairStep>[]
  /** The most urgent open step (what the row is coloured by), or null. */
  next: StepDeadline<RepairStep> | null
}

export interface WorkOrderView extends WorkOrderSummary {
  attachmentId: number | null
  preferredTime: string | null
  partsFen: number | null
  labourFen: number | null
  quoteAgreedBy: string | null
  serviceItem: { id: number; name: string; unit: string; priceFen: number | null } | null
  quantityCenti: number | null
  approvalRequired: boolean
  approvedBy: string | null
  approvedAt: string | null
  dispatchedAt: string | null
  arrivedAt: string | null
  workDone: string | null
  materials: string | null
  signedBy: string | null
  signedAt: string | null
  closedAt: string | null
  /** The room's warranty: until when (handover + the settings' months), and whether today is inside it. */
  warranty: { until: string | null; inWarranty: boolean }
  events: WorkOrderEvent[]
}

export const workOrdersApi = {
  list: query<WorkOrderSummary[]>()(
    'workOrders.list',
    z.strictObject({
      roomId: id.optional(),
      status: z.enum(WORK_ORDER_STATUSES).optional(),
      source: z.enum(WORK_ORDER_SOURCES).optional(),
      kind: z.enum(WORK_ORDER_KINDS).optional(),
      due: z.enum(DUE_FILTERS).optional(),
      /** A number, room code, reporter or words of the description. */
      search: optionalText(30).optional(),
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

export const workOrdersContract = {
  workOrders: workOrdersApi,
  repairs: repairsApi,
  serviceItems: serviceItemsApi,
  complaints: complaintsApi,
  workOrderStats: workOrderStatsApi
} as const
