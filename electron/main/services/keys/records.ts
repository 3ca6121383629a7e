import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import type { AuthorizationView, KeyIncidentView, KeyKind, KeyMovementView, KeyPurpose, KeySetView } from '../../../../shared/keys/api'
import { maskPhone } from '../../../../shared/domain/phone'
import type { Locale } from '../../../../shared/kernel/locale'
import { message, type MessageKey } from '../../../../shared/messages'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { localDate } from '../fees/fee-items'

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

/** A moment as the counter reads it: local 'YYYY-MM-DD HH:mm'. */
export function localDateTime(iso: string): string {
  const d = new Date(iso)
  return `${localDate(d)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}

export const purposeKey = (purpose: KeyPurpose | null): MessageKey => `key.purpose.${purpose ?? 'other'}` as MessageKey

/** Purposes in words, joined as the reader's language joins a list. */
export function purposeList(locale: Locale, purposes: KeyPurpose[]): string {
  return purposes.map((p) => message(locale, purposeKey(p))).join(message(locale, 'key.separator'))
}

export interface SetRow {
  id: number
  tagCode: string
  roomId: number
  roomCode: string
  cabinetId: number
  cabinetName: string
  hookRow: number
  hookColumn: number
  pieces: string
  pieceCount: number
  purpose: KeyPurpose
  depositorId: number
  depositorName: string
  depositedAt: string
  withdrawnAt: string | null
  notes: string
}

export interface BorrowRow {
  id: number
  personName: string
  personIdTail: string
  personPhone: string
  purpose: KeyPurpose | null
  count: number
  at: string
  expectedReturnAt: string | null
  authorizationId: number | null
}

export interface AuthorizationRow {
  id: number
  name: string
  phone: string
  idTail: string
  relation: string
  purposes: string
  validFrom: string
  validTo: string
  closedAt: string | null
}

const SET_SELECT = `SELECT s.id, s.tag_code AS tagCode, s.room_id AS roomId, r.code AS roomCode, s.cabinet_id AS cabinetId, c.name AS cabinetName,
  s.hook_row AS hookRow, s.hook_column AS hookColumn, s.pieces, s.piece_count AS pieceCount, s.purpose, s.depositor_id AS depositorId,
  p.name AS depositorName, s.deposited_at AS depositedAt, s.withdrawn_at AS withdrawnAt, s.notes
  FROM key_sets s JOIN rooms r ON r.id = s.room_id JOIN key_cabinets c ON c.id = s.cabinet_id JOIN persons p ON p.id = s.depositor_id`

export function loadSet(sqlite: Database.Database, keySetId: number): SetRow {
  const row = sqlite.prepare(`${SET_SELECT} WHERE s.id = ?`).get(keySetId) as SetRow | undefined
  if (!row) throw new AppError('NOT_FOUND', {}, { entity: 'keySet', id: keySetId })
  return row
}

export function setIdsBy(sqlite: Database.Database, filter: { tagCode?: string; roomId?: number }): number[] {
  const where: string[] = []
  const params: (string | number)[] = []
  if (filter.tagCode) {
    where.push('tag_code = ?')
    params.push(filter.tagCode.toUpperCase())
  }
  if (filter.roomId !== undefined) {
    where.push('room_id = ?')
    params.push(filter.roomId)
  }
  if (where.length === 0) return []
  // Sets in custody first, then the ended ones, newest first.
  const rows = sqlite.prepare(`SELECT id FROM key_sets WHERE ${where.join(' AND ')} ORDER BY withdrawn_at IS NOT NULL, id DESC`).all(...params) as { id: number }[]
  return rows.map((r) => r.id)
}

/** The hand-out not yet answered by a return: the set's last movement when it is a borrow. */
export function openBorrow(sqlite: Database.Database, keySetId: number): BorrowRow | null {
  const row = sqlite
    .prepare(
      `SELECT id, person_name AS personName, person_id_tail AS personIdTail, person_phone AS personPhone, purpose, count, at,
        expected_return_at AS expectedReturnAt, authorization_id AS authorizationId
       FROM key_movements WHERE id = (SELECT max(id) FROM key_movements WHERE key_set_id = ?) AND kind = 'borrow'`
    )
    .get(keySetId) as BorrowRow | undefined
  return row ?? null
}

export type SetStatus = KeySetView['status']

export function statusOf(withdrawnAt: string | null, expectedReturnAt: string | null | undefined, isOut: boolean, nowIso: string): SetStatus {
  if (withdrawnAt) return 'withdrawn'
  if (!isOut) return 'in'
  return expectedReturnAt && expectedReturnAt < nowIso ? 'overdue' : 'out'
}

export function authorizationsOf(sqlite: Database.Database, keySetId: number): AuthorizationRow[] {
  return sqlite
    .prepare(
      `SELECT id, name, phone, id_tail AS idTail, relation, purposes, valid_from AS validFrom, valid_to AS validTo, closed_at AS closedAt
       FROM key_authorizations WHERE key_set_id = ? ORDER BY id`
    )
    .all(keySetId) as AuthorizationRow[]
}

export const purposesOf = (a: AuthorizationRow) => JSON.parse(a.purposes) as KeyPurpose[]
export const isCurrent = (a: AuthorizationRow, today: string) => a.closedAt === null && a.validFrom <= today && today <= a.validTo

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

function movementsOf(sqlite: Database.Database, keySetId: number): KeyMovementView[] {
  return sqlite
    .prepare(
      `SELECT m.id, m.kind, m.person_name AS personName, m.purpose, m.count, m.expected_return_at AS expectedReturnAt, m.at,
        s.display_name AS staffName, a.display_name AS approverName, m.override_reason AS overrideReason, m.note
       FROM key_movements m JOIN staff s ON s.id = m.staff_id LEFT JOIN staff a ON a.id = m.approver_id
       WHERE m.key_set_id = ? ORDER BY m.id`
    )
    .all(keySetId) as KeyMovementView[]
}

function incidentsOf(sqlite: Database.Database, keySetId: number): KeyIncidentView[] {
  return sqlite
    .prepare(
      `SELECT i.id, i.kind, i.responsible, i.description, i.missing_count AS missingCount, i.at, s.display_name AS staffName
       FROM key_incidents i JOIN staff s ON s.id = i.staff_id WHERE i.key_set_id = ? ORDER BY i.id`
    )
    .all(keySetId) as KeyIncidentView[]
}

/** One set with its authorisations, its sign-off history (oldest first) and its incidents. */
export function keySetView(ctx: Pick<ServiceContext, 'store' | 'now'>, keySetId: number): KeySetView {
  const sqlite = ctx.store.sqlite
  const set = loadSet(sqlite, keySetId)
  const now = ctx.now()
  const borrow = set.withdrawnAt ? null : openBorrow(sqlite, set.id)
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
    authorizations: authorizationsOf(sqlite, set.id).map((a) => authorizationView(a, localDate(now))),
    movements: movementsOf(sqlite, set.id),
    incidents: incidentsOf(sqlite, set.id),
    notes: set.notes
  }
}
