import { and, asc, eq, gt } from 'drizzle-orm'
import { renovations, renovationViolations } from '../../../../db/schema'
import { formatFen } from '../../../../shared/domain/money'
import { message } from '../../../../shared/messages'
import { permitsContract } from '../../../../shared/permits/api'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { refundDeposit, refundOf, settledBy } from '../fees/renovation-fees'
import { setRoomStatus, type RoomStatus } from '../households/permit-room'
import { paperViews } from './papers'
import { loadRenovation, requireStatus, type RenovationRow } from './renovation-records'
import { renovationView } from './renovation-view'
import { readPermitSettings } from './settings-store'
import { fieldRefusal, passRows, permitRows, recordStep } from './worker-records'

/**
 * 装修验收 and the deposit's return. An inspection with an item not ok is recorded (the works go
 * on, so the papers may stay out) and changes nothing else; a passed one needs every permit
 * edition and every pass back (returned, lost or revoked — an expired pass is still in someone's
 * pocket) and restores the room's status. The refund goes through fees (a refund receipt, a
 * manager's approval on the spot); a renovation whose deposit was never charged or paid closes
 * without one.
 */

const api = permitsContract.renovations
const BACK = new Set(['returned', 'lost', 'revoked'])
/** fees.refund's limit on a deduction line's text. */
const DEDUCTION_TEXT = 60

/**
 * The renovation's papers still out, permits first: the number, and the edition where the number
 * has several (an extension leaves the earlier edition out until it is handed back too).
 */
export function papersOut(ctx: ServiceContext, renovationId: number): string[] {
  const views = paperViews(ctx, [...permitRows(ctx, renovationId), ...passRows(ctx, renovationId)])
  const editions = new Map<string, number>()
  for (const p of views) editions.set(p.number, (editions.get(p.number) ?? 0) + 1)
  return views
    .filter((p) => !BACK.has(p.standing))
    .map((p) =>
      (editions.get(p.number) ?? 0) > 1
        ? message(ctx.locale, 'permits.worker.paperEdition', { number: p.number, edition: p.edition })
        : p.number
    )
}

type InspectionItem = { item: string; ok: boolean; note: string }

/** The checklist must be the settings' one: every item once, none added. */
function checkItems(ctx: ServiceContext, items: readonly InspectionItem[]): void {
  const expected = readPermitSettings(ctx.db).inspectionItems
  const given = items.map((i) => i.item)
  const same =
    new Set(given).size === given.length && given.length === expected.length && expected.every((e) => given.includes(e))
  if (!same) throw fieldRefusal(ctx, 'items', 'permits.worker.field.inspectionItems', { items: expected.join('、') })
}

const inspect = handle(api.inspect, {
  run(ctx, input) {
    const row = loadRenovation(ctx, input.renovationId)
    requireStatus(ctx, row, ['active', 'suspended', 'revoked'], 'renovations.action.inspect')
    checkItems(ctx, input.items)
    const failed = input.items.filter((i) => !i.ok)
    const details = { items: input.items, inspector: input.inspector, remarks: input.remarks }
    if (failed.length > 0) {
      recordStep(ctx, row, {
        kind: 'inspectionFailed',
        note: input.remarks,
        details: { ...details, failed: failed.map((i) => i.item) },
        summaryKey: 'audit.renovationInspectionFailed',
        summaryParams: { inspector: input.inspector, items: failed.map((i) => i.item).join('、') }
      })
      return renovationView(ctx, row.id)
    }
    const out = papersOut(ctx, row.id)
    if (out.length > 0) throw new AppError('PAPERS_OUT', { papers: out.join('、') })
    ctx.db
      .update(renovations)
      .set({ status: 'inspected', inspection: JSON.stringify(details), inspectedAt: ctx.now().toISOString() })
      .where(eq(renovations.id, row.id))
      .run()
    if (row.previousRoomStatus) setRoomStatus(ctx.db, row.roomId, row.previousRoomStatus as RoomStatus)
    recordStep(ctx, row, {
      kind: 'inspected',
      note: input.remarks,
      details,
      summaryKey: 'audit.renovationInspected',
      summaryParams: { inspector: input.inspector }
    })
    return renovationView(ctx, row.id)
  }
})

