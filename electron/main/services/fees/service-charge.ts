import dayjs from 'dayjs'
import { and, eq, inArray, isNull } from 'drizzle-orm'
import type { Db } from '../../../../db/open'
import { feeItems, receipts, receiptVoids, receivables } from '../../../../db/schema'
import { localDate } from '../../../../shared/kernel/calendar'
import type { ServiceContext } from '../../core/context'
import { insertReceivable } from './receivable-records'

/**
 * What fees does for a paid repair or service (the workorders capability calls only this file):
 * check the fees item the office charges them on, put the agreed amount on the room as a
 * receivable, and say which of those receivables a valid receipt has settled. The receivable is an
 * ordinary one-off ('adhoc', as fees.addCharge makes): the counter takes it at 收费 like any other,
 * or it waits on the room's account for the monthly settlement. The caller writes the audit row.
 */

/** Whether `itemId` names an active fees item of the 有偿服务 category. */
export function isServiceFeeItem(db: Db, itemId: number): boolean {
  const item = db
    .select({ id: feeItems.id })
    .from(feeItems)
    .where(and(eq(feeItems.id, itemId), eq(feeItems.active, true), eq(feeItems.category, 'paidService')))
    .get()
  return item !== undefined
}

export interface ServiceCharge {
  roomId: number
  itemId: number
  amountFen: number
  /** 'receipt': due today at the counter; 'account': due with the month's bills (its last day). */
  settlement: 'receipt' | 'account'
  /** Names the work order on the receipt's line (WX2026-000001 …). */
  note: string
}

/** The receivable of a paid order; the item must pass isServiceFeeItem first. Returns its id. */
export function chargeService(ctx: ServiceContext, charge: ServiceCharge): number {
  const item = ctx.db.select().from(feeItems).where(eq(feeItems.id, charge.itemId)).get()
  if (!item) throw new RangeError(`no fee item ${charge.itemId}`)
  const now = ctx.now()
  const today = localDate(now)
  const endOfMonth = dayjs(now).endOf('month').format('YYYY-MM-DD')
  const id = insertReceivable(ctx.store.sqlite, {
    roomId: charge.roomId,
    item,
    period: null,
    periodFrom: today,
    periodTo: today,
    quantityCenti: 100,
    priceE4: charge.amountFen * 100,
    months: 1,
    percent: 100,
    amountFen: charge.amountFen,
    dueOn: charge.settlement === 'account' ? endOfMonth : today,
    source: 'adhoc',
    note: charge.note,
    at: now.toISOString(),
    staffId: ctx.requireSession().staffId
  })
  if (id === null) throw new RangeError('the service charge was not written')
  return id
}

/** The code of the valid receipt that settled each receivable (absent while unpaid). */
export function receiptCodesOf(db: Db, receivableIds: readonly number[]): Map<number, string> {
  if (receivableIds.length === 0) return new Map()
  const rows = db
    .select({ id: receivables.id, code: receipts.code })
    .from(receivables)
    .innerJoin(receipts, eq(receipts.id, receivables.paidReceiptId))
    .leftJoin(receiptVoids, eq(receiptVoids.receiptId, receipts.id))
    .where(and(inArray(receivables.id, [...receivableIds]), isNull(receiptVoids.id)))
    .all()
  return new Map(rows.map((r) => [r.id, r.code]))
}
