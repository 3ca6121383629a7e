import { api } from '../../../../shared/api'
import type { ReceiptView } from '../../../../shared/fees/fees'
import type { ParsedInputOf } from '../../../../shared/kernel/procedure'
import type { ServiceContext } from '../../core/context'
import { formatFen, sumFen } from '../../../../shared/domain/money'
import { MANAGERS, SUPERVISORS } from '../../../../shared/kernel/roles'
import { rebillReachedMonths } from './billing'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { listReceipts, receiptCode, receiptView } from './receipt-records'
import { countReceiptNumber, nextReceiptNumber } from './receipt-numbers'
import { sealRow } from '../../../../db/chain'
import { releaseSettled } from './receivable-records'

const DEPOSIT_CATEGORIES = new Set(['renovationDeposit'])

const list = handle(api.fees.receipts, { run: (ctx, input) => listReceipts(ctx.db, input) })
const get = handle(api.fees.receipt, { run: (ctx, input) => receiptView(ctx.db, input.receiptId, ctx.session) })

/**
 * 作废: the receipt keeps its number and shows 作废 everywhere; what it settled is unpaid again,
 * and the months it prepaid are cancelled (billing bills them when it reaches them).
 * The issuing clerk may void it alone during the same open shift; anyone else, or later, needs a
 * supervisor's approval on the spot. A payment with a valid refund is voided only after the refund.
 */
const voidReceipt = handle(api.fees.void, {
  run(ctx, input) {
    const session = ctx.requireSession()
    const receipt = receiptView(ctx.db, input.receiptId, session)
    if (receipt.status === 'void') throw new AppError('ALREADY_VOID', { code: receipt.code })
    const refund = ctx.store.sqlite
      .prepare(
        `SELECT r.code FROM receipts r LEFT JOIN receipt_voids v ON v.receipt_id = r.id WHERE r.refers_to = ? AND v.id IS NULL`
      )
      .get(receipt.id) as { code: string } | undefined
    if (refund) throw new AppError('ALREADY_REFUNDED', { code: receipt.code, refund: refund.code })
    const approver = receipt.voidNeedsApproval ? ctx.requireApproval(SUPERVISORS) : null
    const sqlite = ctx.store.sqlite
    const voidId = Number(
      sqlite
        .prepare(
          `INSERT INTO receipt_voids (receipt_id, reason, voided_at, staff_id, shift_id, approver_id) VALUES (?, ?, ?, ?, ?, ?)`
        )
        .run(receipt.id, input.reason, ctx.now().toISOString(), session.staffId, session.shiftId, approver?.id ?? null)
        .lastInsertRowid
    )
    // The room's account goes back to what it was before the payment: the months a prepayment
    // created are cancelled (not left as bills), what it settled is owed again.
    rebillReachedMonths(ctx, releaseSettled(sqlite, receipt.id, voidId))
    sealRow(sqlite, 'receipt_voids', voidId)
    ctx.audit({
      roomId: receipt.roomId,
      entityType: 'receipt',
      entityId: receipt.id,
      summaryKey: 'audit.void',
      summaryParams: { code: receipt.code, reason: input.reason }
    })
    return receiptView(ctx.db, receipt.id, session)
  }
})

/**
 * 退款: a deposit goes back less itemised deductions, as a new numbered receipt with a negative
 * total that refers to the original — the original stays as it was. Needs the office manager.
 */
export type RefundInput = ParsedInputOf<typeof api.fees.refund>

/** The refund itself, in the caller's transaction (fees.refund, and a renovation's deposit through renovation-fees.ts). */
export function refundDeposit(ctx: ServiceContext, input: RefundInput): ReceiptView {
  const session = ctx.requireSession()
  const original = receiptView(ctx.db, input.receiptId, session)
  const depositLines = original.lines.filter((l) => DEPOSIT_CATEGORIES.has(l.category))
  if (original.status !== 'valid' || original.kind !== 'payment' || depositLines.length === 0)
    throw new AppError('NOT_REFUNDABLE')
  const earlier = ctx.store.sqlite
    .prepare(
      `SELECT r.code FROM receipts r LEFT JOIN receipt_voids v ON v.receipt_id = r.id WHERE r.refers_to = ? AND v.id IS NULL`
    )
    .get(original.id) as { code: string } | undefined
  if (earlier) throw new AppError('ALREADY_REFUNDED', { code: original.code, refund: earlier.code })
  const deposit = sumFen(depositLines.map((l) => l.amountFen))
  const deductions = sumFen(input.deductions.map((d) => d.amount))
  if (deductions > deposit)
    throw new AppError('REFUND_EXCEEDS', { deductions: formatFen(deductions), deposit: formatFen(deposit) })
  const approver = ctx.requireApproval(MANAGERS)
  const total = -(deposit - deductions)
  const { seriesId, prefix, number } = nextReceiptNumber(ctx)
  const code = receiptCode(prefix, number)
  const sqlite = ctx.store.sqlite
  const receiptId = Number(
    sqlite
      .prepare(
        `INSERT INTO receipts (series_id, number, code, kind, room_id, payer_name, payer_phone, total_fen, issued_at, staff_id, shift_id, approver_id, refers_to, remarks) VALUES (?, ?, ?, 'refund', ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)`
      )
      .run(
        seriesId,
        number,
        code,
        original.roomId,
        original.payerName,
        total,
        ctx.now().toISOString(),
        session.staffId,
        session.shiftId,
        approver.id,
        original.id,
        input.reason
      ).lastInsertRowid
  )
  countReceiptNumber(ctx, seriesId, number)
  const line = sqlite.prepare(
    `INSERT INTO receipt_lines (receipt_id, receivable_id, item_name, category, period_label, amount_fen) VALUES (?, NULL, ?, ?, ?, ?)`
  )
  for (const l of depositLines)
    line.run(receiptId, `退还${l.itemName}`, l.category, `原收据 ${original.code}`, -l.amountFen)
  for (const d of input.deductions) line.run(receiptId, `扣除：${d.description}`, 'deduction', '', d.amount)
  sqlite
    .prepare(`INSERT INTO payments (receipt_id, method, amount_fen) VALUES (?, ?, ?)`)
    .run(receiptId, input.method, total)
  sealRow(sqlite, 'receipts', receiptId)
  ctx.audit({
    roomId: original.roomId,
    entityType: 'receipt',
    entityId: receiptId,
    summaryKey: 'audit.refund',
    summaryParams: { amount: formatFen(-total), code, original: original.code }
  })
  return receiptView(ctx.db, receiptId, session)
}

const refund = handle(api.fees.refund, { run: refundDeposit })

export const receiptHandlers = [list, get, voidReceipt, refund]
