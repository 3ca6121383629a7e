import type Database from 'better-sqlite3'
import type { HandoverProvider } from '../../core/handover'
import type { HandoverWindow, MoneyMethodLine, MoneySection, PaperBookLine } from '../../../../shared/handover/sections'
import { PAYMENT_METHODS } from '../../../../shared/fees/payment-input'
import { prepared } from '../../core/statements'

/**
 * The money of a handover (交接班): exactly what was done on the window's shifts. Every receipt and
 * void carries the shift it was made in, so covering each shift once covers each receipt once.
 * - receipts: the payment receipts issued (voided later or not: the number was used and the money
 *   taken), with their number range; refunds (negative receipts) are their own line;
 * - byMethod: what those payment receipts took, per method (a receipt paid two ways counts in both);
 * - voids: the voids recorded on these shifts, whenever their receipt was issued;
 * - cashNetFen: the cash the drawer gained — cash taken, less cash given back for a void or a
 *   refund. A voided receipt gives back exactly its own cash payments (a voided refund takes its
 *   cash back in), so the sum is over payments, never over receipt totals.
 * Amounts are the receipts' own (a refund's total is negative, as printed).
 * Paper: the receipt books held by the window's people (the shift holders and whoever issued a
 * receipt on these shifts) — a paper book belongs to a person, not to a counter — with their next
 * free form, and the forms of those books spoiled in the window's time.
 */

const LIMIT = 50

// Named parameters: @shifts (a JSON array of shift ids), @from and @to (the window's instants).
const ON_SHIFTS = `(SELECT value FROM json_each(@shifts))`

const KINDS = `SELECT r.kind, count(*) AS count, coalesce(sum(r.total_fen), 0) AS totalFen
  FROM receipts r WHERE r.shift_id IN ${ON_SHIFTS} GROUP BY r.kind`

const codesOf = (direction: 'ASC' | 'DESC') => `SELECT r.code FROM receipts r
  WHERE r.shift_id IN ${ON_SHIFTS} AND r.kind = @kind ORDER BY r.series_id ${direction}, r.number ${direction} LIMIT @limit`

const BY_METHOD = `SELECT p.method, count(*) AS count, sum(p.amount_fen) AS totalFen
  FROM receipts r JOIN payments p ON p.receipt_id = r.id
  WHERE r.shift_id IN ${ON_SHIFTS} AND r.kind = 'payment' GROUP BY p.method`

// receipt_voids has no index on shift_id (the report names it): the voids are scanned, the
// receipts and payments found from them, never the other way round (CROSS JOIN keeps the order).
const VOIDS = `SELECT count(*) AS count, coalesce(sum(r.total_fen), 0) AS totalFen
  FROM receipt_voids v CROSS JOIN receipts r ON r.id = v.receipt_id WHERE v.shift_id IN ${ON_SHIFTS}`

const VOID_CODES = `SELECT r.code FROM receipt_voids v CROSS JOIN receipts r ON r.id = v.receipt_id
  WHERE v.shift_id IN ${ON_SHIFTS} ORDER BY v.id LIMIT ${LIMIT}`

const CASH = `SELECT
  (SELECT coalesce(sum(p.amount_fen), 0) FROM receipts r JOIN payments p ON p.receipt_id = r.id
    WHERE r.shift_id IN ${ON_SHIFTS} AND p.method = 'cash') AS issuedFen,
  (SELECT coalesce(sum(p.amount_fen), 0) FROM receipt_voids v CROSS JOIN payments p ON p.receipt_id = v.receipt_id
    WHERE v.shift_id IN ${ON_SHIFTS} AND p.method = 'cash') AS voidedFen`

// The books of the window's people (who held one of its shifts, who issued a receipt on one) that
// are listed: those with forms left, and those whose last form went in the window (the last use
// made the book run out). Forms are read book by book on paper_uses_number_uq (the count and the
// last use from the index alone), never by scanning every form. A form spoiled in the window is
// in one of these books: it had a free form then.
const WINDOW_BOOKS = `WITH people(id) AS MATERIALIZED (
    SELECT s.staff_id FROM shifts s WHERE s.id IN ${ON_SHIFTS}
    UNION SELECT r.staff_id FROM receipts r WHERE r.shift_id IN ${ON_SHIFTS}),
  books AS MATERIALIZED (
    SELECT b.id, b.label, b.from_number, b.to_number,
      b.to_number - b.from_number + 1 - (SELECT count(*) FROM paper_uses u WHERE u.book_id = b.id) AS remaining
    FROM paper_books b WHERE b.holder_id IN (SELECT id FROM people)),
  listed AS MATERIALIZED (
    SELECT * FROM books k WHERE k.remaining > 0
      OR (SELECT u.at FROM paper_uses u WHERE u.id = (SELECT max(m.id) FROM paper_uses m WHERE m.book_id = k.id)) >= @from)`

