import { validatePhone } from '../../../../shared/domain/phone'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { createProbeLimiter, NUMBER_SEARCH_LIMIT, type ProbeLimiter } from '../../core/search-limit'
import { writeAudit } from '../foundation/audit'

/**
 * The number indexes a query may ask. Masks show a phone's last four digits and an ID's first and
 * last four, so a tail search is only allowed where it reveals nothing the mask does not: a phone
 * is found by exactly its last 4 digits (what a caller gives) or by the whole number (which finds
 * exactly that person). A longer partial run of digits never reaches the phone index: with 5- to
 * 10-digit tails a clerk rebuilt a masked number digit by digit in 25 searches. ID tails keep their
 * own rule (the last 4–6 characters, as written on key hand-out forms); the probe limit covers them.
 */
export interface NumberForms {
  /** Exactly the last 4 digits of a phone. */
  phoneTail: string | null
  /** A whole phone number in its stored form ('13912345678', '0591-87654321'), however it was typed. */
  phone: string | null
  /** A landline's local number without the area code (7–8 digits): the whole number within one city. */
  localNumber: string | null
  /** The last 4–6 characters of an ID number. */
  idTail: string | null
  /** A whole 18-character resident ID. */
  idNumber: string | null
}

const LOCAL_NUMBER = /^[2-9]\d{6,7}$/

/** `q` half-width and trimmed. Tails are typed as plain digits: '3-1502' is a room, not a tail. */
export function numberForms(q: string): NumberForms {
  const plain = q.replace(/\s/g, '')
  const compact = plain.replace(/-/g, '')
  const phone = /^[\d+()\s-]+$/.test(q) ? validatePhone(q) : null
  return {
    phoneTail: /^\d{4}$/.test(plain) ? plain : null,
    phone: phone?.ok ? phone.phone : null,
    localNumber: LOCAL_NUMBER.test(compact) ? compact : null,
    idTail: /^[0-9xX]{4,6}$/.test(plain) ? plain.toUpperCase() : null,
    idNumber: /^[0-9]{17}[0-9xX]$/.test(compact) ? compact.toUpperCase() : null
  }
}

/** What the probe limit counts for this query (one number however typed), or null when it asks no number index. */
export function probeKey(q: string, forms: NumberForms): string | null {
  const asks = forms.phoneTail ?? forms.phone ?? forms.localNumber ?? forms.idTail ?? forms.idNumber
  return asks === null ? null : (forms.phone ?? q).replace(/[\s-]/g, '').toUpperCase()
}

/** One limiter per open store (each core, each test), kept as long as the store is. */
const limiters = new WeakMap<object, ProbeLimiter>()

/**
 * Number searches count against the searcher's limit; past it they are refused for a while (names
 * and room codes still answer) and the pause is audited — the search is a query, so the row is
 * written here rather than queued for a transaction that a query does not have.
 */
export function guardNumberSearch(ctx: ServiceContext, q: string): void {
  const key = probeKey(q, numberForms(q))
  if (key === null) return
  const session = ctx.requireSession()
  let limiter = limiters.get(ctx.store)
  if (!limiter) limiters.set(ctx.store, (limiter = createProbeLimiter()))
  const at = ctx.now()
  const verdict = limiter(String(session.staffId), key, at.getTime())
  if (verdict.ok) return
  if (verdict.tripped) {
    writeAudit(ctx.db, {
      at,
      procedure: 'search.global',
      staffId: session.staffId,
      shiftId: session.shiftId,
      entityType: 'staff',
      entityId: session.staffId,
      summaryKey: 'audit.searchProbing',
      summaryParams: { count: NUMBER_SEARCH_LIMIT, minutes: verdict.minutesLeft }
    })
  }
  throw new AppError('SEARCH_LIMITED', { minutes: verdict.minutesLeft })
}
