import { api } from '../../../../shared/api'
import type { StepData } from '../../../../shared/checkin/steps'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { payMoveIn } from '../fees/move-in'
import { loadCheckin, loadSteps, refuseClosed } from './records'
import { trusteeshipPlanOf } from './step-checks'

/**
 * 入住收费 takes the money through the fees capability. The trusteeship share is applied from the
 * answer saved on this open check-in, so the share cannot be asked for a room nobody answered for;
 * the fees step and the finish still check that what was paid matches the answer as it stands then.
 */
const pay = handle(api.checkin.pay, {
  run(ctx, input) {
    const { checkinId, ...payment } = input
    const row = loadCheckin(ctx.db, checkinId)
    refuseClosed(row)
    if (row.roomId !== payment.roomId) throw new AppError('NOT_FOUND', {}, { field: 'roomId' })
    const answer = loadSteps(ctx.db, [row.id]).get(row.id)?.get('trusteeship')?.data
    return payMoveIn(ctx, payment, trusteeshipPlanOf(answer as StepData['trusteeship'] | undefined))
  }
})

export const payHandlers = [pay]