/** One deduction line per violation with a deduction, in the order found. */
function deductionLines(ctx: ServiceContext, renovationId: number) {
  return ctx.db
    .select({ what: renovationViolations.what, amount: renovationViolations.deductionFen })
    .from(renovationViolations)
    .where(and(eq(renovationViolations.renovationId, renovationId), gt(renovationViolations.deductionFen, 0)))
    .orderBy(asc(renovationViolations.foundAt), asc(renovationViolations.id))
    .all()
    .map((v) => ({ description: `违规扣款：${v.what}`.slice(0, DEDUCTION_TEXT), amount: v.amount }))
}

/** Inspected without a paid deposit: nothing to return, the renovation closes. */
function closeWithoutDeposit(ctx: ServiceContext, row: RenovationRow) {
  ctx.db
    .update(renovations)
    .set({ status: 'closed', closedAt: ctx.now().toISOString() })
    .where(eq(renovations.id, row.id))
    .run()
  recordStep(ctx, row, { kind: 'closed', details: { deposit: null }, summaryKey: 'audit.renovationClosedNoDeposit' })
  return renovationView(ctx, row.id)
}

/** The refund receipt on the row; inspected → closed, a cancelled renovation stays cancelled. */
function recordRefund(
  ctx: ServiceContext,
  row: RenovationRow,
  refund: { receiptId: number; code: string; totalFen: number },
  deducted: number,
  note: string,
  adopted: boolean
) {
  ctx.db
    .update(renovations)
    .set({
      status: row.status === 'inspected' ? 'closed' : row.status,
      refundReceiptId: refund.receiptId,
      closedAt: row.closedAt ?? ctx.now().toISOString()
    })
    .where(eq(renovations.id, row.id))
    .run()
  recordStep(ctx, row, {
    kind: 'refunded',
    note,
    details: {
      receiptId: refund.receiptId,
      code: refund.code,
      amountFen: -refund.totalFen,
      deductionsFen: deducted,
      adopted
    },
    summaryKey: 'audit.renovationRefunded',
    summaryParams: { amount: formatFen(-refund.totalFen), deductions: formatFen(deducted), code: refund.code }
  })
  return renovationView(ctx, row.id)
}

const refund = handle(api.refund, {
  run(ctx, input) {
    const row = loadRenovation(ctx, input.renovationId)
    requireStatus(ctx, row, ['inspected', 'cancelled'], 'renovations.action.refund')
    const deposit = row.depositReceivableId === null ? null : settledBy(ctx.db, row.depositReceivableId)
    const refusal = () =>
      new AppError('RENOVATION_STATE', {
        number: row.number,
        status: `renovations.status.${row.status}`,
        action: 'renovations.action.refund'
      })
    if (row.refundReceiptId !== null) throw refusal()
    if (!deposit?.receiptId) {
      if (row.status === 'cancelled') throw refusal()
      return closeWithoutDeposit(ctx, row)
    }
    // Refunded at 收费 already (fees.refund, approved there): the renovation takes that receipt.
    const earlier = refundOf(ctx.db, deposit.receiptId)
    if (earlier) return recordRefund(ctx, row, earlier, deposit.amountFen + earlier.totalFen, input.reason, true)
    const deductions = deductionLines(ctx, row.id)
    const receipt = refundDeposit(ctx, {
      receiptId: deposit.receiptId,
      deductions,
      method: input.method,
      reason: input.reason || message(ctx.locale, 'permits.worker.refundReason', { number: row.number })
    })
    const deducted = deductions.reduce((n, d) => n + d.amount, 0)
    return recordRefund(
      ctx,
      row,
      { receiptId: receipt.id, code: receipt.code, totalFen: receipt.totalFen },
      deducted,
      input.reason,
      false
    )
  }
})

export const completionHandlers = [inspect, refund]
