import { api } from '../../../../shared/api'
import { localDate, localDateTime } from '../../../../shared/kernel/calendar'
import { categoryOf } from '../../../../shared/workorders/repair-deadlines'
import { handle } from '../../core/handler'
import { feeOf } from './view'
import { loadOrder } from './records'
import { FieldErrors, futureMoment, pastMoment, realDay, recordStep, refuse } from './repair-step'
import { readWorkOrderSettings } from './settings-store'

/**
 * The repair's work: a supervisor's approval (a service whose item needs it), the dispatch to a
 * person or team (from 待派工, or 返工 after an unsatisfied visit), the arrival on site and the
 * work done with the resident's signature. The moments are the counter's: an arrival or a
 * completion is never in the future nor before the step it follows.
 */

const approve = handle(api.repairs.approve, {
  run(ctx, input) {
    const order = loadOrder(ctx.db, input.workOrderId)
    if (order.approvedAt !== null) refuse(order, 'approve', 'workOrders.status.approved')
    if (!order.approvalRequired || order.status !== 'pending') refuse(order, 'approve')
    const at = ctx.now().toISOString()
    return recordStep(ctx, order, {
      kind: 'approved',
      note: input.note,
      set: { approvedBy: ctx.requireSession().staffId, approvedAt: at },
      summaryKey: 'audit.workOrderApproved'
    })
  }
})

const dispatch = handle(api.repairs.dispatch, {
  run(ctx, input) {
    const order = loadOrder(ctx.db, input.workOrderId)
    // A move-in defect goes its own way (complete → re-inspection → accept), never through dispatch.
    if (order.source === 'checkin' || (order.status !== 'pending' && order.status !== 'rework'))
      refuse(order, 'dispatch')
    if (order.approvalRequired && order.approvedAt === null) refuse(order, 'dispatch')
    const errors = new FieldErrors(ctx)
    const appointmentAt = input.appointmentAt
      ? futureMoment(ctx, errors, 'appointmentAt', input.appointmentAt)
      : order.appointmentAt
    errors.throwIfAny()
    return recordStep(ctx, order, {
      kind: 'dispatched',
      note: input.note,
      appointmentAt,
      details: { assignee: input.assignee, appointmentAt },
      set: { status: 'dispatched', assignee: input.assignee, dispatchedAt: ctx.now().toISOString(), appointmentAt },
      summaryKey: 'audit.workOrderDispatched',
      summaryParams: { assignee: input.assignee }
    })
  }
})

const arrive = handle(api.repairs.arrive, {
  run(ctx, input) {
    const order = loadOrder(ctx.db, input.workOrderId)
    if (order.status !== 'dispatched') refuse(order, 'arrive')
    const errors = new FieldErrors(ctx)
    const at = pastMoment(ctx, errors, 'at', input.at, {
      at: order.dispatchedAt,
      key: 'workOrders.field.beforeDispatch'
    })
    errors.throwIfAny()
    return recordStep(ctx, order, {
      kind: 'arrived',
      note: input.note,
      details: { at },
      set: { status: 'inProgress', arrivedAt: at },
      summaryKey: 'audit.workOrderArrived',
      summaryParams: { at: localDateTime(at) }
    })
  }
})

/** The leak test's day: required when the category counts its follow-up from it; arrival's day to today. */
function leakTest(errors: FieldErrors, value: string | undefined, needed: boolean, arrivedAt: string, today: string) {
  if (value === undefined) {
    if (needed) errors.add('leakTestOn', 'workOrders.field.leakTestRequired')
    return null
  }
  const day = realDay(value)
  if (day === null) errors.add('leakTestOn', 'field.invalid')
  else if (day > today || day < localDate(arrivedAt)) errors.add('leakTestOn', 'workOrders.field.leakTestRange')
  return day
}

const finish = handle(api.repairs.finish, {
  run(ctx, input) {
    const order = loadOrder(ctx.db, input.workOrderId)
    if (order.status !== 'inProgress') refuse(order, 'finish')
    const errors = new FieldErrors(ctx)
    const at = pastMoment(ctx, errors, 'at', input.at, { at: order.arrivedAt, key: 'workOrders.field.beforeArrival' })
    const settings = readWorkOrderSettings(ctx.db)
    const needsLeakTest = order.kind === 'repair' && categoryOf(settings, order.category).followUpFrom === 'leakTest'
    const arrivedAt = order.arrivedAt ?? at
    const leakTestOn = leakTest(errors, input.leakTestOn, needsLeakTest, arrivedAt, localDate(ctx.now()))
    // A free order has no fee; a charged one (finished again after a rework) keeps the fee it was charged.
    const fixedFee =
      order.charge === 'free'
        ? 'workOrders.field.freeNoFee'
        : order.receivableId !== null
          ? 'workOrders.field.chargedNoFee'
          : null
    if (fixedFee)
      for (const field of ['partsFen', 'labourFen'] as const)
        if (input[field] !== undefined) errors.add(field, fixedFee)
    errors.throwIfAny()
    // A paid order's final fee: what the repairer settled with the resident, else the quote.
    const fees =
      order.charge === 'paid'
        ? { partsFen: input.partsFen ?? order.partsFen ?? 0, labourFen: input.labourFen ?? order.labourFen ?? 0 }
        : {}
    const details = { at, workDone: input.workDone, materials: input.materials, leakTestOn, ...fees }
    return recordStep(ctx, order, {
      kind: 'completed',
      note: input.note,
      signedBy: input.signedBy,
      details: { ...details, feeFen: feeOf({ charge: order.charge, partsFen: null, labourFen: null, ...fees }) },
      set: {
        status: 'completed',
        completedAt: at,
        leakTestOn,
        workDone: input.workDone,
        materials: input.materials || null,
        signedBy: input.signedBy,
        signedAt: at,
        ...fees
      },
      summaryKey: 'audit.workOrderFinished',
      summaryParams: { signedBy: input.signedBy }
    })
  }
})

export const workHandlers = [approve, dispatch, arrive, finish]
