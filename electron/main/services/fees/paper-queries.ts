import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm'
import type { Store } from '../../../../db/open'
import { paperBooks, paperUses, staff } from '../../../../db/schema'
import type { PaperBookView } from '../../../../shared/fees/printing'
import { COUNTER_ROLES } from '../../../../shared/kernel/roles'
import { typedStatement } from '../../core/statements'

/**
 * The SQL of the receipt books (收据本, paper_books) and of each form's fate (paper_uses). Kept apart
 * from queries.ts (the reports') so each stays one subject. Plain reads and writes of one table go
 * through drizzle's query builder; the book list, with its two counts per book, is a typed
 * statement through the core's statement cache.
 */

export type PaperStore = Pick<Store, 'db' | 'sqlite'>

type Book = typeof paperBooks.$inferSelect
type PaperUse = typeof paperUses.$inferSelect

const bookColumns = {
  id: paperBooks.id,
  label: paperBooks.label,
  fromNumber: paperBooks.fromNumber,
  toNumber: paperBooks.toNumber,
  holderId: paperBooks.holderId
}
export type BookRow = Pick<Book, keyof typeof bookColumns>

/** The book whose range holds the number, if any (ranges never overlap). */
export const bookHolding = (store: PaperStore, paperNumber: number): BookRow | undefined =>
  store.db
    .select(bookColumns)
    .from(paperBooks)
    .where(and(lte(paperBooks.fromNumber, paperNumber), gte(paperBooks.toNumber, paperNumber)))
    .get()

/** The first registered book (by its first number) sharing a number with the range. */
export const bookOverlapping = (store: PaperStore, from: number, to: number): BookRow | undefined =>
  store.db
    .select(bookColumns)
    .from(paperBooks)
    .where(and(lte(paperBooks.fromNumber, to), gte(paperBooks.toNumber, from)))
    .orderBy(asc(paperBooks.fromNumber))
    .limit(1)
    .get()

/** The books a staff member holds, by their first number. */
export const booksHeldBy = (store: PaperStore, staffId: number): BookRow[] =>
  store.db
    .select(bookColumns)
    .from(paperBooks)
    .where(eq(paperBooks.holderId, staffId))
    .orderBy(asc(paperBooks.fromNumber))
    .all()

export type NewBook = Omit<typeof paperBooks.$inferInsert, 'id'>
export const insertBook = (store: PaperStore, book: NewBook): number =>
  Number(store.db.insert(paperBooks).values(book).run().lastInsertRowid)

/** The numbers of the book already used or spoiled, in order. */
export function accountedNumbers(store: PaperStore, bookId: number): number[] {
  const rows = store.db
    .select({ n: paperUses.paperNumber })
    .from(paperUses)
    .where(eq(paperUses.bookId, bookId))
    .orderBy(asc(paperUses.paperNumber))
    .all()
  return rows.map((r) => r.n)
}

/** Whether the form was used or spoiled; undefined while it is still blank. */
export const paperStatus = (store: PaperStore, bookId: number, paperNumber: number): PaperUse['status'] | undefined =>
  store.db
    .select({ status: paperUses.status })
    .from(paperUses)
    .where(and(eq(paperUses.bookId, bookId), eq(paperUses.paperNumber, paperNumber)))
    .get()?.status

export type NewPaperUse = Omit<typeof paperUses.$inferInsert, 'id'>
export function insertPaperUses(store: PaperStore, uses: NewPaperUse[]): void {
  if (uses.length > 0) store.db.insert(paperUses).values(uses).run()
}

/** A book as the list shows it, before its next free number is worked out. */
export type BookCountRow = BookRow & Pick<PaperBookView, 'holderName' | 'registeredAt' | 'used' | 'spoiled'>

const BOOK_COUNTS = `SELECT b.id, b.label, b.from_number AS fromNumber, b.to_number AS toNumber, b.holder_id AS holderId,
         s.display_name AS holderName, b.registered_at AS registeredAt,
         (SELECT count(*) FROM paper_uses u WHERE u.book_id = b.id AND u.status = 'used') AS used,
         (SELECT count(*) FROM paper_uses u WHERE u.book_id = b.id AND u.status = 'spoiled') AS spoiled
    FROM paper_books b LEFT JOIN staff s ON s.id = b.holder_id`
const allBookCounts = typedStatement<[], BookCountRow>(`${BOOK_COUNTS} ORDER BY b.from_number`)
const oneBookCounts = typedStatement<[bookId: number], BookCountRow>(
  `${BOOK_COUNTS} WHERE b.id = ? ORDER BY b.from_number`
)

/** Every book with its used and spoiled counts by first number, or just the one asked for. */
export const bookCounts = (store: PaperStore, bookId?: number): BookCountRow[] =>
  bookId === undefined ? allBookCounts.all(store) : oneBookCounts.all(store, bookId)

/** Who may hold a book: active counter staff, by name. */
export const bookHolders = (store: PaperStore): { id: number; name: string }[] =>
  store.db
    .select({ id: staff.id, name: staff.displayName })
    .from(staff)
    .where(and(eq(staff.active, true), inArray(staff.role, COUNTER_ROLES)))
    .orderBy(asc(staff.displayName))
    .all()

/** An active staff member's name; undefined for an unknown or inactive one. */
export const activeStaffName = (store: PaperStore, staffId: number): string | undefined =>
  store.db
    .select({ name: staff.displayName })
    .from(staff)
    .where(and(eq(staff.id, staffId), eq(staff.active, true)))
    .get()?.name
