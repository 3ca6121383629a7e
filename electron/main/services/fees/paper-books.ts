import type Database from 'better-sqlite3'
import { api } from '../../../../shared/api'
import type { PaperBookView } from '../../../../shared/fees/printing'
import { COUNTER_ROLES } from '../../../../shared/kernel/roles'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'

/**
 * 收据本: books of pre-printed numbered forms. Every number of a book ends up either used by one
 * print or spoiled with a reason (paper_uses, append-only), so an auditor can account for each
 * sheet. A number outside every book is simply written on the print record.
 */
interface BookRow {
  id: number
  label: string
  fromNumber: number
  toNumber: number
  holderId: number | null
}

const BOOK_COLUMNS = `b.id, b.label, b.from_number AS fromNumber, b.to_number AS toNumber, b.holder_id AS holderId`

export function bookCovering(sqlite: Database.Database, paperNumber: number): BookRow | undefined {
  return sqlite.prepare(`SELECT ${BOOK_COLUMNS} FROM paper_books b WHERE b.from_number <= ? AND b.to_number >= ?`).get(paperNumber, paperNumber) as BookRow | undefined
}

function accounted(sqlite: Database.Database, bookId: number): number[] {
  return (sqlite.prepare(`SELECT paper_number AS n FROM paper_uses WHERE book_id = ? ORDER BY paper_number`).all(bookId) as { n: number }[]).map((r) => r.n)
}

/** The lowest number of the book that is neither used nor spoiled. */
function firstFree(sqlite: Database.Database, book: BookRow): number | null {
  let candidate = book.fromNumber
  for (const n of accounted(sqlite, book.id)) {
    if (n > candidate) break
    if (n === candidate) candidate++
  }
  return candidate <= book.toNumber ? candidate : null
}

function refuseIfAccounted(sqlite: Database.Database, book: BookRow, paperNumber: number): void {
  const row = sqlite.prepare(`SELECT status FROM paper_uses WHERE book_id = ? AND paper_number = ?`).get(book.id, paperNumber) as { status: 'used' | 'spoiled' } | undefined
  if (row) throw new AppError('PAPER_USED', { number: paperNumber, status: `paper.${row.status}` }, { field: 'paperNumber', status: row.status })
}

/** Refuses a form number of a registered book that is already used or spoiled (before printing on it). */
export function refuseUsedPaper(ctx: ServiceContext, paperNumber: number): void {
  const book = bookCovering(ctx.store.sqlite, paperNumber)
  if (book) refuseIfAccounted(ctx.store.sqlite, book, paperNumber)
}

/** Marks a form of a registered book as used by a print; null when no book covers the number. */
export function usePaper(ctx: ServiceContext, paperNumber: number, printId: number): BookRow | null {
  const sqlite = ctx.store.sqlite
  const book = bookCovering(sqlite, paperNumber)
  if (!book) return null
  refuseIfAccounted(sqlite, book, paperNumber)
  sqlite
    .prepare(`INSERT INTO paper_uses (book_id, paper_number, status, print_id, reason, at, staff_id) VALUES (?, ?, 'used', ?, NULL, ?, ?)`)
    .run(book.id, paperNumber, printId, ctx.now().toISOString(), ctx.requireSession().staffId)
  return book
}

function bookViews(sqlite: Database.Database, where = '1 = 1', params: unknown[] = []): PaperBookView[] {
  const rows = sqlite
    .prepare(
      `SELECT ${BOOK_COLUMNS}, s.display_name AS holderName, b.registered_at AS registeredAt,
              (SELECT count(*) FROM paper_uses u WHERE u.book_id = b.id AND u.status = 'used') AS used,
              (SELECT count(*) FROM paper_uses u WHERE u.book_id = b.id AND u.status = 'spoiled') AS spoiled
         FROM paper_books b LEFT JOIN staff s ON s.id = b.holder_id
        WHERE ${where} ORDER BY b.from_number`
    )
    .all(...params) as (BookRow & { holderName: string | null; registeredAt: string; used: number; spoiled: number })[]
  return rows.map(({ fromNumber, toNumber, ...r }) => ({
    ...r,
    from: fromNumber,
    to: toNumber,
    remaining: toNumber - fromNumber + 1 - r.used - r.spoiled,
    nextNumber: firstFree(sqlite, { ...r, fromNumber, toNumber })
  }))
}

