import type Database from 'better-sqlite3'
import type { ReceiptRegister, RegisterEntry, RegisterStatus, SeriesView, SpoiledPaper } from '../../../../shared/fees/reports'
import { prepared } from './arrears-records'
import { AppError } from '../../core/errors'
import { localDayRange } from './report-records'

export function seriesList(sqlite: Database.Database): SeriesView[] {
  return (
    prepared(
      sqlite,
      `SELECT s.prefix, c.name AS counterName, s.last_number AS lastNumber, s.active FROM receipt_series s JOIN counters c ON c.id = s.counter_id ORDER BY s.created_at DESC, s.id DESC`
    ).all() as (Omit<SeriesView, 'active'> & { active: number })[]
  ).map((s) => ({ ...s, active: s.active === 1 }))
}

/**
 * Numbers 1…last with no receipt, and receipts past last. Numbers are taken inside the payment's
 * transaction (receipt-numbers.ts), so both lists are empty unless something outside the program
 * touched the file: the register shows the check so an auditor can see it come out empty.
 */
export function numberCheck(sqlite: Database.Database, seriesId: number, lastNumber: number): { gaps: number[]; beyondLast: number[] } {
  const numbers = (prepared(sqlite, `SELECT number FROM receipts WHERE series_id = ? ORDER BY number`).all(seriesId) as { number: number }[]).map((r) => r.number)
  const gaps: number[] = []
  let expected = 1
  for (const n of numbers) {
    if (n > lastNumber) break
    for (; expected < n; expected++) gaps.push(expected)
    expected = n + 1
  }
  for (; expected <= lastNumber; expected++) gaps.push(expected)
  return { gaps, beyondLast: numbers.filter((n) => n > lastNumber) }
}

const statusOf = (voided: boolean, kind: string): RegisterStatus => (voided ? 'void' : kind === 'refund' ? 'refund' : 'valid')

/**
 * 收据登记簿: every receipt of the series in number order (within the dates asked), with its
 * status; the spoiled pre-printed forms of the same dates; the number check over the whole series.
 */
export function receiptRegister(sqlite: Database.Database, input: { seriesPrefix: string; from?: string; to?: string }): ReceiptRegister {
  const series = prepared(
    sqlite,
    `SELECT s.id, s.prefix, s.last_number AS lastNumber, c.name AS counterName FROM receipt_series s JOIN counters c ON c.id = s.counter_id WHERE s.prefix = ? COLLATE NOCASE`
  ).get(input.seriesPrefix) as { id: number; prefix: string; lastNumber: number; counterName: string } | undefined
  if (!series) throw new AppError('NOT_FOUND', {}, { entity: 'receiptSeries', prefix: input.seriesPrefix })
  // Open ends: the empty string sorts before every stored time, U+FFFF after.
  const from = input.from ? localDayRange(input.from)[0] : ''
  const to = input.to ? localDayRange(input.to)[1] : '\uffff'
  const rows = prepared(
    sqlite,
    `SELECT rc.number, rc.code, rc.kind, rm.code AS roomCode, rc.payer_name AS payerName, rc.total_fen AS totalFen, rc.issued_at AS issuedAt,
            s.display_name AS staffName, v.id IS NOT NULL AS voided, v.reason AS voidReason, ref.code AS refersToCode
     FROM receipts rc JOIN rooms rm ON rm.id = rc.room_id JOIN staff s ON s.id = rc.staff_id
     LEFT JOIN receipt_voids v ON v.receipt_id = rc.id LEFT JOIN receipts ref ON ref.id = rc.refers_to
     WHERE rc.series_id = @series AND rc.issued_at >= @from AND rc.issued_at < @to
     ORDER BY rc.number`
  ).all({ series: series.id, from, to }) as (Omit<RegisterEntry, 'status'> & { voided: number })[]
  const entries = rows.map(({ voided, ...r }) => ({ ...r, status: statusOf(voided === 1, r.kind) }))
  const spoiled = prepared(
    sqlite,
    `SELECT b.label AS bookLabel, u.paper_number AS paperNumber, coalesce(u.reason, '') AS reason, u.at, s.display_name AS staffName
     FROM paper_uses u JOIN paper_books b ON b.id = u.book_id JOIN staff s ON s.id = u.staff_id
     WHERE u.status = 'spoiled' AND u.at >= @from AND u.at < @to ORDER BY b.id, u.paper_number`
  ).all({ from, to }) as SpoiledPaper[]
  const totals: ReceiptRegister['totals'] = { valid: { count: 0, fen: 0 }, void: { count: 0, fen: 0 }, refund: { count: 0, fen: 0 } }
  for (const e of entries) {
    totals[e.status].count++
    totals[e.status].fen += e.totalFen
  }
  return { prefix: series.prefix, counterName: series.counterName, lastNumber: series.lastNumber, entries, spoiled, ...numberCheck(sqlite, series.id, series.lastNumber), totals }
}
