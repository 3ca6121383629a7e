import type { ServiceContext } from '../../core/context'
import { readSetting, thisCounter } from '../foundation/settings'

/**
 * The next receipt number of this counter's series, taken inside the caller's transaction: the
 * series row is updated and read back in one statement, so a rollback (a refused payment, a
 * crash, a full disk) gives the number back and the numbers a person sees stay gapless.
 * The prefix comes from settings ('SJ{year}' by default, so each year starts at 000001).
 */
export function nextReceiptNumber(ctx: ServiceContext): { seriesId: number; prefix: string; number: number } {
  const sqlite = ctx.store.sqlite
  const counter = thisCounter(ctx.db)
  const prefix = (readSetting(ctx.db, 'receiptPrefix') ?? 'SJ{year}').replace('{year}', String(ctx.now().getFullYear()))
  sqlite
    .prepare(
      `INSERT INTO receipt_series (counter_id, prefix, last_number, active, created_at) VALUES (?, ?, 0, 1, ?) ON CONFLICT (prefix) DO NOTHING`
    )
    .run(counter.id, prefix, ctx.now().toISOString())
  const row = sqlite
    .prepare(
      `UPDATE receipt_series SET last_number = last_number + 1 WHERE prefix = ? RETURNING id, last_number AS number`
    )
    .get(prefix) as { id: number; number: number }
  return { seriesId: row.id, prefix, number: row.number }
}
