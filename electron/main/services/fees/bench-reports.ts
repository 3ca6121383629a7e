import { addMonths } from '../../../../shared/fees/periods'
import { ms, summarize, time } from '../../tools/bench/stats'
import type { ReportStore } from './queries'
import { ledger } from './report-records'

/** The ledger's target: the whole estate's last 12 months. */
export const LEDGER_TARGET_MS = 100

/**
 * 应收 / 实收 / 欠收 of the last 12 months for the whole estate through its service function, over
 * the receivables the arrears bench added (three years a room). Target: p95 ≤ 100 ms.
 */
export function benchLedger(store: ReportStore, today: string, runs = 20): { line: string; p95: number } {
  const input = { fromPeriod: addMonths(today.slice(0, 7), -11), toPeriod: today.slice(0, 7) }
  for (let i = 0; i < 3; i++) ledger(store, input, today) // warm the statement cache and the pages
  const samples: number[] = []
  for (let i = 0; i < runs; i++) samples.push(time(() => ledger(store, input, today))[1])
  const s = summarize(samples)
  return {
    line: `  ${'reports.ledger, last 12 months, whole estate'.padEnd(61)} ${ms(s.p50)} ${ms(s.p95)} ${ms(s.max)}`,
    p95: s.p95
  }
}
