import { asc, eq } from 'drizzle-orm'
import { feeItems } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import type { ReceiptView, ReceivableView } from '../../../../shared/fees/fees'
import type { ParsedInputOf } from '../../../../shared/kernel/procedure'
import { addMonths, dueDate, periodBounds } from '../../../../shared/fees/periods'
import { formatFen, sumFen } from '../../../../shared/domain/money'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { getItem, requirePrice, today, roomTypesOf } from './fee-items'
import { handle } from '../../core/handler'
import { monthlyCharge, MONTHLY } from './billing'
import { insertReceivable, receivableViews } from './receivable-records'
import { listReceipts, receiptCode, receiptView } from './receipt-records'
import { countReceiptNumber, nextReceiptNumber } from './receipt-numbers'
import { sealRow } from '../../../../db/chain'
import { getRoom } from '../households/room-records'
import { prepaidMonthCharge, type TrusteeshipPlan } from './trusteeship-rate'

/**
 * The first month not yet billed for a room and item: after the last billed one, or this month.
 * Months a voided prepayment created were cancelled: they are not billed.
 */
export function nextUnbilled(ctx: ServiceContext, roomId: number, itemId: number): string {
  const last = ctx.store.sqlite
    .prepare(
      `SELECT max(period) AS period FROM receivables WHERE room_id = ? AND item_id = ? AND period IS NOT NULL AND cancelled_void_id IS NULL`
    )
    .get(roomId, itemId) as { period: string | null }
  const thisMonth = today(ctx).slice(0, 7)
  // Months between an old last bill and now are left to billing (they are arrears, not prepayment).
  const afterLast = last.period ? addMonths(last.period, 1) : thisMonth
  return afterLast > thisMonth ? afterLast : thisMonth
}

const account = handle(api.fees.account, {
  run(ctx, input) {
    const room = getRoom(ctx.db, input.roomId)
    const date = today(ctx)
    const unpaid = receivableViews(
      ctx.store.sqlite,
      'r.room_id = ? AND r.paid_receipt_id IS NULL AND r.cancelled_void_id IS NULL',
      [room.id],
      date
    )
    const prepayable = ctx.db
      .select()
      .from(feeItems)
      .where(eq(feeItems.active, true))
      .orderBy(asc(feeItems.sortKey), asc(feeItems.id))
      .all()
      .filter((item) => MONTHLY.has(item.method) && roomTypesOf(item).includes(room.type))
      .flatMap((item) => {
        const nextPeriod = nextUnbilled(ctx, room.id, item.id)
        const price = ctx.store.sqlite
          .prepare(
            `SELECT price_e4 AS p FROM fee_rates WHERE item_id = ? AND effective_from <= ? ORDER BY effective_from DESC LIMIT 1`
          )
          .get(item.id, periodBounds(nextPeriod).from) as { p: number } | undefined
        return price
          ? [{ itemId: item.id, name: item.name, nextPeriod, monthlyFen: monthlyCharge(item, price.p, room).amountFen }]
          : []
      })
    return {
      roomId: room.id,
      unpaid,
      unpaidTotalFen: sumFen(unpaid.map((r) => r.amountFen)),
      overdueTotalFen: sumFen(unpaid.filter((r) => r.overdue).map((r) => r.amountFen)),
      prepayable,
      recentReceipts: listReceipts(ctx.db, { roomId: room.id, limit: 10 })
    }
  }
})

/** Creates the prepaid months as receivables (at each month's own price) and returns their ids. */
function prepayReceivables(
  ctx: ServiceContext,
  room: ReturnType<typeof getRoom>,
  prepay: { itemId: number; months: number }[],
  trusteeship: TrusteeshipPlan | null
): number[] {
  const ids: number[] = []
  for (const { itemId, months } of prepay) {
    const item = getItem(ctx.db, itemId)
    if (!MONTHLY.has(item.method) || !roomTypesOf(item).includes(room.type))
      throw new AppError('VALIDATION', {}, { fields: { prepay: item.name } })
    let period = nextUnbilled(ctx, room.id, item.id)
    for (let i = 0; i < months; i++, period = addMonths(period, 1)) {
      const { from, to } = periodBounds(period)
      const priceE4 = requirePrice(ctx.db, item, from)
      const charge = prepaidMonthCharge(item, priceE4, room, period, trusteeship)
      const id = insertReceivable(ctx.store.sqlite, {
        roomId: room.id,
        item,
        period,
        periodFrom: from,
        periodTo: to,
        priceE4,
        months: 1,
        dueOn: dueDate(period, item.dueDay),
        source: 'prepay',
        note: '',
        at: ctx.now().toISOString(),
        staffId: ctx.requireSession().staffId,
        ...charge
      })
      if (id === null) throw new AppError('ALREADY_PAID', { item: item.name, period })
      ids.push(id)
    }
  }
  return ids
}

/**
 * One payment = one transaction: the chosen receivables (still unpaid, of this room) and the
 * prepaid months become the receipt's lines; the total must be what the payer confirmed and what
 * the payment methods add up to; the receipt takes the next number of the series; each receivable
 * is marked paid only if it still was unpaid (two counters cannot take the same bill).
 */
