import { z } from 'zod'
import { mutation, query } from '../kernel/procedure'
import { ANY_ROLE, DUTY_ROLES, SUPERVISORS } from '../kernel/roles'
import { id, optionalText, text } from '../kernel/fields'
import { workOrderSettingsInput, type WorkOrderSettings } from './settings'
import type { WorkOrderView } from './api'

/**
 * 报修与有偿服务: repair and service orders from the counter and the phone, on the same records as
 * the move-in inspection's orders (work_orders). The lifecycle:
 *   pending 待派工 → dispatched 已派工 → inProgress 处理中 (arrived) → completed 已完成 (work done,
 *   the resident signed) → visited 已回访 (satisfied) → closed 已关闭;
 *   an unsatisfied visit → rework 返工 → dispatched again. A service whose item needs approval
 *   waits for a supervisor's 批准 before dispatch. A paid order is charged (a fees receivable,
 *   paid by a normal receipt or on the room's monthly account) after the resident's acceptance.
 * Deadlines per step come from the settings (shared/workorders/repair-deadlines.ts).
 */

/** 'YYYY-MM-DDTHH:mm' in local time (the services check it is a real moment). */
export const localMoment = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'field.date')
export const localDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'field.date')
const note = optionalText(300).default('')
const fen = z.number().int().min(0, 'field.money').max(100_000_000, 'field.money')

export const VISIT_METHODS = ['phone', 'visit'] as const
export const VISIT_RESULTS = ['satisfied', 'unsatisfied'] as const
export const SETTLEMENTS = ['receipt', 'account'] as const

export const createInput = z.strictObject({
  kind: z.enum(['repair', 'service']),
  roomId: id,
  source: z.enum(['counter', 'phone']),
  reporter: text(30),
  contact: optionalText(20).default(''),
  /** Where in the home or the estate (客厅 卫生间 天花; 3 栋 电梯厅). */
  location: text(60),
  /** A repair category's key from the settings; a service takes its item's category. */
  category: text(24),
  description: text(300),
  preferredTime: optionalText(60).default(''),
  /** The 24-hour line: someone on site within the urgent-arrival rule. */
  urgent: z.boolean().default(false),
  charge: z.enum(['free', 'paid']).default('free'),
  /** Paid: the quote of parts and labour the resident agreed to, and who agreed. */
  partsFen: fen.optional(),
  labourFen: fen.optional(),
  quoteAgreedBy: optionalText(30).optional(),
  /** A service: the item from the published list and how many (hundredths: 1 = 100). */
  serviceItemId: id.optional(),
  quantityCenti: z.number().int().min(1).max(1_000_000).optional(),
  /** A service's agreed time. */
  appointmentAt: localMoment.optional(),
  settlement: z.enum(SETTLEMENTS).optional()
})
export type CreateWorkOrderInput = z.input<typeof createInput>

export const repairsApi = {
  create: mutation<WorkOrderView>()('repairs.create', createInput, DUTY_ROLES),
  /** A supervisor approves a service whose item needs it (before dispatch). */
  approve: mutation<WorkOrderView>()('repairs.approve', z.strictObject({ workOrderId: id, note }), SUPERVISORS),
  /** To a maintenance person or team, with an appointment (from 待派工 or 返工). */
  dispatch: mutation<WorkOrderView>()(
    'repairs.dispatch',
    z.strictObject({ workOrderId: id, assignee: text(30), appointmentAt: localMoment.optional(), note }),
    DUTY_ROLES
  ),
  /** The repairer is on site (default now; never in the future). */
  arrive: mutation<WorkOrderView>()(
    'repairs.arrive',
    z.strictObject({ workOrderId: id, at: localMoment.optional(), note }),
    DUTY_ROLES
  ),
  /** Work done, materials, the leak test (渗漏水), the final fee of a paid order and the resident's signature. */
  finish: mutation<WorkOrderView>()(
    'repairs.finish',
    z.strictObject({
      workOrderId: id,
      workDone: text(300),
      materials: optionalText(300).default(''),
      at: localMoment.optional(),
      leakTestOn: localDay.optional(),
      partsFen: fen.optional(),
      labourFen: fen.optional(),
      signedBy: text(30),
      note
    }),
    DUTY_ROLES
  ),
  /** A paid order after acceptance: the fees receivable (a receipt at the counter, or on account). */
  charge: mutation<WorkOrderView>()(
    'repairs.charge',
    z.strictObject({ workOrderId: id, settlement: z.enum(SETTLEMENTS) }),
    DUTY_ROLES
  ),
  /**
   * 回访 by phone or in person. Not reached (nobody home) is recorded with the time and the visit
   * stays due; satisfied → 已回访; unsatisfied → 返工 (the order opens again).
   */
  visit: mutation<WorkOrderView>()(
    'repairs.visit',
    z.strictObject({
      workOrderId: id,
      method: z.enum(VISIT_METHODS),
      reached: z.boolean(),
      result: z.enum(VISIT_RESULTS).optional(),
      comments: optionalText(300).default(''),
      at: localMoment.optional()
    }),
    DUTY_ROLES
  ),
  /** 已回访 → 已关闭 (a paid order only once charged); 待派工 → 已关闭 when the resident withdraws (note required). */
  close: mutation<WorkOrderView>()('repairs.close', z.strictObject({ workOrderId: id, note }), DUTY_ROLES),
  /** A handling note on any order not yet closed (the call back, the part on order). */
  note: mutation<WorkOrderView>()('repairs.note', z.strictObject({ workOrderId: id, note: text(300) }), DUTY_ROLES),
  settings: query<WorkOrderSettings>()('repairs.settings', z.strictObject({}), ANY_ROLE),
  saveSettings: mutation<WorkOrderSettings>()('repairs.saveSettings', workOrderSettingsInput, SUPERVISORS)
}

export const SERVICE_ITEM_CATEGORIES = ['paid', 'convenience', 'entrusted'] as const
export type ServiceItemCategory = (typeof SERVICE_ITEM_CATEGORIES)[number]

export interface ServiceItem {
  id: number
  name: string
  category: ServiceItemCategory
  unit: string
  /** null = 面议 (agreed case by case). */
  priceFen: number | null
  needsApproval: boolean
  note: string
  active: boolean
  sortKey: number
}

export const serviceItemInput = z.strictObject({
  id: id.optional(),
  name: text(30),
  category: z.enum(SERVICE_ITEM_CATEGORIES),
  unit: text(10),
  priceFen: fen.nullable(),
  needsApproval: z.boolean().default(false),
  note: optionalText(100).default(''),
  active: z.boolean().default(true),
  sortKey: z.number().int().min(0).max(9999).default(0)
})

export const serviceItemsApi = {
  list: query<ServiceItem[]>()(
    'serviceItems.list',
    z.strictObject({ includeRetired: z.boolean().default(false) }),
    ANY_ROLE
  ),
  save: mutation<ServiceItem>()('serviceItems.save', serviceItemInput, SUPERVISORS)
}
