import { createHash } from 'node:crypto'
import type { AuthorizationView, KeyKind, KeyPurpose, KeySetView } from '../../../../shared/keys/api'
import { maskPhone } from '../../../../shared/domain/phone'
import type { Locale } from '../../../../shared/kernel/locale'
import { message, type MessageKey } from '../../../../shared/messages'
import { reasonKey } from '../../../../shared/kernel/i18n'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { localDate, localDateTime } from '../../../../shared/kernel/calendar'
import {
  authorizationsOfSet,
  incidentsOfSet,
  movementsOfSet,
  openBorrowOf,
  setById,
  type AuthorizationRow,
  type BorrowRow,
  type KeyStore,
  type SetRow
} from './queries'

/**
 * Reading key custody: one set as the screens show it, with where it is now. Where a set is (in
 * the cabinet or out) is not stored: it is the set's last movement — a 'borrow' not yet answered
 * by a 'return' means the key is out.
 */

/** Letters and digits nobody misreads on a tag: no 0/O, 1/I/L. */
export const TAG_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/** 'K' and five characters derived from a random token: reveals nothing about the room. */
export function tagFromToken(token: string): string {
  const bytes = createHash('sha256').update(token).digest()
  let tag = 'K'
  for (let i = 0; i < 5; i++) tag += TAG_ALPHABET[bytes[i]! % TAG_ALPHABET.length]
  return tag
}

export { localDateTime }

export const purposeKey = (purpose: KeyPurpose | null): MessageKey => reasonKey('keys.purpose', purpose ?? 'other')

/** Purposes in words, joined as the reader's language joins a list. */
export function purposeList(locale: Locale, purposes: KeyPurpose[]): string {
  return purposes.map((p) => message(locale, purposeKey(p))).join(message(locale, 'keys.separator'))
}

export function loadSet(store: KeyStore, keySetId: number): SetRow {
  const row = setById(store, keySetId)
  if (!row) throw new AppError('NOT_FOUND', {}, { entity: 'keySet', id: keySetId })
  return row
}

/** The hand-out not yet answered by a return: the set's last movement when it is a borrow. */
export const openBorrow = (store: KeyStore, keySetId: number): BorrowRow | null => openBorrowOf(store, keySetId) ?? null

export type SetStatus = KeySetView['status']

export function statusOf(
  withdrawnAt: string | null,
  expectedReturnAt: string | null | undefined,
  isOut: boolean,
  nowIso: string
): SetStatus {
  if (withdrawnAt) return 'withdrawn'
  if (!isOut) return 'in'
  return expectedReturnAt && expectedReturnAt < nowIso ? 'overdue' : 'out'
}

export const purposesOf = (a: AuthorizationRow) => JSON.parse(a.purposes) as KeyPurpose[]
export const isCurrent = (a: AuthorizationRow, today: string) =>
  a.closedAt === null && a.validFrom <= today && today <= a.validTo

function authorizationView(a: AuthorizationRow, today: string): AuthorizationView {
  return {
    id: a.id,
    name: a.name,
    phoneMasked: maskPhone(a.phone),
    idTail: a.idTail,
    relation: a.relation,
    purposes: purposesOf(a),
    validFrom: a.validFrom,
    validTo: a.validTo,
    closedAt: a.closedAt,
    current: isCurrent(a, today)
  }
}

/** One set with its authorisations, its sign-off history (oldest first) and its incidents. */
export function keySetView(ctx: Pick<ServiceContext, 'store' | 'now'>, keySetId: number): KeySetView {
  const store = ctx.store
  const set = loadSet(store, keySetId)
  const now = ctx.now()
  const borrow = set.withdrawnAt ? null : openBorrow(store, set.id)
  return {
    id: set.id,
    tagCode: set.tagCode,
    roomId: set.roomId,
    roomCode: set.roomCode,
    cabinetId: set.cabinetId,
    cabinetName: set.cabinetName,
    hookRow: set.hookRow,
    hookColumn: set.hookColumn,
    pieces: JSON.parse(set.pieces) as { kind: KeyKind; count: number }[],
    pieceCount: set.pieceCount,
    purpose: set.purpose,
    depositorName: set.depositorName,
    depositedAt: set.depositedAt,
    withdrawnAt: set.withdrawnAt,
    status: statusOf(set.withdrawnAt, borrow?.expectedReturnAt, borrow !== null, now.toISOString()),
    borrow: borrow && {
      movementId: borrow.id,
      personName: borrow.personName,
      phoneMasked: maskPhone(borrow.personPhone),
      purpose: borrow.purpose,
      count: borrow.count,
      at: borrow.at,
      expectedReturnAt: borrow.expectedReturnAt
    },
    authorizations: authorizationsOfSet(store, set.id).map((a) => authorizationView(a, localDate(now))),
    movements: movementsOfSet(store, set.id),
    incidents: incidentsOfSet(store, set.id),
    notes: set.notes
  }
}
