import { and, eq, inArray } from 'drizzle-orm'
import { attachments } from '../../../../db/schema'
import { CHECKIN_FROM_STATUSES } from '../../../../shared/checkin/rules'
import type { StepData } from '../../../../shared/checkin/steps'
import { message } from '../../../../shared/messages'
import type { RoomSummary } from '../../../../shared/households/households'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { mispricedMonths, receiptsByIds } from '../fees/move-in'
import type { TrusteeshipPlan } from '../fees/trusteeship-rate'
import type { CheckinRow } from './records'

/**
 * What a step names by id must belong to this room, checked on every save and again at the finish:
 * a scan of another household must not end up in this file or on a work order, a receipt voided
 * after the fees step must not count, nor one priced for another trusteeship answer.
 */

/** The trusteeship the owner chose in its step (the fees are priced by it), or none. */
export function trusteeshipPlanOf(data: StepData['trusteeship'] | undefined): TrusteeshipPlan | null {
  return data?.wanted && data.from ? { from: data.from, to: data.to } : null
}

/**
 * A receipt picked in the fees step: a valid payment of this room, issued since the check-in
 * started, its prepaid months charged at the share the trusteeship answer calls for.
 */
export function checkReceipts(
  ctx: ServiceContext,
  row: CheckinRow,
  roomCode: string,
  receiptIds: readonly number[],
  plan: TrusteeshipPlan | null
): void {
  const found = new Map(receiptsByIds(ctx.db, receiptIds).map((r) => [r.id, r]))
  for (const id of receiptIds) {
    const receipt = found.get(id)
    if (!receipt || receipt.roomId !== row.roomId || receipt.status !== 'valid' || receipt.issuedAt < row.startedAt)
      throw new AppError(
        'CHECKIN_RECEIPT_FOREIGN',
        { code: receipt?.code ?? `#${id}`, room: roomCode },
        { receiptId: id }
      )
  }
  const [wrong] = mispricedMonths(ctx, receiptIds, plan)
  if (wrong)
    throw new AppError(
      'CHECKIN_RECEIPT_SHARE',
      {
        code: wrong.code,
        item: wrong.itemName,
        period: wrong.period,
        percent: wrong.percent,
        expected: wrong.expectedPercent
      },
      { receipt: wrong.code, period: wrong.period }
    )
}

/** The scans and photos a step refers to, with the field each sits in. */
function attachmentFields(step: keyof StepData, data: unknown): { field: string; id: number }[] {
  if (step === 'identity')
    return (data as StepData['identity']).documents.flatMap((d, i) =>
      d.attachmentId === null ? [] : [{ field: `documents.${i}.attachmentId`, id: d.attachmentId }]
    )
  if (step === 'inspection')
    return (data as StepData['inspection']).lines.flatMap((l, i) =>
      l.attachmentId === null ? [] : [{ field: `lines.${i}.attachmentId`, id: l.attachmentId }]
    )
  return []
}

/** Each scan named must be one of this room's attachments (households.attach), else a field message. */
export function checkAttachments(ctx: ServiceContext, roomId: number, step: keyof StepData, data: unknown): void {
  const named = attachmentFields(step, data)
  if (named.length === 0) return
  const ours = new Set(
    ctx.db
      .select({ id: attachments.id })
      .from(attachments)
      .where(and(eq(attachments.roomId, roomId), inArray(attachments.id, [...new Set(named.map((n) => n.id))])))
      .all()
      .map((a) => a.id)
  )
  const foreign = named.find((n) => !ours.has(n.id))
  if (foreign)
    throw new AppError('VALIDATION', {}, { fields: { [foreign.field]: message(ctx.locale, 'field.invalid') } })
}

/** The room may have changed while the check-in was paused (set 已入住 by hand): then it cannot be handed over again. */
export function checkRoomStatus(room: RoomSummary): void {
  if (!(CHECKIN_FROM_STATUSES as readonly string[]).includes(room.status))
    throw new AppError('CHECKIN_ROOM_STATUS', { room: room.code, status: `status.${room.status}` }, { roomId: room.id })
}
