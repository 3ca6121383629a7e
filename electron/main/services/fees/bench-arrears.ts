import type Database from 'better-sqlite3'
import { addMonths, dueDate, lineAmountFen, periodBounds } from '../../../../shared/fees/periods'
import { random } from '../../tools/demo/people'
import { listArrears, summarizeArrears } from './arrears-list'
import { paymentNotices } from './arrears-prints'
import { benchLedger, LEDGER_TARGET_MS } from './bench-reports'
import { localDate } from '../../../../shared/kernel/calendar'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import * as schema from '../../../../db/schema'
import { ms, summarize, time } from '../../tools/bench/stats'
import { sealRow } from '../../../../db/chain'

const PERIODS = 36

/**
 * Three years of monthly property fees for every room (36 receivables a room, about 90 % paid —
 * settled by one stand-in receipt, the list only asks whether a receivable is paid), a phone
 * reminder on file for one room in twenty and a letter for one in a hundred; then the arrears list
 * through its service function. Target: p95 ≤ 200 ms at 20,000 rooms.
 */
function addThreeYears(db: Database.Database, now: Date): { receivables: number; unpaid: number } {
  const r = random(36)
  const at = now.toISOString()
  const thisPeriod = localDate(now).slice(0, 7)
  const staffId = (db.prepare(`SELECT id FROM staff WHERE username = 'admin'`).get() as { id: number }).id
  const counterId = (db.prepare(`SELECT id FROM counters ORDER BY id LIMIT 1`).get() as { id: number }).id
  const rooms = db.prepare(`SELECT id, area_centi AS area FROM rooms ORDER BY id`).all() as {
    id: number
    area: number
  }[]
  let receivables = 0
  let unpaid = 0
  db.transaction(() => {
    const shiftId = Number(
      db
        .prepare(`INSERT INTO shifts (staff_id, counter_id, opened_at, closed_at) VALUES (?, ?, ?, ?)`)
        .run(staffId, counterId, at, at).lastInsertRowid
    )
    const seriesId = Number(
      db
        .prepare(
          `INSERT INTO receipt_series (counter_id, prefix, last_number, active, created_at) VALUES (?, 'BENCH', 0, 0, ?)`
        )
        .run(counterId, at).lastInsertRowid
    )
    const receiptId = Number(
      db
        .prepare(
          `INSERT INTO receipts (series_id, number, code, kind, room_id, payer_name, total_fen, issued_at, staff_id, shift_id) VALUES (?, 1, 'BENCH000001', 'payment', ?, '基准测试', 0, ?, ?, ?)`
        )
        .run(seriesId, rooms[0]!.id, at, staffId, shiftId).lastInsertRowid
    )
    // The series counts one by one with the receipt it numbers (migration 0016's guards).
    db.prepare(`UPDATE receipt_series SET last_number = 1 WHERE id = ?`).run(seriesId)
    const itemId = Number(
      db
        .prepare(
          `INSERT INTO fee_items (name, category, method, room_types, sort_key, created_at) VALUES ('物业管理费（三年）', 'property', 'perArea', '["residence","shop"]', 90, ?)`
        )
        .run(at).lastInsertRowid
    )
    const insert = db.prepare(
      `INSERT INTO receivables (room_id, item_id, period, period_from, period_to, quantity_centi, price_e4, months, percent, amount_fen, due_on, source, created_at, paid_receipt_id)
       VALUES (?, ?, ?, ?, ?, ?, 18500, 1, 100, ?, ?, 'billing', ?, ?)`
    )
    const remind = db.prepare(
      `INSERT INTO reminders (room_id, kind, outcome, amount_fen, at, staff_id) VALUES (?, ?, '业主答应尽快缴纳', 0, ?, ?)`
    )
    const monthsAgo = (n: number) => new Date(now.getTime() - n * 30 * 86_400_000).toISOString()
    for (const room of rooms) {
      const amountFen = lineAmountFen({ priceE4: 18500, quantityCenti: room.area, months: 1, percent: 100 })
      for (let i = PERIODS - 1; i >= 0; i--) {
        const period = addMonths(thisPeriod, -i)
        const { from, to } = periodBounds(period)
        const paid = r.chance(0.9)
        if (!paid) unpaid++
        insert.run(
          room.id,
          itemId,
          period,
          from,
          to,
          room.area,
          amountFen,
          dueDate(period, 20),
          at,
          paid ? receiptId : null
        )
        receivables++
      }
      if (r.chance(0.05)) remind.run(room.id, 'phone', monthsAgo(r.int(1, 8)), staffId)
      if (r.chance(0.01)) remind.run(room.id, 'letter', monthsAgo(r.int(0, 2)), staffId)
    }
    // Sealed last, as a payment is, once the bills it settles point at it: the startup check's chain stays whole.
    sealRow(db, 'receipts', receiptId)
  })()
  // What a running installation's periodic `PRAGMA optimize` would have done for the new rows.
  db.pragma('optimize')
  return { receivables, unpaid }
}