const books = handle(api.printing.books, {
  run(ctx) {
    const holders = ctx.store.sqlite
      .prepare(`SELECT id, display_name AS name FROM staff WHERE active = 1 AND role IN (${COUNTER_ROLES.map(() => '?').join(',')}) ORDER BY display_name`)
      .all(...COUNTER_ROLES) as { id: number; name: string }[]
    return { books: bookViews(ctx.store.sqlite), holders }
  }
})

/** A new book: its range may not overlap any registered book, or one sheet could be counted twice. */
const registerBook = handle(api.printing.registerBook, {
  run(ctx, input) {
    const sqlite = ctx.store.sqlite
    const session = ctx.requireSession()
    const overlap = sqlite.prepare(`SELECT ${BOOK_COLUMNS} FROM paper_books b WHERE b.from_number <= ? AND b.to_number >= ? ORDER BY b.from_number LIMIT 1`).get(input.to, input.from) as BookRow | undefined
    if (overlap) throw new AppError('PAPER_OVERLAP', { from: input.from, to: input.to, label: overlap.label, bookFrom: overlap.fromNumber, bookTo: overlap.toNumber }, { field: 'from' })
    const holder = sqlite.prepare(`SELECT display_name AS name FROM staff WHERE id = ? AND active = 1`).get(input.holderId) as { name: string } | undefined
    if (!holder) throw new AppError('NOT_FOUND', {}, { entity: 'staff', field: 'holderId' })
    const id = Number(
      sqlite
        .prepare(`INSERT INTO paper_books (label, from_number, to_number, holder_id, registered_at, registered_by) VALUES (?, ?, ?, ?, ?, ?)`)
        .run(input.label, input.from, input.to, input.holderId, ctx.now().toISOString(), session.staffId).lastInsertRowid
    )
    ctx.audit({ entityType: 'paperBook', entityId: id, summaryKey: 'audit.paperBook', summaryParams: { label: input.label, from: input.from, to: input.to, holder: holder.name } })
    return bookViews(sqlite, 'b.id = ?', [id])[0]!
  }
})

/**
 * 作废的空白联: a form jammed, misprinted, or skipped because the printer held another number.
 * A single number already accounted for is refused; in a run, numbers already accounted for are
 * passed over and the rest written off. The whole run must lie in one book.
 */
const spoilPaper = handle(api.printing.spoilPaper, {
  run(ctx, input) {
    const sqlite = ctx.store.sqlite
    const staffId = ctx.requireSession().staffId
    const last = input.throughNumber ?? input.paperNumber
    const book = bookCovering(sqlite, input.paperNumber)
    if (!book) throw new AppError('PAPER_NOT_IN_BOOK', { number: input.paperNumber }, { field: 'paperNumber' })
    if (last > book.toNumber) throw new AppError('PAPER_NOT_IN_BOOK', { number: last }, { field: 'throughNumber' })
    if (last === input.paperNumber) refuseIfAccounted(sqlite, book, input.paperNumber)
    const taken = new Set(accounted(sqlite, book.id))
    const spoiled: number[] = []
    const insert = sqlite.prepare(`INSERT INTO paper_uses (book_id, paper_number, status, print_id, reason, at, staff_id) VALUES (?, ?, 'spoiled', NULL, ?, ?, ?)`)
    for (let n = input.paperNumber; n <= last; n++) {
      if (taken.has(n)) continue
      insert.run(book.id, n, input.reason, ctx.now().toISOString(), staffId)
      spoiled.push(n)
    }
    if (spoiled.length === 0) refuseIfAccounted(sqlite, book, input.paperNumber)
    const numbers = spoiled.length === 1 ? String(spoiled[0]) : `${spoiled[0]}–${spoiled[spoiled.length - 1]}`
    ctx.audit({ entityType: 'paperBook', entityId: book.id, summaryKey: 'audit.paperSpoiled', summaryParams: { numbers, book: book.label, reason: input.reason } })
    return { spoiled, bookLabel: book.label }
  }
})

/** The next form the signed-in person should have in the printer: the lowest free number of the books they hold. */
const nextPaperNumber = handle(api.printing.nextPaperNumber, {
  run(ctx) {
    const sqlite = ctx.store.sqlite
    const held = sqlite.prepare(`SELECT ${BOOK_COLUMNS} FROM paper_books b WHERE b.holder_id = ? ORDER BY b.from_number`).all(ctx.requireSession().staffId) as BookRow[]
    for (const book of held) {
      const free = firstFree(sqlite, book)
      if (free !== null) return { paperNumber: free, bookId: book.id, bookLabel: book.label }
    }
    return { paperNumber: null, bookId: null, bookLabel: null }
  }
})

export const paperBookHandlers = [books, registerBook, spoilPaper, nextPaperNumber]
