import dayjs from 'dayjs'
import { reasonKey } from '../../../../shared/kernel/i18n'
import { message, type MessageKey, type MessageParams } from '../../../../shared/messages'
import type { WorkOrderEventKind, WorkOrderView } from '../../../../shared/workorders/api'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { insertEvent, updateOrder, type OrderRow, type OrderUpdate } from './queries'
import { workOrderView } from './view'

/**
 * What every step of a work order shares: the refusal naming where the order stands and the step
 * asked for, the field errors in the caller's language, the checks of a moment typed at the
 * counter, and the recording of a step — one event row with the step's facts, the row's current
 * columns and an audit row on the room's timeline (which is how it reaches the household's history).
 */

export type WorkOrderAction =
  | 'complete'
  | 'bookReinspection'
  | 'accept'
  | 'approve'
  | 'dispatch'
  | 'arrive'
  | 'finish'
  | 'charge'
  | 'visit'
  | 'close'
  | 'note'

/** Where the order stands, in words: a finer word where the bare status would not say why. */
export function standing(order: OrderRow): MessageKey {
  if (order.source === 'checkin' && order.status === 'completed' && order.reinspectionAt === null)
    return 'workOrders.status.completedUnbooked'
  if (order.status === 'pending' && order.approvalRequired && order.approvedAt === null)
    return 'workOrders.status.awaitingApproval'
  return reasonKey('workOrders.status', order.status)
}

/** WORK_ORDER_STATE: `status` overrides the words when the refusal is about a fact beside the status. */
export function refuse(order: OrderRow, action: WorkOrderAction, status: MessageKey = standing(order)): never {
  throw new AppError(
    'WORK_ORDER_STATE',
    { number: order.number, status, action: reasonKey('workOrders.action', action) },
    { status: order.status, action }
  )
}

/** Field errors collected for one answer (every wrong field at once), in the caller's language. */
export class FieldErrors {
  private readonly fields: Record<string, string> = {}
  constructor(private readonly ctx: ServiceContext) {}
  add(field: string, key: MessageKey): void {
    this.fields[field] ??= message(this.ctx.locale, key)
  }
  has(field: string): boolean {
    return field in this.fields
  }
  throwIfAny(): void {
    if (Object.keys(this.fields).length > 0) throw new AppError('VALIDATION', {}, { fields: this.fields })
  }
}

export function fieldError(ctx: ServiceContext, field: string, key: MessageKey): AppError {
  return new AppError('VALIDATION', {}, { fields: { [field]: message(ctx.locale, key) } })
}

/** 'YYYY-MM-DDTHH:mm' (local) as an ISO moment, or null when it is no real moment (2 月 30 日). */
export function realMoment(value: string): string | null {
  const at = dayjs(value)
  return at.isValid() && at.format('YYYY-MM-DDTHH:mm') === value ? at.toISOString() : null
}

/** 'YYYY-MM-DD' when it is a real date, else null. */
export function realDay(value: string): string | null {
  const day = dayjs(value)
  return day.isValid() && day.format('YYYY-MM-DD') === value ? value : null
}

/** An appointment: a real moment later than now. */
export function futureMoment(
  ctx: ServiceContext,
  errors: FieldErrors,
  field: string,
  value: string,
  pastKey: MessageKey = 'workOrders.field.pastMoment'
): string {
  const at = realMoment(value)
  if (at === null) errors.add(field, 'field.invalid')
  else if (Date.parse(at) <= ctx.now().getTime()) errors.add(field, pastKey)
  return at ?? ''
}

/**
 * When something happened (default now): a real moment, not in the future, not before `notBefore`.
 * The typed minute may hold the present second's earlier part, so "now" is compared to the minute.
 */
export function pastMoment(
  ctx: ServiceContext,
  errors: FieldErrors,
  field: string,
  value: string | undefined,
  notBefore: { at: string | null; key: MessageKey }
): string {
  const now = ctx.now()
  const at = value === undefined ? now.toISOString() : realMoment(value)
  if (at === null) {
    errors.add(field, 'field.invalid')
    return ''
  }
  if (Date.parse(at) > now.getTime()) errors.add(field, 'workOrders.field.futureMoment')
  else if (notBefore.at !== null && dayjs(at).isBefore(dayjs(notBefore.at).startOf('minute')))
    errors.add(field, notBefore.key)
  return at
}

export interface StepRecord {
  kind: WorkOrderEventKind
  note?: string
  set?: OrderUpdate
  details?: Record<string, unknown>
  appointmentAt?: string | null
  signedBy?: string | null
  summaryKey: MessageKey
  summaryParams?: MessageParams
}

/** Appends the event, moves the row and queues the audit row on the room's timeline. */
export function recordStep(ctx: ServiceContext, order: OrderRow, step: StepRecord): WorkOrderView {
  insertEvent(ctx.db, {
    workOrderId: order.id,
    kind: step.kind,
    at: ctx.now().toISOString(),
    staffId: ctx.requireSession().staffId,
    note: step.note ?? '',
    appointmentAt: step.appointmentAt ?? null,
    signedBy: step.signedBy ?? null,
    details: step.details ? JSON.stringify(step.details) : null
  })
  updateOrder(ctx.db, order.id, step.set ?? {})
  // The note stays on the event: the summary is worded in each reader's language, a note is not.
  ctx.audit({
    roomId: order.roomId,
    entityType: 'workOrder',
    entityId: order.id,
    summaryKey: step.summaryKey,
    summaryParams: { number: order.number, ...step.summaryParams }
  })
  return workOrderView(ctx, order.id)
}