// The listed books' forms spoiled in the window (@books: their ids, in their order).
const SPOILED = `SELECT u.paper_number AS number FROM json_each(@books) k CROSS JOIN paper_uses u ON u.book_id = k.value
  WHERE u.status = 'spoiled' AND u.at >= @from AND u.at < @to ORDER BY k.key, u.paper_number`

/*
 * A book's next form is its lowest number neither used nor spoiled: the first number when that is
 * free, otherwise the first accounted number whose successor is free (both lookups on the
 * paper_uses_number_uq index); none once the book is used up.
 */
const BOOKS = `${WINDOW_BOOKS}
  SELECT k.id, k.label, k.remaining, CASE
      WHEN k.remaining <= 0 THEN NULL
      WHEN NOT EXISTS (SELECT 1 FROM paper_uses u WHERE u.book_id = k.id AND u.paper_number = k.from_number)
        THEN k.from_number
      ELSE (SELECT min(u.paper_number) + 1 FROM paper_uses u WHERE u.book_id = k.id
        AND NOT EXISTS (SELECT 1 FROM paper_uses n WHERE n.book_id = k.id AND n.paper_number = u.paper_number + 1))
    END AS nextNumber
  FROM listed k ORDER BY k.from_number, k.id`

interface Params {
  shifts: string
  from: string
  to: string
}

const all = <Row>(sqlite: Database.Database, sql: string, params: object) => prepared(sqlite, sql).all(params) as Row[]
const one = <Row>(sqlite: Database.Database, sql: string, params: object) => prepared(sqlite, sql).get(params) as Row

function receiptLines(sqlite: Database.Database, params: Params) {
  const kinds = all<{ kind: string; count: number; totalFen: number }>(sqlite, KINDS, { shifts: params.shifts })
  const ofKind = (kind: string) => kinds.find((k) => k.kind === kind) ?? { count: 0, totalFen: 0 }
  const codes = (kind: string, direction: 'ASC' | 'DESC', limit: number) =>
    all<{ code: string }>(sqlite, codesOf(direction), { shifts: params.shifts, kind, limit }).map((r) => r.code)
  const payments = ofKind('payment')
  const refunds = ofKind('refund')
  return {
    receipts: {
      count: payments.count,
      firstCode: codes('payment', 'ASC', 1)[0] ?? null,
      lastCode: codes('payment', 'DESC', 1)[0] ?? null,
      totalFen: payments.totalFen
    },
    refunds: {
      count: refunds.count,
      totalFen: refunds.totalFen,
      codes: refunds.count === 0 ? [] : codes('refund', 'ASC', LIMIT)
    }
  }
}

const methodOrder = (method: string) => {
  const i = (PAYMENT_METHODS as readonly string[]).indexOf(method)
  return i === -1 ? PAYMENT_METHODS.length : i
}

function byMethod(sqlite: Database.Database, params: Params): MoneyMethodLine[] {
  return all<MoneyMethodLine>(sqlite, BY_METHOD, { shifts: params.shifts }).sort(
    (a, b) => methodOrder(a.method) - methodOrder(b.method) || a.method.localeCompare(b.method)
  )
}

function voids(sqlite: Database.Database, params: Params): MoneySection['voids'] {
  const totals = one<{ count: number; totalFen: number }>(sqlite, VOIDS, { shifts: params.shifts })
  const codes = totals.count === 0 ? [] : all<{ code: string }>(sqlite, VOID_CODES, { shifts: params.shifts })
  return { ...totals, codes: codes.map((r) => r.code) }
}

function paper(sqlite: Database.Database, params: Params): Pick<MoneySection, 'spoiled' | 'paperBooks'> {
  const books = all<{ id: number; label: string; nextNumber: number | null; remaining: number }>(sqlite, BOOKS, {
    shifts: params.shifts,
    from: params.from
  })
  const ids = JSON.stringify(books.map((b) => b.id))
  const spoiled = all<{ number: number }>(sqlite, SPOILED, { books: ids, from: params.from, to: params.to })
  const paperBooks: PaperBookLine[] = books.map((b) => ({
    book: b.label,
    nextNumber: b.nextNumber === null ? null : String(b.nextNumber),
    remaining: b.remaining
  }))
  return {
    spoiled: { count: spoiled.length, numbers: spoiled.slice(0, LIMIT).map((s) => String(s.number)) },
    paperBooks
  }
}

export function moneySection(sqlite: Database.Database, window: HandoverWindow): MoneySection {
  const params: Params = { shifts: JSON.stringify(window.shiftIds), from: window.from, to: window.to }
  const cash = one<{ issuedFen: number; voidedFen: number }>(sqlite, CASH, { shifts: params.shifts })
  return {
    kind: 'money',
    id: 'money',
    titleKey: 'handover.section.money',
    order: 10,
    ...receiptLines(sqlite, params),
    byMethod: byMethod(sqlite, params),
    voids: voids(sqlite, params),
    ...paper(sqlite, params),
    cashNetFen: cash.issuedFen - cash.voidedFen
  }
}

/** fees' part of the handover: the one money section. */
export const feesHandover: HandoverProvider = (sqlite, window) => [moneySection(sqlite, window)]
