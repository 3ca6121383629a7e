import { and, eq, isNull } from 'drizzle-orm'
import type { Db } from '../../../../db/open'
import { feeItems, receipts, receiptVoids, receivables } from '../../../../db/schema'
import type { FeeCategory, FeeMethod } from '../../../../shared/fees/fees'
import { chargeOneOff, type OneOffCharge } from './one-off-charges'
import { refundDeposit, type RefundInput } from './receipts'

/**
 * What fees does for a renovation (the permits capability calls only this file): check the items
 * the settings name, put the garbage-removal fee and the deposit on the room as one-off receivables
 * (paid at 收费 or in the renovation's drawer with normal receipts), say which receipt paid each,
 * and return the deposit less the violations' deductions as a refund receipt (the manager approves,
 * as for any refund). The caller writes its own audit row for the renovation.
 */

export { chargeOneOff, refundDeposit }
export type { OneOffCharge, RefundInput }

export interface FeeItemFacts {
  id: number
  name: string
  category: FeeCategory
  method: FeeMethod
  active: boolean
}

/** The item, or null when there is none with that id. */
export function feeItemFacts(db: Db, itemId: number): FeeItemFacts | null {
  const row = db
    .select({
      id: feeItems.id,
      name: feeItems.name,
      category: feeItems.category,
      method: feeItems.method,
      active: feeItems.active
    })
    .from(feeItems)
    .where(eq(feeItems.id, itemId))
    .get()
  return row ? { ...row, category: row.category as FeeCategory, method: row.method as FeeMethod } : null
}

export interface SettledBy {
  receivableId: number
  itemName: string
  amountFen: number
  /** The valid receipt that paid it; null while unpaid (or its receipt was voided). */
  receiptId: number | null
  receiptCode: string | null
}

/** The receivable with the valid receipt that settled it. */
export function settledBy(db: Db, receivableId: number): SettledBy | null {
  const row = db
    .select({
      receivableId: receivables.id,
      itemName: feeItems.name,
      amountFen: receivables.amountFen,
      receiptId: receipts.id,
      receiptCode: receipts.code,
      voidId: receiptVoids.id
    })
    .from(receivables)
    .innerJoin(feeItems, eq(feeItems.id, receivables.itemId))
    .leftJoin(receipts, eq(receipts.id, receivables.paidReceiptId))
    .leftJoin(receiptVoids, eq(receiptVoids.receiptId, receipts.id))
    .where(eq(receivables.id, receivableId))
    .get()
  if (!row) return null
  const paid = row.receiptId !== null && row.voidId === null
  return {
    receivableId: row.receivableId,
    itemName: row.itemName,
    amountFen: row.amountFen,
    receiptId: paid ? row.receiptId : null,
    receiptCode: paid ? row.receiptCode : null
  }
}

/** The valid refund receipt that returned this payment's deposit, if any. */
export function refundOf(
  db: Db,
  receiptId: number
): { receiptId: number; code: string; totalFen: number; issuedAt: string } | null {
  const row = db
    .select({ receiptId: receipts.id, code: receipts.code, totalFen: receipts.totalFen, issuedAt: receipts.issuedAt })
    .from(receipts)
    .leftJoin(receiptVoids, eq(receiptVoids.receiptId, receipts.id))
    .where(and(eq(receipts.refersTo, receiptId), eq(receipts.kind, 'refund'), isNull(receiptVoids.id)))
    .get()
  return row ?? null
}

/** A receipt's code, total and time (a renovation's refund receipt, shown in its drawer); null when there is none. */
export function receiptFacts(
  db: Db,
  receiptId: number
): { receiptId: number; code: string; totalFen: number; issuedAt: string } | null {
  const row = db
    .select({ receiptId: receipts.id, code: receipts.code, totalFen: receipts.totalFen, issuedAt: receipts.issuedAt })
    .from(receipts)
    .where(eq(receipts.id, receiptId))
    .get()
  return row ?? null
}
