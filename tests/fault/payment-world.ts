import Database from 'better-sqlite3'
import { join } from 'node:path'
import { setRoomStatus, setUpCounter } from '../helpers/fees'

/**
 * The counter of tests/helpers/fees.ts with much to collect: every home of building 3 (64 rooms)
 * lived in and billed its 物业管理费 for `months` months of 2026, so a killed counter always has a
 * next bill to take. Returns the world with its core still open.
 */
export async function setUpManyBills(dataDir: string, months: number) {
  const env = await setUpCounter(dataDir)
  const homes = env.core.store.sqlite
    .prepare(
      `SELECT r.id FROM rooms r JOIN buildings b ON b.id = r.building_id
       WHERE b.code = '3' AND r.status <> 'occupied' ORDER BY r.id`
    )
    .all() as { id: number }[]
  for (const home of homes) await setRoomStatus(env, home.id, 'occupied')
  for (let m = 1; m <= months; m++)
    await env.admin.fees.generateBills({
      period: `2026-${String(m).padStart(2, '0')}`,
      itemIds: [env.items.property.id]
    })
  return env
}

/** What a data folder holds after the faults, read with a plain connection (the core closed). */
export function paymentFacts(dataDir: string) {
  const sqlite = new Database(join(dataDir, 'frontdesk.db'), { readonly: true, fileMustExist: true })
  try {
    const receipts = sqlite
      .prepare(`SELECT id, series_id AS seriesId, number, code FROM receipts ORDER BY series_id, number`)
      .all() as { id: number; seriesId: number; number: number; code: string }[]
    const settledBy = new Map(
      (
        sqlite
          .prepare(
            `SELECT l.receivable_id AS receivableId, rc.code FROM receipt_lines l JOIN receipts rc ON rc.id = l.receipt_id
             WHERE l.receivable_id IS NOT NULL AND rc.kind = 'payment'`
          )
          .all() as { receivableId: number; code: string }[]
      ).map((r) => [r.receivableId, r.code])
    )
    const paidTwice = sqlite
      .prepare(
        `SELECT l.receivable_id AS receivableId, count(*) AS n FROM receipt_lines l JOIN receipts rc ON rc.id = l.receipt_id
         WHERE l.receivable_id IS NOT NULL AND rc.kind = 'payment' GROUP BY l.receivable_id HAVING n > 1`
      )
      .all()
    const series = sqlite.prepare(`SELECT id, last_number AS lastNumber FROM receipt_series`).all() as {
      id: number
      lastNumber: number
    }[]
    const integrity = sqlite.pragma('integrity_check', { simple: true })
    return { receipts, settledBy, paidTwice, series, integrity }
  } finally {
    sqlite.close()
  }
}
