import type { KeyPurpose } from '../../../../shared/keys/api'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { today } from '../fees/fee-items'
import { authorizationsOf, isCurrent, localDateTime, purposeKey, purposeList, purposesOf, type SetRow } from './records'

/**
 * Who may leave, take and take back a key (checked against the ID they show), and the sign-off
 * record every movement writes: with the staff member and the shift, always.
 */

export interface OwnerMatch {
  personId: number
  name: string
  phone: string
}

/** A current owner or co-owner of the room with this name whose ID number ends with this tail. */
export function matchingOwner(ctx: ServiceContext, roomId: number, name: string, idTail: string): OwnerMatch | null {
  const row = ctx.store.sqlite
    .prepare(
      `SELECT p.id AS personId, p.name, coalesce((SELECT pp.phone FROM person_phones pp WHERE pp.person_id = p.id ORDER BY pp.position LIMIT 1), '') AS phone
       FROM room_persons rp JOIN persons p ON p.id = rp.person_id
       WHERE rp.room_id = ? AND rp.ended_on IS NULL AND rp.relation IN ('owner', 'coowner') AND p.name = ? AND p.id_number IS NOT NULL AND substr(p.id_number, -6) = ?
       LIMIT 1`
    )
    .get(roomId, name.trim(), idTail.toUpperCase()) as OwnerMatch | undefined
  return row ?? null
}

export interface Depositor {
  id: number
  name: string
  idTail: string
  phone: string
}

/** The depositor must be a current owner or co-owner of the room, or an agent whose power of attorney runs today. */
export function checkDepositor(ctx: ServiceContext, roomId: number, roomCode: string, personId: number): Depositor {
  const sqlite = ctx.store.sqlite
  const person = sqlite
    .prepare(
      `SELECT id, name, coalesce(substr(id_number, -6), '') AS idTail,
        coalesce((SELECT pp.phone FROM person_phones pp WHERE pp.person_id = persons.id ORDER BY pp.position LIMIT 1), '') AS phone
       FROM persons WHERE id = ?`
    )
    .get(personId) as Depositor | undefined
  if (!person) throw new AppError('NOT_FOUND', {}, { entity: 'person', id: personId })
  const day = today(ctx)
  const related = sqlite
    .prepare(
      `SELECT 1 AS ok FROM room_persons WHERE room_id = ? AND person_id = ? AND ended_on IS NULL
        AND (relation IN ('owner', 'coowner') OR (relation = 'agent' AND poa_to IS NOT NULL AND poa_to >= ? AND (poa_from IS NULL OR poa_from <= ?)))`
    )
    .get(roomId, personId, day, day)
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
  const day = today(ctx)
  const name = request.personName.trim()
  const listed = authorizationsOf(ctx.store.sqlite, set.id).filter((a) => a.closedAt === null && a.name === name && a.idTail === request.idTail.toUpperCase())
  if (listed.length === 0) {
    const refusal = new AppError('KEY_NOT_AUTHORIZED', { name, idTail: request.idTail, reason: 'key.refuse.notListed', action: 'key.action.borrow', tag: set.tagCode })
    return { refusal, authorizationId: null, phone: request.phone }
  }
  const current = listed.filter((a) => isCurrent(a, day))
  const fitting = current.find((a) => purposesOf(a).includes(request.purpose))
  if (fitting) return { refusal: null, authorizationId: fitting.id, phone: request.phone || fitting.phone }
  if (current.length === 0) {
    const latest = listed.reduce((a, b) => (b.validTo > a.validTo ? b : a))
    const refusal = new AppError('KEY_AUTH_EXPIRED', { name, from: latest.validFrom, to: latest.validTo, today: day }, { authorizationId: latest.id })
    return { refusal, authorizationId: latest.id, phone: request.phone || latest.phone }
  }
  const allowed = [...new Set(current.flatMap(purposesOf))]
  const refusal = new AppError('KEY_WRONG_PURPOSE', { name, purpose: purposeKey(request.purpose), allowed: purposeList(ctx.locale, allowed) }, { allowed })
  return { refusal, authorizationId: current[0]!.id, phone: request.phone || current[0]!.phone }
}

/** The set must still be in custody. */
export function refuseWithdrawn(set: SetRow): void {
  if (set.withdrawnAt) throw new AppError('KEY_WITHDRAWN', { tag: set.tagCode, at: localDateTime(set.withdrawnAt) })
}

export interface MovementInput {
  keySetId: number
  kind: 'deposit' | 'borrow' | 'return' | 'withdraw'
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
  return Number(
    ctx.store.sqlite
      .prepare(
        `INSERT INTO key_movements (key_set_id, kind, person_name, person_id_tail, person_phone, authorization_id, purpose, count, expected_return_at,
          borrow_id, note, at, staff_id, shift_id, approver_id, override_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      )
      .run(
        m.keySetId,
        m.kind,
        m.personName,
        m.personIdTail ?? '',
        m.personPhone ?? '',
        m.authorizationId ?? null,
        m.purpose ?? null,
        Math.max(0, m.count),
        m.expectedReturnAt ?? null,
        m.borrowId ?? null,
        m.note ?? '',
        ctx.now().toISOString(),
        session.staffId,
        session.shiftId,
        m.approverId ?? null,
        m.overrideReason ?? null
      ).lastInsertRowid
  )
}

/** Custody ends: the hook is free again and every authorisation closes. */
export function endCustody(ctx: ServiceContext, keySetId: number): void {
  const at = ctx.now().toISOString()
  ctx.store.sqlite.prepare(`UPDATE key_sets SET withdrawn_at = ? WHERE id = ?`).run(at, keySetId)
  ctx.store.sqlite.prepare(`UPDATE key_authorizations SET closed_at = ? WHERE key_set_id = ? AND closed_at IS NULL`).run(at, keySetId)
}

/** A new tag code, retried until unused. */
export function newTagCode(ctx: ServiceContext, make: (token: string) => string): string {
  const used = ctx.store.sqlite.prepare(`SELECT 1 AS used FROM key_sets WHERE tag_code = ?`)
  for (let attempt = 0; attempt < 100; attempt++) {
    const tag = make(ctx.randomToken())
    if (!used.get(tag)) return tag
  }
  throw new AppError('INTERNAL', { detail: 'no free tag code' })
}
