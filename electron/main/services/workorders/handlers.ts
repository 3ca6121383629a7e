import dayjs from 'dayjs'
import { api } from '../../../../shared/api'
import { localDateTime } from '../../../../shared/kernel/calendar'
import { reasonKey } from '../../../../shared/kernel/i18n'
import { message, type MessageKey, type MessageParams } from '../../../../shared/messages'
import type { WorkOrderStatus } from '../../../../shared/workorders/api'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { insertEvent, ordersWhere, updateOrder, type OrderRow } from './queries'
import { loadOrder, workOrderView } from './records'

/**
 * The work orders' procedures. An order moves pending → completed (maintenance re-checked the
 * repair) → closed (the owner signed acceptance at the re-inspection booked after it). Each step
 * is a new event row and an audit row on the room's timeline; a step that does not follow from
 * where the order stands is refused with WORK_ORDER_STATE, naming the state and the step.
 */

type Action = 'complete' | 'bookReinspection' | 'accept'

/** Where the order stands, in words: 'completed' without a booking says so, because 签收 waits for it. */
function standing(order: OrderRow): MessageKey {
  if (order.status === 'completed' && order.reinspectionAt === null) return 'workOrders.status.completedUnbooked'
  return reasonKey('workOrders.status', order.status)
}

function refuse(order: OrderRow, action: Action): never {
  throw new AppError(
    'WORK_ORDER_STATE',
    { number: order.number, status: standing(order), action: reasonKey('workOrders.action', action) },
    { status: order.status, action }
  )
}

const fieldError = (field: string, text: string) => new AppError('VALIDATION', {}, { fields: { [field]: text } })

/** 'YYYY-MM-DDTHH:mm' in local time, a real moment (no 2 月 30 日) and not already past. */
function appointment(ctx: ServiceContext, value: string): string {
  const at = dayjs(value)
  if (!at.isValid() || at.format('YYYY-MM-DDTHH:mm') !== value)
    throw fieldError('at', message(ctx.locale, 'field.invalid'))
  if (at.valueOf() <= ctx.now().getTime())
    throw fieldError('at', message(ctx.locale, 'workOrders.field.pastAppointment'))
  return at.toDate().toISOString()
}

interface Step {
  kind: 'completed' | 'reinspectionBooked' | 'accepted'
  note: string
  status?: WorkOrderStatus
  appointmentAt?: string
  signedBy?: string
  summaryKey: MessageKey
  summaryParams?: MessageParams
}

/** Appends the event, moves the row and queues the audit row on the room's timeline. */
function record(ctx: ServiceContext, order: OrderRow, step: Step) {
  insertEvent(ctx.db, {
    workOrderId: order.id,
    kind: step.kind,
    at: ctx.now().toISOString(),
    staffId: ctx.requireSession().staffId,
    note: step.note,
    appointmentAt: step.appointmentAt ?? null,
    signedBy: step.signedBy ?? null
  })
  const set = {
    ...(step.status ? { status: step.status } : {}),
    ...(step.appointmentAt ? { reinspectionAt: step.appointmentAt } : {})
  }
  updateOrder(ctx.db, order.id, set)
  // The note stays on the event: the summary is worded in each reader's language, a note is not.
  ctx.audit({
    roomId: order.roomId,
    entityType: 'workOrder',
    entityId: order.id,
    summaryKey: step.summaryKey,
    summaryParams: { number: order.number, ...step.summaryParams }
  })
  return workOrderView(ctx.db, order.id)
}

const list = handle(api.workOrders.list, { run: (ctx, input) => ordersWhere(ctx.db, input) })

const get = handle(api.workOrders.get, { run: (ctx, input) => workOrderView(ctx.db, input.workOrderId) })

const complete = handle(api.workOrders.complete, {
  run(ctx, input) {
    const order = loadOrder(ctx.db, input.workOrderId)
    if (order.status !== 'pending') refuse(order, 'complete')
    return record(ctx, order, {
      kind: 'completed',
      status: 'completed',
      note: input.note,
      summaryKey: 'audit.workOrderCompleted'
    })
  }
})

const bookReinspection = handle(api.workOrders.bookReinspection, {
  run(ctx, input) {
    const order = loadOrder(ctx.db, input.workOrderId)
    // A booking may be moved: booking again while completed replaces the time (both stay as events).
    if (order.status !== 'completed') refuse(order, 'bookReinspection')
    const at = appointment(ctx, input.at)
    return record(ctx, order, {
      kind: 'reinspectionBooked',
      appointmentAt: at,
      note: input.note,
      summaryKey: 'audit.workOrderReinspection',
      summaryParams: { at: localDateTime(at) }
    })
  }
})

const accept = handle(api.workOrders.accept, {
  run(ctx, input) {
    const order = loadOrder(ctx.db, input.workOrderId)
    if (order.status !== 'completed' || order.reinspectionAt === null) refuse(order, 'accept')
    return record(ctx, order, {
      kind: 'accepted',
      status: 'closed',
      signedBy: input.signedBy,
      note: input.note,
      summaryKey: 'audit.workOrderAccepted',
      summaryParams: { signedBy: input.signedBy }
    })
  }
})

export const workOrderHandlers = [list, get, complete, bookReinspection, accept]