export function takePayment(
  ctx: ServiceContext,
  input: ParsedInputOf<typeof api.fees.pay>,
  trusteeship: TrusteeshipPlan | null
): ReceiptView {
  const session = ctx.requireSession()
  const room = getRoom(ctx.db, input.roomId)
  const date = today(ctx)
  // A cancelled month is not a bill any more: asking for it is asking for something not found.
  const chosen = input.receivableIds.length
    ? receivableViews(
        ctx.store.sqlite,
        `r.id IN (${input.receivableIds.map(() => '?').join(',')}) AND r.cancelled_void_id IS NULL`,
        input.receivableIds,
        date
      )
    : []
  for (const r of chosen)
    if (r.roomId !== room.id || r.paidReceiptCode !== null)
      throw new AppError('ALREADY_PAID', { item: r.itemName, period: r.period ?? r.periodTo })
  if (chosen.length !== new Set(input.receivableIds).size)
    throw new AppError('NOT_FOUND', {}, { field: 'receivableIds' })
  const prepaid = prepayReceivables(ctx, room, input.prepay, trusteeship)
  const lines: ReceivableView[] = [
    ...chosen,
    ...(prepaid.length
      ? receivableViews(ctx.store.sqlite, `r.id IN (${prepaid.map(() => '?').join(',')})`, prepaid, date)
      : [])
  ]
  if (lines.length === 0) throw new AppError('NOTHING_TO_PAY')
  const total = sumFen(lines.map((l) => l.amountFen))
  if (total !== input.expectedTotal)
    throw new AppError(
      'AMOUNT_MISMATCH',
      { actual: formatFen(total), expected: formatFen(input.expectedTotal) },
      { totalFen: total }
    )
  const paid = sumFen(input.payments.map((p) => p.amount))
  if (paid !== total) throw new AppError('PAYMENTS_MISMATCH', { paid: formatFen(paid), total: formatFen(total) })
  const cash = sumFen(input.payments.filter((p) => p.method === 'cash').map((p) => p.amount))
  if (input.tendered !== undefined && input.tendered < cash)
    throw new AppError('TENDERED_SHORT', { tendered: formatFen(input.tendered), cash: formatFen(cash) })

  const { seriesId, prefix, number } = nextReceiptNumber(ctx)
  const code = receiptCode(prefix, number)
  const sqlite = ctx.store.sqlite
  const receiptId = Number(
    sqlite
      .prepare(
        `INSERT INTO receipts (series_id, number, code, kind, room_id, payer_name, payer_phone, total_fen, issued_at, staff_id, shift_id, remarks) VALUES (?, ?, ?, 'payment', ?, ?, ?, ?, ?, ?, ?, ?)`
      )
      .run(
        seriesId,
        number,
        code,
        room.id,
        input.payerName,
        input.payerPhone || null,
        total,
        ctx.now().toISOString(),
        session.staffId,
        session.shiftId,
        input.remarks
      ).lastInsertRowid
  )
  countReceiptNumber(ctx, seriesId, number)
  const line = sqlite.prepare(
    `INSERT INTO receipt_lines (receipt_id, receivable_id, item_name, category, period_label, price_e4, quantity_centi, months, amount_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  for (const l of lines)
    line.run(
      receiptId,
      l.id,
      l.itemName,
      l.category,
      l.period ?? (l.periodFrom === l.periodTo ? l.periodFrom : `${l.periodFrom} 至 ${l.periodTo}`),
      l.priceE4,
      l.quantityCenti,
      l.months,
      l.amountFen
    )
  const settle = sqlite.prepare(`UPDATE receivables SET paid_receipt_id = ? WHERE id = ? AND paid_receipt_id IS NULL`)
  for (const l of lines)
    if (settle.run(receiptId, l.id).changes !== 1)
      throw new AppError('ALREADY_PAID', { item: l.itemName, period: l.period ?? l.periodTo })
  const payment = sqlite.prepare(
    `INSERT INTO payments (receipt_id, method, amount_fen, tendered_fen, change_fen) VALUES (?, ?, ?, ?, ?)`
  )
  for (const p of input.payments) {
    const isCash = p.method === 'cash' && input.tendered !== undefined
    // Tendered and change belong to the (first) cash payment: that is the money on the counter.
    const tendered =
      isCash && p === input.payments.find((x) => x.method === 'cash') ? input.tendered! - (cash - p.amount) : null
    payment.run(receiptId, p.method, p.amount, tendered, tendered === null ? null : tendered - p.amount)
  }
  // Last: the hash covers the lines and payments, and a sealed receipt settles nothing more (0016).
  sealRow(sqlite, 'receipts', receiptId)
  ctx.audit({
    roomId: room.id,
    entityType: 'receipt',
    entityId: receiptId,
    summaryKey: 'audit.pay',
    summaryParams: { amount: formatFen(total), code }
  })
  return receiptView(ctx.db, receiptId, session)
}

/** At the counter a prepaid month is charged as the room stands: the trusteeship share only once it is 托管. */
const pay = handle(api.fees.pay, { run: (ctx, input) => takePayment(ctx, input, null) })

export const paymentHandlers = [account, pay]
