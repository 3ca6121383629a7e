import { api } from '../../../../shared/api'
import type { PaperBookView } from '../../../../shared/fees/printing'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import {
  accountedNumbers,
  activeStaffName,
  bookCounts,
  bookHolders,
  bookHolding,
  bookOverlapping,
  booksHeldBy,
  insertBook,
  insertPaperUses,
  paperStatus,
  type BookRow,
  type PaperStore
} from './paper-queries'

/**
 * 收据本: books of pre-printed numbered forms. Every number of a book ends up either used by one
 * print or spoiled with a reason (paper_uses, append-only), so an auditor can account for each
 * sheet. A number outside every book is simply written on the print record.
 */

/** The lowest number of the book that is neither used nor spoiled. */
function firstFree(store: PaperStore, book: BookRow): number | null {
  let candidate = book.fromNumber
  for (const n of accountedNumbers(store, book.id)) {
    if (n > candidate) break
    if (n === candidate) candidate++
  }
  return candidate <= book.toNumber ? candidate : null
}

function refuseIfAccounted(store: PaperStore, book: BookRow, paperNumber: number): void {
  const status = paperStatus(store, book.id, paperNumber)
  if (status)
    throw new AppError(
      'PAPER_USED',
      { number: paperNumber, status: `paper.${status}` },
      { field: 'paperNumber', status }
    )
}

/** Refuses a form number of a registered book that is already used or spoiled (before printing on it). */
export function refuseUsedPaper(ctx: ServiceContext, paperNumber: number): void {
  const book = bookHolding(ctx.store, paperNumber)
  if (book) refuseIfAccounted(ctx.store, book, paperNumber)
}

/** Marks a form of a registered book as used by a print; null when no book covers the number. */
export function usePaper(ctx: ServiceContext, paperNumber: number, printId: number): BookRow | null {
  const book = bookHolding(ctx.store, paperNumber)
  if (!book) return null
  refuseIfAccounted(ctx.store, book, paperNumber)
  const use = {
    bookId: book.id,
    paperNumber,
    status: 'used',
    printId,
    reason: null,
    at: ctx.now().toISOString(),
    staffId: ctx.requireSession().staffId
  } as const
  insertPaperUses(ctx.store, [use])
  return book
}

function bookViews(store: PaperStore, bookId?: number): PaperBookView[] {
  return bookCounts(store, bookId).map(({ fromNumber, toNumber, ...r }) => ({
    ...r,
    from: fromNumber,
    to: toNumber,
    remaining: toNumber - fromNumber + 1 - r.used - r.spoiled,
    nextNumber: firstFree(store, { ...r, fromNumber, toNumber })
  }))
}

const books = handle(api.printing.books, {
  run: (ctx) => ({ books: bookViews(ctx.store), holders: bookHolders(ctx.store) })
})

/** A new book: its range may not overlap any registered book, or one sheet could be counted twice. */
const registerBook = handle(api.printing.registerBook, {
  run(ctx, input) {
    const session = ctx.requireSession()
    const overlap = bookOverlapping(ctx.store, input.from, input.to)
    if (overlap)
      throw new AppError(
        'PAPER_OVERLAP',
        {
          from: input.from,
          to: input.to,
          label: overlap.label,
          bookFrom: overlap.fromNumber,
          bookTo: overlap.toNumber
        },
        { field: 'from' }
      )
    const holder = activeStaffName(ctx.store, input.holderId)
    if (holder === undefined) throw new AppError('NOT_FOUND', {}, { entity: 'staff', field: 'holderId' })
    const id = insertBook(ctx.store, {
      label: input.label,
      fromNumber: input.from,
      toNumber: input.to,
      holderId: input.holderId,
      registeredAt: ctx.now().toISOString(),
      registeredBy: session.staffId
    })
    ctx.audit({
      entityType: 'paperBook',
      entityId: id,
      summaryKey: 'audit.paperBook',
      summaryParams: { label: input.label, from: input.from, to: input.to, holder }
    })
    return bookViews(ctx.store, id)[0]!
  }
})

/**
 * 作废的空白联: a form jammed, misprinted, or skipped because the printer held another number.
 * A single number already accounted for is refused; in a run, numbers already accounted for are
 * passed over and the rest written off. The whole run must lie in one book.
 */
const spoilPaper = handle(api.printing.spoilPaper, {
  run(ctx, input) {
    const store = ctx.store
    const staffId = ctx.requireSession().staffId
    const last = input.throughNumber ?? input.paperNumber
    const book = bookHolding(store, input.paperNumber)
    if (!book) throw new AppError('PAPER_NOT_IN_BOOK', { number: input.paperNumber }, { field: 'paperNumber' })
    if (last > book.toNumber) throw new AppError('PAPER_NOT_IN_BOOK', { number: last }, { field: 'throughNumber' })
    if (last === input.paperNumber) refuseIfAccounted(store, book, input.paperNumber)
    const taken = new Set(accountedNumbers(store, book.id))
    const spoiled: number[] = []
    for (let n = input.paperNumber; n <= last; n++) if (!taken.has(n)) spoiled.push(n)
    const at = ctx.now().toISOString()
    insertPaperUses(
      store,
      spoiled.map((paperNumber) => ({
        bookId: book.id,
        paperNumber,
        status: 'spoiled' as const,
        printId: null,
        reason: input.reason,
        at,
        staffId
      }))
    )
    if (spoiled.length === 0) refuseIfAccounted(store, book, input.paperNumber)
    const numbers = spoiled.length === 1 ? String(spoiled[0]) : `${spoiled[0]}–${spoiled[spoiled.length - 1]}`
    ctx.audit({
      entityType: 'paperBook',
      entityId: book.id,
      summaryKey: 'audit.paperSpoiled',
      summaryParams: { numbers, book: book.label, reason: input.reason }
    })
    return { spoiled, bookLabel: book.label }
  }
})

/** The next form the signed-in person should have in the printer: the lowest free number of the books they hold. */
const nextPaperNumber = handle(api.printing.nextPaperNumber, {
  run(ctx) {
    for (const book of booksHeldBy(ctx.store, ctx.requireSession().staffId)) {
      const free = firstFree(ctx.store, book)
      if (free !== null) return { paperNumber: free, bookId: book.id, bookLabel: book.label }
    }
    return { paperNumber: null, bookId: null, bookLabel: null }
  }
})

export const paperBookHandlers = [books, registerBook, spoilPaper, nextPaperNumber]
