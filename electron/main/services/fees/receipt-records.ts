import { and, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import { payments, receiptLines, receiptPrints, receipts, receiptVoids, rooms, staff } from '../../../../db/schema'
import type { Db } from '../../../../db/open'
import type { ReceiptLineView, ReceiptSummary, ReceiptView } from '../../../../shared/fees/fees'
import { maskPhone } from '../../../../shared/domain/phone'
import { sumFen } from '../../../../shared/domain/money'
import { foldMonths, isPeriod } from '../../../../shared/kernel/calendar'
import { AppError } from '../../core/errors'
import type { Session } from '../../core/sessions'

/** The printed form of a number: the series prefix and six digits ('SJ2026000123'). */
export const receiptCode = (prefix: string, number: number) => `${prefix}${String(number).padStart(6, '0')}`

const summaryColumns = {
  id: receipts.id,
  code: receipts.code,
  kind: receipts.kind,
  roomId: receipts.roomId,
  roomCode: rooms.code,
  payerName: receipts.payerName,
  totalFen: receipts.totalFen,
  issuedAt: receipts.issuedAt,
  staffName: staff.displayName,
  voidId: receiptVoids.id,
  printCount: sql<number>`(select count(*) from ${receiptPrints} where ${receiptPrints.receiptId} = ${receipts.id})`,
  hasDeposit: sql<number>`exists (select 1 from ${receiptLines} where ${receiptLines.receiptId} = ${receipts.id} and ${receiptLines.category} = 'renovationDeposit')`,
  refunded: sql<number>`exists (select 1 from receipts rf left join receipt_voids rv on rv.receipt_id = rf.id where rf.refers_to = ${receipts.id} and rv.id is null)`
}

function summaries(db: Db, where: SQL | undefined, limit: number): ReceiptSummary[] {
  return db
    .select(summaryColumns)
    .from(receipts)
    .innerJoin(rooms, eq(rooms.id, receipts.roomId))
    .innerJoin(staff, eq(staff.id, receipts.staffId))
    .leftJoin(receiptVoids, eq(receiptVoids.receiptId, receipts.id))
    .where(where)
    .orderBy(desc(receipts.id))
    .limit(limit)
    .all()
    .map(({ voidId, hasDeposit, refunded, ...r }) => ({
      ...r,
      status: voidId === null ? ('valid' as const) : ('void' as const),
      refundable: voidId === null && r.kind === 'payment' && hasDeposit === 1 && refunded === 0,
      refunded: refunded === 1
    }))
}

export function listReceipts(
  db: Db,
  filter: { roomId?: number; from?: string; to?: string; code?: string; limit: number }
): ReceiptSummary[] {
  const conditions = [
    filter.roomId === undefined ? undefined : eq(receipts.roomId, filter.roomId),
    filter.from === undefined ? undefined : gte(receipts.issuedAt, filter.from),
    // 'to' is a date: include the whole day.
    filter.to === undefined ? undefined : lte(receipts.issuedAt, `${filter.to}T23:59:59.999Z`),
    filter.code ? sql`${receipts.code} like ${'%' + filter.code.toUpperCase()}` : undefined
  ].filter((c): c is SQL => c !== undefined)
  return summaries(db, conditions.length ? and(...conditions) : undefined, filter.limit)
}

/** One receipt in full: lines, payments, void, the refund it answers. Phones masked. */
export function receiptView(db: Db, receiptId: number, session: Session | null): ReceiptView {
  const [summary] = summaries(db, eq(receipts.id, receiptId), 1)
  const row = db.select().from(receipts).where(eq(receipts.id, receiptId)).get()
  if (!summary || !row) throw new AppError('NOT_FOUND', {}, { entity: 'receipt', id: receiptId })
  const voider = alias(staff, 'voider')
  const approver = alias(staff, 'void_approver')
  const voided = db
    .select({
      reason: receiptVoids.reason,
      at: receiptVoids.voidedAt,
      staffName: voider.displayName,
      approverName: approver.displayName
    })
    .from(receiptVoids)
    .innerJoin(voider, eq(voider.id, receiptVoids.staffId))
    .leftJoin(approver, eq(approver.id, receiptVoids.approverId))
    .where(eq(receiptVoids.receiptId, receiptId))
    .get()
  const original =
    row.refersTo === null
      ? undefined
      : db.select({ code: receipts.code }).from(receipts).where(eq(receipts.id, row.refersTo)).get()
  return {
    ...summary,
    lines: groupMonths(
      db
        .select({
          itemName: receiptLines.itemName,
          category: receiptLines.category,
          periodLabel: receiptLines.periodLabel,
          priceE4: receiptLines.priceE4,
          quantityCenti: receiptLines.quantityCenti,
          months: receiptLines.months,
          amountFen: receiptLines.amountFen
        })
        .from(receiptLines)
        .where(eq(receiptLines.receiptId, receiptId))
        .orderBy(receiptLines.id)
        .all()
    ),
    payments: db
      .select({
        method: payments.method,
        amountFen: payments.amountFen,
        tenderedFen: payments.tenderedFen,
        changeFen: payments.changeFen
      })
      .from(payments)
      .where(eq(payments.receiptId, receiptId))
      .orderBy(payments.id)
      .all(),
    payerPhoneMasked: row.payerPhone ? maskPhone(row.payerPhone) : '',
    remarks: row.remarks,
    refersToCode: original?.code ?? null,
    void: voided ?? null,
    voidNeedsApproval: !(session && session.staffId === row.staffId && session.shiftId === row.shiftId)
  }
}

/** Folds runs of consecutive months of one item at one monthly amount into a single line. */
export function groupMonths(rows: Omit<ReceiptLineView, 'monthlyFen'>[]): ReceiptLineView[] {
  const sameCharge = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
    a.itemName === b.itemName &&
    a.priceE4 === b.priceE4 &&
    a.quantityCenti === b.quantityCenti &&
    a.amountFen === b.amountFen
  return foldMonths(rows, (row) => row.periodLabel, sameCharge).map(({ from, to, items }) => {
    const first = items[0]!
    if (items.length === 1) return { ...first, monthlyFen: isPeriod(first.periodLabel) ? first.amountFen : null }
    return {
      ...first,
      periodLabel: `${from} 至 ${to}`,
      months: (first.months ?? 1) + items.length - 1,
      amountFen: sumFen(items.map((i) => i.amountFen)),
      monthlyFen: first.amountFen
    }
  })
}

export function receiptCodesOf(db: Db, ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map()
  return new Map(
    db
      .select({ id: receipts.id, code: receipts.code })
      .from(receipts)
      .where(inArray(receipts.id, ids))
      .all()
      .map((r) => [r.id, r.code])
  )
}
