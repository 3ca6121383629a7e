import { api } from '../../../../shared/api'
import { formatFen } from '../../../../shared/domain/money'
import { localDateTime } from '../../../../shared/kernel/calendar'
import { reasonKey } from '../../../../shared/kernel/i18n'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { chargeService, isServiceFeeItem } from '../fees/service-charge'
import { loadOrder } from './records'
import { FieldErrors, fieldError, pastMoment, recordStep, refuse } from './repair-step'
import { readWorkOrderSettings } from './settings-store'
import { categoryName, feeOf } from './view'

/**
 * After the work: the charge of a paid order (a fees receivable on the settings' 有偿服务 item,
 * taken at 收费 on a receipt or left on the room's account for the monthly settlement — manual
 * 002: 每月结算一次), the follow-up visit (nobody home keeps it due; unsatisfied opens the order
 * again as 返工), the close (a paid order only once charged; a pending one when withdrawn) and
 * a handling note on any order not yet closed.
 */

const charge = handle(api.repairs.charge, {
  run(ctx, input) {
    const order = loadOrder(ctx.db, input.workOrderId)
    if (order.charge !== 'paid') refuse(order, 'charge', 'workOrders.status.free')
    if (order.receivableId !== null) refuse(order, 'charge', 'workOrders.status.charged')
    if (order.status !== 'completed' && order.status !== 'visited') refuse(order, 'charge')
    const settings = readWorkOrderSettings(ctx.db)
    const itemId = settings.serviceFeeItemId
    if (itemId === null || !isServiceFeeItem(ctx.db, itemId)) throw new AppError('SERVICE_FEE_ITEM_UNSET')
    const amountFen = feeOf(order) ?? 0
    const receivableId = chargeService(ctx, {
      roomId: order.roomId,
      itemId,
      amountFen,
      settlement: input.settlement,
      note: `${order.number} ${categoryName(order, settings)}`
    })
    return recordStep(ctx, order, {
      kind: 'charged',
      details: { receivableId, amountFen, settlement: input.settlement, itemId },
      set: { receivableId, settlement: input.settlement },
      summaryKey: 'audit.workOrderCharged',
      summaryParams: { amount: formatFen(amountFen), settlement: reasonKey('workOrders.settlement', input.settlement) }
    })
  }
})

const visit = handle(api.repairs.visit, {
  run(ctx, input) {
    const order = loadOrder(ctx.db, input.workOrderId)
    // A move-in defect's 'completed' waits for its re-inspection, not for a follow-up visit.
    if (order.source === 'checkin' || order.status !== 'completed') refuse(order, 'visit')
    const errors = new FieldErrors(ctx)
    const at = pastMoment(ctx, errors, 'at', input.at, {
      at: order.completedAt,
      key: 'workOrders.field.beforeCompletion'
    })
    if (input.reached && !input.result) errors.add('result', 'workOrders.field.resultRequired')
    errors.throwIfAny()
    const details = { at, method: input.method, reached: input.reached, result: input.result ?? null }
    const note = input.comments
    if (!input.reached)
      return recordStep(ctx, order, {
        kind: 'visitAttempt',
        note,
        details,
        summaryKey: 'audit.workOrderVisitAttempt',
        summaryParams: { at: localDateTime(at) }
      })
    if (input.result === 'satisfied')
      return recordStep(ctx, order, {
        kind: 'visited',
        note,
        details,
        set: { status: 'visited', visitedAt: at, visitResult: 'satisfied' },
        summaryKey: 'audit.workOrderVisited'
      })
    // Unsatisfied: the cycle starts again at this event; the old appointment belongs to the cycle before.
    const count = order.reworkCount + 1
    return recordStep(ctx, order, {
      kind: 'rework',
      note,
      details,
      set: { status: 'rework', visitedAt: at, visitResult: 'unsatisfied', reworkCount: count, appointmentAt: null },
      summaryKey: 'audit.workOrderRework',
      summaryParams: { count }
    })
  }
})

const close = handle(api.repairs.close, {
  run(ctx, input) {
    const order = loadOrder(ctx.db, input.workOrderId)
    if (order.source === 'checkin') refuse(order, 'close')
    const withdrawn = order.status === 'pending'
    if (!withdrawn && order.status !== 'visited') refuse(order, 'close')
    if (!withdrawn && order.charge === 'paid' && order.receivableId === null)
      refuse(order, 'close', 'workOrders.status.uncharged')
    if (withdrawn && !input.note) throw fieldError(ctx, 'note', 'workOrders.field.withdrawNote')
    return recordStep(ctx, order, {
      kind: 'closed',
      note: input.note,
      details: { withdrawn },
      set: { status: 'closed', closedAt: ctx.now().toISOString() },
      summaryKey: withdrawn ? 'audit.workOrderWithdrawn' : 'audit.workOrderClosed'
    })
  }
})

const note = handle(api.repairs.note, {
  run(ctx, input) {
    const order = loadOrder(ctx.db, input.workOrderId)
    // A closed order (done or withdrawn) is history: nothing more is written on it.
    if (order.status === 'closed') refuse(order, 'note')
    return recordStep(ctx, order, { kind: 'noted', note: input.note, summaryKey: 'audit.workOrderNoted' })
  }
})

export const followUpHandlers = [charge, visit, close, note]
