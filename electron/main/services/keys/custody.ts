import type { KeyPurpose } from '../../../../shared/keys/api'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { localDate } from '../../../../shared/kernel/calendar'
import {
  authorizationsOfSet,
  endCustodyOf,
  insertMovement,
  mayDeposit,
  ownerByIdTail,
  personForDeposit,
  tagCodeUsed,
  type Depositor,
  type NewMovement,
  type OwnerMatch,
  type SetRow
} from './queries'
import { isCurrent, localDateTime, purposeKey, purposeList, purposesOf } from './records'

/**
 * Who may leave, take and take back a key (checked against the ID they show), and the sign-off
 * record every movement writes: with the staff member and the shift, always.
 */

/** A current owner or co-owner of the room with this name whose ID number ends with this tail. */
export function matchingOwner(ctx: ServiceContext, roomId: number, name: string, idTail: string): OwnerMatch | null {
  return ownerByIdTail.get(ctx.store, roomId, name.trim(), idTail.toUpperCase()) ?? null
}

/** The depositor must be a current owner or co-owner of the room, or an agent whose power of attorney runs today. */
export function checkDepositor(ctx: ServiceContext, roomId: number, roomCode: string, personId: number): Depositor {
  const person = personForDeposit.get(ctx.store, personId)
  if (!person) throw new AppError('NOT_FOUND', {}, { entity: 'person', id: personId })
  const day = localDate(ctx.now())
  const related = mayDeposit.get(ctx.store, roomId, personId, day, day)
  if (!related) throw new AppError('NOT_DEPOSITOR', { name: person.name, room: roomCode }, { field: 'depositorId' })
  return person
}

export interface BorrowDecision {
  /** Null when the borrower may take the key; otherwise the refusal, which a manager may override. */
  refusal: AppError | null
  authorizationId: number | null
  /** The phone to call the borrower back on: the one given, else the one on file. */
  phone: string
}

interface BorrowRequest {
  personName: string
  idTail: string
  phone: string
  purpose: KeyPurpose
}

/**
 * 借出: the owner (name and ID tail of a current owner or co-owner), or someone on the set's
 * authorised list — by name and ID tail — for this purpose and within the dates. Otherwise the
 * reason: not on the list, outside the dates (which), or another purpose (the allowed ones).
 */
export function decideBorrow(ctx: ServiceContext, set: SetRow, request: BorrowRequest): BorrowDecision {
  const owner = matchingOwner(ctx, set.roomId, request.personName, request.idTail)
  if (owner) return { refusal: null, authorizationId: null, phone: request.phone || owner.phone }
  const day = localDate(ctx.now())
  const name = request.personName.trim()
  const listed = authorizationsOfSet(ctx.store, set.id).filter(
    (a) => a.closedAt === null && a.name === name && a.idTail === request.idTail.toUpperCase()
  )
  if (listed.length === 0) {
    const refusal = new AppError('KEY_NOT_AUTHORIZED', {
      name,
      idTail: request.idTail,
      reason: 'keys.refuse.notListed',
      action: 'keys.action.borrow',
      tag: set.tagCode
    })
    return { refusal, authorizationId: null, phone: request.phone }
  }
  const current = listed.filter((a) => isCurrent(a, day))
  const fitting = current.find((a) => purposesOf(a).includes(request.purpose))
  if (fitting) return { refusal: null, authorizationId: fitting.id, phone: request.phone || fitting.phone }
  if (current.length === 0) {
    const latest = listed.reduce((a, b) => (b.validTo > a.validTo ? b : a))
    const refusal = new AppError(
      'KEY_AUTH_EXPIRED',
      { name, from: latest.validFrom, to: latest.validTo, today: day },
      { authorizationId: latest.id }
    )
    return { refusal, authorizationId: latest.id, phone: request.phone || latest.phone }
  }
  const allowed = [...new Set(current.flatMap(purposesOf))]
  const refusal = new AppError(
    'KEY_WRONG_PURPOSE',
    { name, purpose: purposeKey(request.purpose), allowed: purposeList(ctx.locale, allowed) },
    { allowed }
  )
  return { refusal, authorizationId: current[0]!.id, phone: request.phone || current[0]!.phone }
}

/** The set must still be in custody. */
export function refuseWithdrawn(set: SetRow): void {
  if (set.withdrawnAt) throw new AppError('KEY_WITHDRAWN', { tag: set.tagCode, at: localDateTime(set.withdrawnAt) })
}

export interface MovementInput {
  keySetId: number
  kind: NewMovement['kind']
  personName: string
  personIdTail?: string
  personPhone?: string
  authorizationId?: number | null
  purpose?: KeyPurpose | null
  count: number
  expectedReturnAt?: string | null
  borrowId?: number | null
  note?: string
  approverId?: number | null
  overrideReason?: string | null
}

/** One line of the sign-off record (钥匙签收表), append-only, with who handed it over and in which shift. */
export function recordMovement(ctx: ServiceContext, m: MovementInput): number {
  const session = ctx.requireSession()
  return insertMovement(ctx.store, {
    keySetId: m.keySetId,
    kind: m.kind,
    personName: m.personName,
    personIdTail: m.personIdTail ?? '',
    personPhone: m.personPhone ?? '',
    authorizationId: m.authorizationId ?? null,
    purpose: m.purpose ?? null,
    count: Math.max(0, m.count),
    expectedReturnAt: m.expectedReturnAt ?? null,
    borrowId: m.borrowId ?? null,
    note: m.note ?? '',
    at: ctx.now().toISOString(),
    staffId: session.staffId,
    shiftId: session.shiftId,
    approverId: m.approverId ?? null,
    overrideReason: m.overrideReason ?? null
  })
}

/** Custody ends: the hook is free again and every authorisation closes. */
export function endCustody(ctx: ServiceContext, keySetId: number): void {
  endCustodyOf(ctx.store, keySetId, ctx.now().toISOString())
}

/** A new tag code, retried until unused. */
export function newTagCode(
  ctx: Pick<ServiceContext, 'store' | 'randomToken'>,
  make: (token: string) => string
): string {
  for (let attempt = 0; attempt < 100; attempt++) {
    const tag = make(ctx.randomToken())
    if (!tagCodeUsed(ctx.store, tag)) return tag
  }
  throw new AppError('INTERNAL', { detail: 'no free tag code' })
}
