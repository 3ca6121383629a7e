import type { ReceiptRegister, RegisterStatus } from '../../../../shared/fees/reports'
import { receiptNumbers, registerReceipts, seriesByPrefix, spoiledPaper, type ReportStore } from './queries'
import { AppError } from '../../core/errors'
import { localDayRange } from './report-records'

/**
 * Numbers 1…last with no receipt, and receipts past last. Numbers are taken inside the payment's
 * transaction (receipt-numbers.ts), so both lists are empty unless something outside the program
 * touched the file: the register shows the check so an auditor can see it come out empty.
 */
export function numberCheck(
  store: ReportStore,
  seriesId: number,
  lastNumber: number
): { gaps: number[]; beyondLast: number[] } {
  const numbers = receiptNumbers(store, seriesId)
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

const statusOf = (voided: boolean, kind: string): RegisterStatus =>
  voided ? 'void' : kind === 'refund' ? 'refund' : 'valid'

/**
 * 收据登记簿: every receipt of the series in number order (within the dates asked), with its
 * status; the spoiled pre-printed forms of the same dates; the number check over the whole series.
 */
export function receiptRegister(
  store: ReportStore,
  input: { seriesPrefix: string; from?: string; to?: string }
): ReceiptRegister {
  const series = seriesByPrefix.get(store, { prefix: input.seriesPrefix })
  if (!series) throw new AppError('NOT_FOUND', {}, { entity: 'receiptSeries', prefix: input.seriesPrefix })
  // Open ends: the empty string sorts before every stored time, U+FFFF after.
  const from = input.from ? localDayRange(input.from)[0] : ''
  const to = input.to ? localDayRange(input.to)[1] : '\uffff'
  const entries = registerReceipts(store, series.id, { from, to }).map(({ voided, ...r }) => ({
    ...r,
    status: statusOf(voided, r.kind)
  }))
  const spoiled = spoiledPaper.all(store, { from, to })
  const totals: ReceiptRegister['totals'] = {
    valid: { count: 0, fen: 0 },
    void: { count: 0, fen: 0 },
    refund: { count: 0, fen: 0 }
  }
  for (const e of entries) {
    totals[e.status].count++
    totals[e.status].fen += e.totalFen
  }
  return {
    prefix: series.prefix,
    counterName: series.counterName,
    lastNumber: series.lastNumber,
    entries,
    spoiled,
    ...numberCheck(store, series.id, series.lastNumber),
    totals
  }
}
