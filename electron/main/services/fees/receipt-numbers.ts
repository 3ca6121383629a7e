import { AppError } from '../../core/errors'
import type { ServiceContext } from '../../core/context'
import { readSetting, thisCounter } from '../foundation/settings'

/**
 * The next receipt number of this counter's series, read inside the caller's (immediate)
 * transaction: nothing else can take it before the commit, and a rollback (a refused payment, a
 * crash, a full disk) leaves it free, so the numbers a person sees stay gapless. The series
 * counts it only once the receipt carrying it is written (`countReceiptNumber`): migration 0016
 * refuses a count without its receipt. The prefix comes from settings ('SJ{year}' by default,
 * so each year starts at 000001).
 */
export function nextReceiptNumber(ctx: ServiceContext): { seriesId: number; prefix: string; number: number } {
  const sqlite = ctx.store.sqlite
  const counter = thisCounter(ctx)
  const prefix = (counter.receiptPrefix ?? readSetting(ctx.db, 'receiptPrefix') ?? 'SJ{year}').replace(
    '{year}',
    String(ctx.now().getFullYear())
  )
  sqlite
    .prepare(
      `INSERT INTO receipt_series (counter_id, prefix, last_number, active, created_at) VALUES (?, ?, 0, 1, ?) ON CONFLICT (prefix) DO NOTHING`
    )
    .run(counter.id, prefix, ctx.now().toISOString())
  const row = sqlite
    .prepare(`SELECT id, last_number + 1 AS number FROM receipt_series WHERE prefix = ?`)
    .get(prefix) as { id: number; number: number }
  return { seriesId: row.id, prefix, number: row.number }
}

/** Counts the number of the receipt just written on its series. */
export function countReceiptNumber(ctx: ServiceContext, seriesId: number, number: number): void {
  const counted = ctx.store.sqlite
    .prepare(`UPDATE receipt_series SET last_number = ? WHERE id = ? AND last_number = ?`)
    .run(number, seriesId, number - 1)
  if (counted.changes !== 1)
    throw new AppError('INTERNAL', { detail: `receipt series ${seriesId} moved past ${number}` })
}
