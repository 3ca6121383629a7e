import type Database from 'better-sqlite3'
import { dueDate, periodBounds } from '../../shared/fees/periods'

/**
 * Money rows written straight into SQLite, for tests that need receivables due months ago,
 * receipts issued on chosen days, gaps in a series or spoiled paper — states the counter's own
 * procedures only reach by living through those months. Each row is what fees.* writes:
 * receipts number their series without gaps, a receipt settles its receivables, a void clears
 * them again (as fees.void does).
 */
export function feesFixture(sqlite: Database.Database) {
  const first = <T>(sql: string) => sqlite.prepare(sql).get() as T
  const staffId = () => first<{ id: number }>(`SELECT id FROM staff ORDER BY id LIMIT 1`).id
  const shiftId = () => first<{ id: number }>(`SELECT id FROM shifts ORDER BY id LIMIT 1`).id
  const counterId = () => first<{ id: number }>(`SELECT id FROM counters ORDER BY id LIMIT 1`).id
  const run = (sql: string, ...params: unknown[]) => Number(sqlite.prepare(sql).run(...params).lastInsertRowid)

  function item(name: string, category = 'property', sortKey = 0): number {
    const id = run(`INSERT INTO fee_items (name, category, method, sort_key, created_at) VALUES (?, ?, 'fixedMonthly', ?, '2026-01-01T00:00:00.000Z')`, name, category, sortKey)
    run(`INSERT INTO fee_rates (item_id, price_e4, effective_from, created_at) VALUES (?, 1000000, '2020-01-01', '2026-01-01T00:00:00.000Z')`, id)
    return id
  }

  /** A monthly charge, due on the 20th of its month unless told. */
  function receivable(r: { roomId: number; itemId: number; period: string; amountFen: number; dueOn?: string }): number {
    const { from, to } = periodBounds(r.period)
    return run(
      `INSERT INTO receivables (room_id, item_id, period, period_from, period_to, quantity_centi, price_e4, months, percent, amount_fen, due_on, source, created_at)
       VALUES (?, ?, ?, ?, ?, 100, ?, 1, 100, ?, ?, 'billing', '2026-01-01T00:00:00.000Z')`,
      r.roomId, r.itemId, r.period, from, to, r.amountFen * 100, r.amountFen, r.dueOn ?? dueDate(r.period, 20)
    )
  }

  /** A one-off charge (no period) from one day to another. */
  function oneOff(r: { roomId: number; itemId: number; on: string; amountFen: number; dueOn?: string }): number {
    return run(
      `INSERT INTO receivables (room_id, item_id, period, period_from, period_to, quantity_centi, price_e4, months, percent, amount_fen, due_on, source, created_at)
       VALUES (?, ?, NULL, ?, ?, 100, ?, 1, 100, ?, ?, 'adhoc', '2026-01-01T00:00:00.000Z')`,
      r.roomId, r.itemId, r.on, r.on, r.amountFen * 100, r.amountFen, r.dueOn ?? r.on
    )
  }

  function series(prefix: string): number {
    return run(`INSERT INTO receipt_series (counter_id, prefix, last_number, active, created_at) VALUES (?, ?, 0, 1, '2026-01-01T00:00:00.000Z')`, counterId(), prefix)
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

  /** Takes the series' next number, as fees.pay does. */
  function receipt(input: ReceiptInput): { id: number; code: string; number: number; totalFen: number } {
    const settled = (input.receivableIds ?? []).map(
      (id) =>
        sqlite
          .prepare(`SELECT r.id, r.amount_fen AS amountFen, coalesce(r.period, r.period_from) AS label, i.name, i.category FROM receivables r JOIN fee_items i ON i.id = r.item_id WHERE r.id = ?`)
          .get(id) as { id: number; amountFen: number; label: string; name: string; category: string }
    )
    const lines = [...settled.map((s) => ({ receivableId: s.id, itemName: s.name, category: s.category, label: s.label, amountFen: s.amountFen })), ...(input.lines ?? []).map((l) => ({ receivableId: null, label: '', ...l }))]
    const totalFen = lines.reduce((n, l) => n + l.amountFen, 0)
    const { number, prefix } = sqlite.prepare(`UPDATE receipt_series SET last_number = last_number + 1 WHERE id = ? RETURNING last_number AS number, prefix`).get(input.seriesId) as { number: number; prefix: string }
    const code = `${prefix}${String(number).padStart(6, '0')}`
    const id = run(
      `INSERT INTO receipts (series_id, number, code, kind, room_id, payer_name, total_fen, issued_at, staff_id, shift_id, refers_to) VALUES (?, ?, ?, ?, ?, '交款人', ?, ?, ?, ?, ?)`,
      input.seriesId, number, code, input.kind ?? 'payment', input.roomId, totalFen, input.issuedAt, input.staffId ?? staffId(), shiftId(), input.refersTo ?? null
    )
    for (const l of lines) {
      run(`INSERT INTO receipt_lines (receipt_id, receivable_id, item_name, category, period_label, amount_fen) VALUES (?, ?, ?, ?, ?, ?)`, id, l.receivableId, l.itemName, l.category, l.label, l.amountFen)
    }
    for (const p of input.payments ?? [{ method: 'cash', fen: totalFen }]) run(`INSERT INTO payments (receipt_id, method, amount_fen) VALUES (?, ?, ?)`, id, p.method, p.fen)
    for (const s of settled) sqlite.prepare(`UPDATE receivables SET paid_receipt_id = ? WHERE id = ?`).run(id, s.id)
    return { id, code, number, totalFen }
  }

  /** 作废, as fees.void leaves it: the void row, and what the receipt settled unpaid again. */
  function voidReceipt(receiptId: number, voidedAt: string, reason = '金额录错', by = staffId()): void {
    run(`INSERT INTO receipt_voids (receipt_id, reason, voided_at, staff_id, shift_id) VALUES (?, ?, ?, ?, ?)`, receiptId, reason, voidedAt, by, shiftId())
    sqlite.prepare(`UPDATE receivables SET paid_receipt_id = NULL WHERE paid_receipt_id = ?`).run(receiptId)
  }

  /** A blank pre-printed form spoiled in the printer. */
  function spoilPaper(paperNumber: number, at: string, reason = '卡纸'): void {
    const book = run(`INSERT INTO paper_books (label, from_number, to_number, registered_at) VALUES ('收据本 A', 1, 100, ?)`, at)
    run(`INSERT INTO paper_uses (book_id, paper_number, status, reason, at, staff_id) VALUES (?, ?, 'spoiled', ?, ?, ?)`, book, paperNumber, reason, at, staffId())
  }

  /** A reminder made at a chosen moment (the service stamps its own clock's time). */
  function reminder(roomId: number, kind: string, at: string, amountFen = 0): void {
    run(`INSERT INTO reminders (room_id, kind, outcome, amount_fen, at, staff_id) VALUES (?, ?, '已联系', ?, ?, ?)`, roomId, kind, amountFen, at, staffId())
  }

  return { item, receivable, oneOff, series, receipt, voidReceipt, spoilPaper, reminder }
}

/** An instant at a local wall-clock time: stored times are UTC, reports read the counter's day. */
export const localAt = (date: string, time = '10:00') => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [hh, mm] = time.split(':').map(Number) as [number, number]
  return new Date(y, m - 1, d, hh, mm).toISOString()
}