export function benchArrears(
  db: Database.Database,
  now: Date,
  runs = 20
): { lines: string[]; worstMs: number; ledgerMs: number } {
  const today = localDate(now)
  const [added, setupMs] = time(() => addThreeYears(db, now))
  const building = (db.prepare(`SELECT id FROM buildings ORDER BY sort_key, code LIMIT 1`).get() as { id: number }).id
  const variants = [
    { name: 'by amount, first 500', filters: { sort: 'amount' as const, limit: 500 } },
    { name: 'by room, first 2000', filters: { sort: 'room' as const, limit: 2000 } },
    { name: 'by age, over 3 months', filters: { sort: 'age' as const, minAgeMonths: 4, limit: 500 } },
    { name: 'one building, by amount', filters: { sort: 'amount' as const, buildingId: building, limit: 500 } },
    { name: 'due a demand letter, by age', filters: { sort: 'age' as const, demandLetterDue: true, limit: 500 } }
  ]
  const lines = [
    `arrears (${added.receivables.toLocaleString('en')} receivables added, ${added.unpaid.toLocaleString('en')} unpaid, in ${(setupMs / 1000).toFixed(1)} s; ${runs} runs)   p50     p95     max`
  ]
  let worstMs = 0
  let rooms = 0
  for (const variant of variants) {
    for (let i = 0; i < 3; i++) listArrears(db, today, variant.filters) // warm the statement cache and the pages
    const samples: number[] = []
    for (let i = 0; i < runs; i++) {
      const [result, t] = time(() => listArrears(db, today, variant.filters))
      samples.push(t)
      rooms = Math.max(rooms, result.total)
    }
    const s = summarize(samples)
    worstMs = Math.max(worstMs, s.p95)
    lines.push(`  arrears.list ${variant.name.padEnd(48)} ${ms(s.p50)} ${ms(s.p95)} ${ms(s.max)}`)
  }
  const books = benchLedger({ sqlite: db }, today, runs)
  lines.push(books.line)
  // Not targets, for the record: the other pages that read the same rows.
  const orm = drizzle(db, { schema })
  const once = (name: string, fn: () => unknown) => lines.push(`  ${name.padEnd(61)} ${ms(time(fn)[1])}`)
  once('arrears.summary (once)', () => summarizeArrears(db, today))
  once('arrears.notices, one building (once)', () =>
    paymentNotices(orm, db, { period: today.slice(0, 7), buildingId: building, dueDay: 20 }, today, 'zh-CN')
  )
  lines.push(
    `  ${rooms.toLocaleString('en')} rooms in arrears; target: arrears.list p95 ≤ 200 ms, reports.ledger p95 ≤ ${LEDGER_TARGET_MS} ms`
  )
  return { lines, worstMs, ledgerMs: books.p95 }
}
