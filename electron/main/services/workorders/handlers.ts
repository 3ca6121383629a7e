import { api } from '../../../../shared/api'
import { localDateTime } from '../../../../shared/kernel/calendar'
import { handle } from '../../core/handler'
import { ordersWhere } from './queries'
import { loadOrder } from './records'
import { FieldErrors, futureMoment, recordStep, refuse } from './repair-step'
import { isDue, summaryOf, viewContext, workOrderView } from './view'

/**
 * The work orders' list and drawer, and the move-in inspection's own short way: pending →
 * completed (maintenance re-checked the repair) → closed (the owner signed acceptance at the
 * re-inspection booked after it). Repairs and services move on in repair-*.ts. Each step is a new
 * event row and an audit row on the room's timeline; a step that does not follow from where the
 * order stands is refused with WORK_ORDER_STATE, naming the state and the step.
 */

const list = handle(api.workOrders.list, {
  run(ctx, input) {
    const { due, limit, ...filter } = input
    // A due list looks through the open orders only, then keeps the first `limit` that are due.
    const rows = ordersWhere(ctx.db, due ? { ...filter, openOnly: true } : { ...filter, limit })
    const view = viewContext(ctx, rows)
    const summaries = rows.map((row) => summaryOf(row, view))
    return due ? summaries.filter((s) => isDue(s.deadlines, due, view.now)).slice(0, limit) : summaries
  }
})

const get = handle(api.workOrders.get, { run: (ctx, input) => workOrderView(ctx, input.workOrderId) })

const complete = handle(api.workOrders.complete, {
  run(ctx, input) {
    const order = loadOrder(ctx.db, input.workOrderId)
    if (order.source !== 'checkin' || order.status !== 'pending') refuse(order, 'complete')
    return recordStep(ctx, order, {
      kind: 'completed',
      set: { status: 'completed' },
      note: input.note,
      summaryKey: 'audit.workOrderCompleted'
    })
  }
})

const bookReinspection = handle(api.workOrders.bookReinspection, {
  run(ctx, input) {
    const order = loadOrder(ctx.db, input.workOrderId)
    // A booking may be moved: booking again while completed replaces the time (both stay as events).
    if (order.source !== 'checkin' || order.status !== 'completed') refuse(order, 'bookReinspection')
    const errors = new FieldErrors(ctx)
    const at = futureMoment(ctx, errors, 'at', input.at, 'workOrders.field.pastAppointment')
    errors.throwIfAny()
    return recordStep(ctx, order, {
      kind: 'reinspectionBooked',
      set: { reinspectionAt: at },
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
    if (order.source !== 'checkin' || order.status !== 'completed' || order.reinspectionAt === null)
      refuse(order, 'accept')
    return recordStep(ctx, order, {
      kind: 'accepted',
      set: { status: 'closed' },
      signedBy: input.signedBy,
      note: input.note,
      summaryKey: 'audit.workOrderAccepted',
      summaryParams: { signedBy: input.signedBy }
    })
  }
})

export const workOrderHandlers = [list, get, complete, bookReinspection, accept]
