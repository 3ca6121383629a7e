import { FEE_CATEGORIES } from '../../../../shared/fees/fees'
import type { CountFen, DailyCollection, Ledger } from '../../../../shared/fees/reports'
import { addDays } from '../../../../shared/fees/arrears-rules'
import {
  dailyByClerk,
  dailyByItem,
  dailyByKind,
  dailyByMethod,
  dailyVoids,
  ledgerRows,
  type LedgerQuery,
  type ReportStore
} from './queries'

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

const categoryRank = (category: string) => {
  const i = (FEE_CATEGORIES as readonly string[]).indexOf(category)
  return i < 0 ? FEE_CATEGORIES.length : i
}

/**
 * 收款日报. Refund receipts are stored with negative totals, lines and payments (fees.refund),
 * so summing as stored makes them count negative; a voided receipt counts nowhere and is listed
 * apart — those issued this day, and those of earlier days voided this day.
 */
export function dailyCollection(store: ReportStore, date: string): DailyCollection {
  const range = localDayRange(date)
  const day = { from: range[0], to: range[1] }
  const byItem = dailyByItem
    .all(store, day)
    .sort(
      (a, b) => categoryRank(a.category) - categoryRank(b.category) || a.itemName.localeCompare(b.itemName, 'zh-CN')
    )
  const byMethod = dailyByMethod.all(store, day)
  const byClerk = dailyByClerk.all(store, day)
  const kinds = dailyByKind.all(store, day)
  const ofKind = (kind: string): CountFen => {
    const row = kinds.find((k) => k.kind === kind)
    return { count: row?.count ?? 0, fen: row?.fen ?? 0 }
  }
  const payments = ofKind('payment')
  const refunds = ofKind('refund')
  const voids = dailyVoids.all(store, day).map((v) => ({ ...v, issuedEarlier: v.issuedAt < range[0] }))
  return {
    date,
    byItem,
    byMethod,
    byClerk,
    payments,
    refunds,
    total: { count: payments.count + refunds.count, fen: payments.fen + refunds.fen },
    voids,
    voidTotal: { count: voids.length, fen: voids.reduce((n, v) => n + v.totalFen, 0) },
    chainHeads: store.sqlite
      .prepare(
        `SELECT r.code, r.hash FROM receipt_series s JOIN receipts r ON r.series_id = s.id
         WHERE r.number = (SELECT max(x.number) FROM receipts x WHERE x.series_id = s.id AND x.issued_at < ?)
         ORDER BY s.prefix`
      )
      .all(range[1]) as DailyCollection['chainHeads']
  }
}

/** 应收 / 实收 / 欠收 by the receivable's period (one-offs by the month they start), item and building (queries.ts). */
export function ledger(store: ReportStore, input: Omit<LedgerQuery, 'today'>, today: string): Ledger {
  const rows = ledgerRows(store, { ...input, today }).map((r) => ({
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
