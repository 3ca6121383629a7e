import type Database from 'better-sqlite3'
import { FEE_CATEGORIES } from '../../../../shared/fees/fees'
import type { CountFen, DailyCollection, DailyVoid, Ledger, LedgerRow } from '../../../../shared/fees/reports'
import { addDays } from '../../../../shared/fees/arrears-rules'
import { prepared } from './arrears-records'

/**
 * A counter day as the range of stored times it covers: receipts carry UTC instants
 * (toISOString), the day is the counter's local calendar day.
 */
export function localDayRange(from: string, to: string = from): [string, string] {
  const start = (date: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number]
    return new Date(y, m - 1, d).toISOString()
  }
  return [start(from), start(addDays(to, 1))]
}

// A receipt counts when it was issued in the range and has not been voided.
const VALID_IN_RANGE = `rc.issued_at >= @from AND rc.issued_at < @to AND NOT EXISTS (SELECT 1 FROM receipt_voids v WHERE v.receipt_id = rc.id)`

const categoryRank = (category: string) => {
  const i = (FEE_CATEGORIES as readonly string[]).indexOf(category)
  return i < 0 ? FEE_CATEGORIES.length : i
}

/**
 * 收款日报. Refund receipts are stored with negative totals, lines and payments (fees.refund),
 * so summing as stored makes them count negative; a voided receipt counts nowhere and is listed
 * apart — those issued this day, and those of earlier days voided this day.
 */
export function dailyCollection(sqlite: Database.Database, date: string): DailyCollection {
  const range = localDayRange(date)
  const day = { from: range[0], to: range[1] }
  const byItem = (
    prepared(
      sqlite,
      `SELECT l.category, l.item_name AS itemName, count(*) AS count, sum(l.amount_fen) AS fen
       FROM receipts rc JOIN receipt_lines l ON l.receipt_id = rc.id WHERE ${VALID_IN_RANGE} GROUP BY l.category, l.item_name`
    ).all(day) as DailyCollection['byItem']
  ).sort((a, b) => categoryRank(a.category) - categoryRank(b.category) || a.itemName.localeCompare(b.itemName, 'zh-CN'))
  const byMethod = prepared(
    sqlite,
    `SELECT p.method, count(*) AS count, sum(p.amount_fen) AS fen
     FROM receipts rc JOIN payments p ON p.receipt_id = rc.id WHERE ${VALID_IN_RANGE} GROUP BY p.method ORDER BY sum(p.amount_fen) DESC`
  ).all(day) as DailyCollection['byMethod']
  const byClerk = prepared(
    sqlite,
    `SELECT rc.staff_id AS staffId, s.display_name AS staffName, count(*) AS count, sum(rc.total_fen) AS fen
     FROM receipts rc JOIN staff s ON s.id = rc.staff_id WHERE ${VALID_IN_RANGE} GROUP BY rc.staff_id ORDER BY s.display_name`
  ).all(day) as DailyCollection['byClerk']
  const kinds = prepared(sqlite, `SELECT rc.kind, count(*) AS count, sum(rc.total_fen) AS fen FROM receipts rc WHERE ${VALID_IN_RANGE} GROUP BY rc.kind`).all(day) as ({ kind: string } & CountFen)[]
  const ofKind = (kind: string): CountFen => {
    const row = kinds.find((k) => k.kind === kind)
    return { count: row?.count ?? 0, fen: row?.fen ?? 0 }
  }
  const payments = ofKind('payment')
  const refunds = ofKind('refund')
  const voids = (
    prepared(
      sqlite,
      `SELECT rc.code, rm.code AS roomCode, rc.total_fen AS totalFen, rc.issued_at AS issuedAt, v.voided_at AS voidedAt, v.reason,
              s.display_name AS staffName, vs.display_name AS voidedBy
       FROM receipt_voids v JOIN receipts rc ON rc.id = v.receipt_id JOIN rooms rm ON rm.id = rc.room_id
       JOIN staff s ON s.id = rc.staff_id JOIN staff vs ON vs.id = v.staff_id
       WHERE (rc.issued_at >= @from AND rc.issued_at < @to) OR (v.voided_at >= @from AND v.voided_at < @to)
       ORDER BY rc.issued_at, rc.id`
    ).all(day) as Omit<DailyVoid, 'issuedEarlier'>[]
  ).map((v) => ({ ...v, issuedEarlier: v.issuedAt < range[0] }))
  return {
    date,
    byItem,
    byMethod,
    byClerk,
    payments,
    refunds,
    total: { count: payments.count + refunds.count, fen: payments.fen + refunds.fen },
    voids,
    voidTotal: { count: voids.length, fen: voids.reduce((n, v) => n + v.totalFen, 0) }
  }
}

/*
 * 应收 / 实收 / 欠收 by the receivable's period (one-offs by the month they start), item and
 * building. "Received" is what valid receipts settled: a void clears paid_receipt_id (fees.void),
 * so a settled receivable is one with a receipt; a month a voided prepayment created was
 * cancelled and is no receivable at all. A report of months, read a few times a month: it scans
 * the receivables of the range rather than keep another index up to date on every bill.
 */
const LEDGER = `
  SELECT coalesce(r.period, substr(r.period_from, 1, 7)) AS period, r.item_id AS itemId, i.name AS itemName, i.category,
         b.id AS buildingId, b.code AS buildingCode,
         sum(r.amount_fen) AS receivableFen,
         sum(CASE WHEN r.paid_receipt_id IS NOT NULL THEN r.amount_fen ELSE 0 END) AS receivedFen,
         sum(CASE WHEN r.paid_receipt_id IS NULL AND r.due_on < @today THEN r.amount_fen ELSE 0 END) AS arrearsFen
  FROM receivables r JOIN fee_items i ON i.id = r.item_id JOIN rooms rm ON rm.id = r.room_id JOIN buildings b ON b.id = rm.building_id
  WHERE coalesce(r.period, substr(r.period_from, 1, 7)) BETWEEN @fromPeriod AND @toPeriod AND (@buildingId IS NULL OR rm.building_id = @buildingId)
    AND r.cancelled_void_id IS NULL
  GROUP BY 1, r.item_id, b.id
  ORDER BY 1, i.sort_key, i.id, b.sort_key, b.code`

export function ledger(sqlite: Database.Database, input: { fromPeriod: string; toPeriod: string; buildingId?: number }, today: string): Ledger {
  const rows = (prepared(sqlite, LEDGER).all({ fromPeriod: input.fromPeriod, toPeriod: input.toPeriod, today, buildingId: input.buildingId ?? null }) as Omit<LedgerRow, 'notDueFen'>[]).map((r) => ({
    ...r,
    notDueFen: r.receivableFen - r.receivedFen - r.arrearsFen
  }))
  const totals = { receivableFen: 0, receivedFen: 0, arrearsFen: 0, notDueFen: 0 }
  for (const r of rows) {
    totals.receivableFen += r.receivableFen
    totals.receivedFen += r.receivedFen
    totals.arrearsFen += r.arrearsFen
    totals.notDueFen += r.notDueFen
  }
  return { fromPeriod: input.fromPeriod, toPeriod: input.toPeriod, asOf: today, rows, totals }
}
