import type Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import * as schema from '../../db/schema'
import { dueDate, periodBounds } from '../../shared/fees/periods'
import { getItem } from '../../electron/main/services/fees/fee-items'
import { insertBook, insertPaperUses } from '../../electron/main/services/fees/paper-queries'
import {
  insertReceivable,
  releaseSettled,
  type NewReceivable
} from '../../electron/main/services/fees/receivable-records'

/**
 * Money rows written straight into SQLite, for tests that need receivables due months ago,
 * receipts issued on chosen days, gaps in a series or spoiled paper — states the counter's own
 * procedures only reach by living through those months. Each row is what fees.* writes:
 * receipts number their series without gaps, a receipt settles its receivables, a void clears
 * them again (as fees.void does). Where fees.* has a write function, the fixture calls it; the
 * raw statements left are those the handlers write inline, at their own clock and session.
 */
export function feesFixture(sqlite: Database.Database) {
  const first = <T>(sql: string) => sqlite.prepare(sql).get() as T
  const staffId = () => first<{ id: number }>(`SELECT id FROM staff ORDER BY id LIMIT 1`).id
  const shiftId = () => first<{ id: number }>(`SELECT id FROM shifts ORDER BY id LIMIT 1`).id
  const counterId = () => first<{ id: number }>(`SELECT id FROM counters ORDER BY id LIMIT 1`).id
  const run = (sql: string, ...params: unknown[]) => Number(sqlite.prepare(sql).run(...params).lastInsertRowid)
  const store = { sqlite, db: drizzle(sqlite, { schema }) }

  function charge(
    r: Omit<NewReceivable, 'item' | 'quantityCenti' | 'months' | 'percent' | 'note' | 'at' | 'staffId'> & {
      itemId: number
    }
  ): number {
    const item = getItem(store.db, r.itemId)
    const row = {
      ...r,
      item,
      quantityCenti: 100,
      months: 1,
      percent: 100,
      note: '',
      at: '2026-01-01T00:00:00.000Z',
      staffId: null
    }
    const id = insertReceivable(sqlite, row)
    if (id === null) throw new Error(`receivable already there: room ${r.roomId}, item ${r.itemId}, ${r.period}`)
    return id
  }

  // fees.saveItem and setPrice write inline, audited, at the service's clock: the fixture dates its own.
  function item(name: string, category = 'property', sortKey = 0): number {
    const id = run(
      `INSERT INTO fee_items (name, category, method, sort_key, created_at) VALUES (?, ?, 'fixedMonthly', ?, '2026-01-01T00:00:00.000Z')`,
      name,
      category,
      sortKey
    )
    run(
      `INSERT INTO fee_rates (item_id, price_e4, effective_from, created_at) VALUES (?, 1000000, '2020-01-01', '2026-01-01T00:00:00.000Z')`,
      id
    )
    return id
  }

  /** A monthly charge, due on the 20th of its month unless told. */
  function receivable(r: {
    roomId: number
    itemId: number
    period: string
    amountFen: number
    dueOn?: string
  }): number {
    const { from, to } = periodBounds(r.period)
    return charge({
      roomId: r.roomId,
      itemId: r.itemId,
      period: r.period,
      periodFrom: from,
      periodTo: to,
      priceE4: r.amountFen * 100,
      amountFen: r.amountFen,
      dueOn: r.dueOn ?? dueDate(r.period, 20),
      source: 'billing'
    })
  }

  /** A one-off charge (no period) from one day to another. */
  function oneOff(r: { roomId: number; itemId: number; on: string; amountFen: number; dueOn?: string }): number {
    return charge({
      roomId: r.roomId,
      itemId: r.itemId,
      period: null,
      periodFrom: r.on,
      periodTo: r.on,
      priceE4: r.amountFen * 100,
      amountFen: r.amountFen,
      dueOn: r.dueOn ?? r.on,
      source: 'adhoc'
    })
  }

  // nextReceiptNumber makes only this year's series from settings: tests name theirs.
  function series(prefix: string): number {
    return run(
      `INSERT INTO receipt_series (counter_id, prefix, last_number, active, created_at) VALUES (?, ?, 0, 1, '2026-01-01T00:00:00.000Z')`,
      counterId(),
      prefix
    )
  }

  interface ReceiptInput {
    seriesId: number
    roomId: number
    /** Settled by this receipt: one line each, at its amount. */
    receivableIds?: number[]
    /** Lines settling nothing (a deposit, a deduction). */
    lines?: { itemName: string; category: string; amountFen: number }[]
    payments?: { method: string; fen: number }[]
    kind?: 'payment' | 'refund'
    issuedAt: string
    staffId?: number
    refersTo?: number
  }

  /** Takes the series' next number, as fees.pay does (which writes these rows inline, at its own clock). */
  function receipt(input: ReceiptInput): { id: number; code: string; number: number; totalFen: number } {
    const settled = (input.receivableIds ?? []).map(
      (id) =>
        sqlite
          .prepare(
            `SELECT r.id, r.amount_fen AS amountFen, coalesce(r.period, r.period_from) AS label, i.name, i.category FROM receivables r JOIN fee_items i ON i.id = r.item_id WHERE r.id = ?`
          )
          .get(id) as { id: number; amountFen: number; label: string; name: string; category: string }
    )
    const lines = [
      ...settled.map((s) => ({
        receivableId: s.id,
        itemName: s.name,
        category: s.category,
        label: s.label,
        amountFen: s.amountFen
      })),
      ...(input.lines ?? []).map((l) => ({ receivableId: null, label: '', ...l }))
    ]
    const totalFen = lines.reduce((n, l) => n + l.amountFen, 0)
    // As fees.pay: the receipt takes the next number, then the series counts it (migration 0016).
    const { number, prefix } = sqlite
      .prepare(`SELECT last_number + 1 AS number, prefix FROM receipt_series WHERE id = ?`)
      .get(input.seriesId) as { number: number; prefix: string }
    const code = `${prefix}${String(number).padStart(6, '0')}`
    const id = run(
      `INSERT INTO receipts (series_id, number, code, kind, room_id, payer_name, total_fen, issued_at, staff_id, shift_id, refers_to) VALUES (?, ?, ?, ?, ?, '交款人', ?, ?, ?, ?, ?)`,
      input.seriesId,
      number,
      code,
      input.kind ?? 'payment',
      input.roomId,
      totalFen,
      input.issuedAt,
      input.staffId ?? staffId(),
      shiftId(),
      input.refersTo ?? null
    )
    sqlite.prepare(`UPDATE receipt_series SET last_number = ? WHERE id = ?`).run(number, input.seriesId)
    for (const l of lines) {
      run(
        `INSERT INTO receipt_lines (receipt_id, receivable_id, item_name, category, period_label, amount_fen) VALUES (?, ?, ?, ?, ?, ?)`,
        id,
        l.receivableId,
        l.itemName,
        l.category,
        l.label,
        l.amountFen
      )
    }
    for (const p of input.payments ?? [{ method: 'cash', fen: totalFen }])
      run(`INSERT INTO payments (receipt_id, method, amount_fen) VALUES (?, ?, ?)`, id, p.method, p.fen)
    for (const s of settled) sqlite.prepare(`UPDATE receivables SET paid_receipt_id = ? WHERE id = ?`).run(id, s.id)
    return { id, code, number, totalFen }
  }

  /** 作废, as fees.void leaves it: the void row, and what the receipt settled unpaid again. */
  function voidReceipt(receiptId: number, voidedAt: string, reason = '金额录错', by = staffId()): void {
    // fees.void writes its row inline, at its own clock.
    const voidId = run(
      `INSERT INTO receipt_voids (receipt_id, reason, voided_at, staff_id, shift_id) VALUES (?, ?, ?, ?, ?)`,
      receiptId,
      reason,
      voidedAt,
      by,
      shiftId()
    )
    releaseSettled(sqlite, receiptId, voidId)
  }

  /** A blank pre-printed form spoiled in the printer. */
  function spoilPaper(paperNumber: number, at: string, reason = '卡纸'): void {
    const bookId = insertBook(store, { label: '收据本 A', fromNumber: 1, toNumber: 100, registeredAt: at })
    insertPaperUses(store, [{ bookId, paperNumber, status: 'spoiled', reason, at, staffId: staffId() }])
  }

  /** A reminder made at a chosen moment (arrears.remind writes inline, at its own clock's time). */
  function reminder(roomId: number, kind: string, at: string, amountFen = 0): void {
    run(
      `INSERT INTO reminders (room_id, kind, outcome, amount_fen, at, staff_id) VALUES (?, ?, '已联系', ?, ?, ?)`,
      roomId,
      kind,
      amountFen,
      at,
      staffId()
    )
  }

  return { item, receivable, oneOff, series, receipt, voidReceipt, spoilPaper, reminder }
}

/** An instant at a local wall-clock time: stored times are UTC, reports read the counter's day. */
export const localAt = (date: string, time = '10:00') => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [hh, mm] = time.split(':').map(Number) as [number, number]
  return new Date(y, m - 1, d, hh, mm).toISOString()
}
