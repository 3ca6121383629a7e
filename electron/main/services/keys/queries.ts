import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { Store } from '../../../../db/open'
import { sealRow } from '../../../../db/chain'
import {
  keyAuthorizations,
  keyCabinets,
  keyIncidents,
  keyMovements,
  keySets,
  persons,
  rooms,
  staff
} from '../../../../db/schema'
import type { KeyIncidentView, KeyMovementView } from '../../../../shared/keys/api'
import { typedStatement } from '../../core/statements'

/**
 * The SQL of key custody. Reads and writes of one table go through drizzle's query builder; the
 * reads behind the hook grid, the hand-out checks and the search (run on every screen and
 * keystroke, with correlated subqueries the builder would only wrap in `sql`) are typed statements
 * through the core's statement cache. The services call these with the store, never the connection.
 * The cabinets' and hooks' SQL is in cabinet-queries.ts.
 */

/** What the key queries need of the store: the query builder and, for the cached statements, the connection. */
export type KeyStore = Pick<Store, 'db' | 'sqlite'>

type Movement = typeof keyMovements.$inferSelect
type Authorization = typeof keyAuthorizations.$inferSelect

// ─── Key sets ───────────────────────────────────────────────────────────────────────────────

const setColumns = {
  id: keySets.id,
  tagCode: keySets.tagCode,
  roomId: keySets.roomId,
  roomCode: rooms.code,
  cabinetId: keySets.cabinetId,
  cabinetName: keyCabinets.name,
  hookRow: keySets.hookRow,
  hookColumn: keySets.hookColumn,
  pieces: keySets.pieces,
  pieceCount: keySets.pieceCount,
  purpose: keySets.purpose,
  depositorId: keySets.depositorId,
  depositorName: persons.name,
  depositedAt: keySets.depositedAt,
  withdrawnAt: keySets.withdrawnAt,
  notes: keySets.notes
}

/** One set with its room, cabinet and depositor. */
export const setById = (store: KeyStore, keySetId: number) =>
  store.db
    .select(setColumns)
    .from(keySets)
    .innerJoin(rooms, eq(rooms.id, keySets.roomId))
    .innerJoin(keyCabinets, eq(keyCabinets.id, keySets.cabinetId))
    .innerJoin(persons, eq(persons.id, keySets.depositorId))
    .where(eq(keySets.id, keySetId))
    .get()

export type SetRow = NonNullable<ReturnType<typeof setById>>

/** Sets matching every filter given: those in custody first, then the ended ones, newest first. */
export function setIdsWhere(store: KeyStore, filter: { tagCode?: string; roomId?: number }): number[] {
  const where: SQL[] = []
  if (filter.tagCode) where.push(eq(keySets.tagCode, filter.tagCode.toUpperCase()))
  if (filter.roomId !== undefined) where.push(eq(keySets.roomId, filter.roomId))
  if (where.length === 0) return []
  const rows = store.db
    .select({ id: keySets.id })
    .from(keySets)
    .where(and(...where))
    .orderBy(sql`${keySets.withdrawnAt} IS NOT NULL`, desc(keySets.id))
    .all()
  return rows.map((r) => r.id)
}

export const tagCodeUsed = (store: KeyStore, tagCode: string): boolean =>
  store.db.select({ id: keySets.id }).from(keySets).where(eq(keySets.tagCode, tagCode)).get() !== undefined

export type NewKeySet = Omit<typeof keySets.$inferInsert, 'id' | 'withdrawnAt'>
export const insertKeySet = (store: KeyStore, set: NewKeySet): number =>
  Number(store.db.insert(keySets).values(set).run().lastInsertRowid)

export function updatePieceCount(store: KeyStore, keySetId: number, pieceCount: number): void {
  store.db.update(keySets).set({ pieceCount }).where(eq(keySets.id, keySetId)).run()
}

/** Custody ends: the set leaves its hook and every open authorisation closes. */
export function endCustodyOf(store: KeyStore, keySetId: number, at: string): void {
  store.db.update(keySets).set({ withdrawnAt: at }).where(eq(keySets.id, keySetId)).run()
  store.db
    .update(keyAuthorizations)
    .set({ closedAt: at })
    .where(and(eq(keyAuthorizations.keySetId, keySetId), isNull(keyAuthorizations.closedAt)))
    .run()
}

// ─── Authorisations, movements, incidents ───────────────────────────────────────────────────

const authorizationColumns = {
  id: keyAuthorizations.id,
  name: keyAuthorizations.name,
  phone: keyAuthorizations.phone,
  idTail: keyAuthorizations.idTail,
  relation: keyAuthorizations.relation,
  purposes: keyAuthorizations.purposes,
  validFrom: keyAuthorizations.validFrom,
  validTo: keyAuthorizations.validTo,
  closedAt: keyAuthorizations.closedAt
}
export type AuthorizationRow = Pick<Authorization, keyof typeof authorizationColumns>

export const authorizationsOfSet = (store: KeyStore, keySetId: number): AuthorizationRow[] =>
  store.db
    .select(authorizationColumns)
    .from(keyAuthorizations)
    .where(eq(keyAuthorizations.keySetId, keySetId))
    .orderBy(asc(keyAuthorizations.id))
    .all()

export type NewAuthorization = Omit<typeof keyAuthorizations.$inferInsert, 'id' | 'closedAt'>
export function insertAuthorizations(store: KeyStore, rows: NewAuthorization[]): void {
  if (rows.length > 0) store.db.insert(keyAuthorizations).values(rows).run()
}

export type NewMovement = Omit<typeof keyMovements.$inferInsert, 'id'>
/** Sealed at once (db/chain.ts): a movement has no children, so its hash is complete. */
export function insertMovement(store: KeyStore, movement: NewMovement): number {
  const id = Number(store.db.insert(keyMovements).values(movement).run().lastInsertRowid)
  sealRow(store.sqlite, 'key_movements', id)
  return id
}

/** The hand-out not yet answered by a return: the set's last movement when it is a borrow. */
export type BorrowRow = Pick<
  Movement,
  | 'id'
  | 'personName'
  | 'personIdTail'
  | 'personPhone'
  | 'purpose'
  | 'count'
  | 'at'
  | 'expectedReturnAt'
  | 'authorizationId'
>
const openBorrowStatement = typedStatement<[keySetId: number], BorrowRow>(
  `SELECT id, person_name AS personName, person_id_tail AS personIdTail, person_phone AS personPhone, purpose, count, at,
    expected_return_at AS expectedReturnAt, authorization_id AS authorizationId
   FROM key_movements WHERE id = (SELECT max(id) FROM key_movements WHERE key_set_id = ?) AND kind = 'borrow'`
)
export const openBorrowOf = (store: KeyStore, keySetId: number): BorrowRow | undefined =>
  openBorrowStatement.get(store, keySetId)

const approver = alias(staff, 'approver')

/** The set's sign-off history, oldest first, with who handed over and who approved. */
export const movementsOfSet = (store: KeyStore, keySetId: number): KeyMovementView[] =>
  store.db
    .select({
      id: keyMovements.id,
      kind: keyMovements.kind,
      personName: keyMovements.personName,
      purpose: keyMovements.purpose,
      count: keyMovements.count,
      expectedReturnAt: keyMovements.expectedReturnAt,
      at: keyMovements.at,
      staffName: staff.displayName,
      approverName: approver.displayName,
      overrideReason: keyMovements.overrideReason,
      note: keyMovements.note
    })
    .from(keyMovements)
    .innerJoin(staff, eq(staff.id, keyMovements.staffId))
    .leftJoin(approver, eq(approver.id, keyMovements.approverId))
    .where(eq(keyMovements.keySetId, keySetId))
    .orderBy(asc(keyMovements.id))
    .all()

export const incidentsOfSet = (store: KeyStore, keySetId: number): KeyIncidentView[] =>
  store.db
    .select({
      id: keyIncidents.id,
      kind: keyIncidents.kind,
      responsible: keyIncidents.responsible,
      description: keyIncidents.description,
      missingCount: keyIncidents.missingCount,
      at: keyIncidents.at,
      staffName: staff.displayName
    })
    .from(keyIncidents)
    .innerJoin(staff, eq(staff.id, keyIncidents.staffId))
    .where(eq(keyIncidents.keySetId, keySetId))
    .orderBy(asc(keyIncidents.id))
    .all()

export type NewIncident = Omit<typeof keyIncidents.$inferInsert, 'id'>
export function insertIncident(store: KeyStore, incident: NewIncident): void {
  store.db.insert(keyIncidents).values(incident).run()
}

// ─── People of the room (who may deposit, borrow, withdraw) ─────────────────────────────────

const FIRST_PHONE = (person: string) =>
  `coalesce((SELECT pp.phone FROM person_phones pp WHERE pp.person_id = ${person} ORDER BY pp.position LIMIT 1), '')`

type Person = typeof persons.$inferSelect
export type OwnerMatch = { personId: Person['id']; name: Person['name']; phone: string }
export type Depositor = Pick<Person, 'id' | 'name'> & { idTail: string; phone: string }

/** A current owner or co-owner of the room by name and the last six characters of the ID number. */
export const ownerByIdTail = typedStatement<[roomId: number, name: string, idTail: string], OwnerMatch>(
  `SELECT p.id AS personId, p.name, ${FIRST_PHONE('p.id')} AS phone
   FROM room_persons rp JOIN persons p ON p.id = rp.person_id
   WHERE rp.room_id = ? AND rp.ended_on IS NULL AND rp.relation IN ('owner', 'coowner') AND p.name = ? AND p.id_number IS NOT NULL AND substr(p.id_number, -6) = ?
   LIMIT 1`
)

/** A person as the deposit form needs them: name, ID tail and first phone. */
export const personForDeposit = typedStatement<[personId: number], Depositor>(
  `SELECT id, name, coalesce(substr(id_number, -6), '') AS idTail, ${FIRST_PHONE('persons.id')} AS phone FROM persons WHERE id = ?`
)

/** Whether the person is a current owner or co-owner of the room, or an agent whose power of attorney runs on the day. */
export const mayDeposit = typedStatement<[roomId: number, personId: number, day: string, sameDay: string], { ok: 1 }>(
  `SELECT 1 AS ok FROM room_persons WHERE room_id = ? AND person_id = ? AND ended_on IS NULL
    AND (relation IN ('owner', 'coowner') OR (relation = 'agent' AND poa_to IS NOT NULL AND poa_to >= ? AND (poa_from IS NULL OR poa_from <= ?)))`
)

// ─── Search and the demo ────────────────────────────────────────────────────────────────────

/** The room of a key tag (the tag itself does not reveal it), with the tag. */
export const roomByKeyTag = typedStatement<[tagCode: string], { roomId: number; tagCode: string }>(
  `SELECT room_id AS roomId, tag_code AS tagCode FROM key_sets WHERE tag_code = ?`
)

/**
 * Borrowers of sets in custody by the end of their phone: the authorised list (open entries) and
 * the hand-outs. Few rows (a set has a handful), so a suffix LIKE over them is cheap without a
 * reversed column.
 */
export const borrowersByPhoneTail = typedStatement<
  [{ pattern: string; limit: number }],
  { keySetId: number; roomId: number; name: string; phone: string }
>(
  `SELECT s.id AS keySetId, s.room_id AS roomId, a.name, a.phone FROM key_authorizations a JOIN key_sets s ON s.id = a.key_set_id
   WHERE s.withdrawn_at IS NULL AND a.closed_at IS NULL AND a.phone LIKE @pattern
   UNION
   SELECT s.id, s.room_id, m.person_name, m.person_phone FROM key_movements m JOIN key_sets s ON s.id = m.key_set_id
   WHERE s.withdrawn_at IS NULL AND m.kind = 'borrow' AND m.person_phone LIKE @pattern
   LIMIT @limit`
)

/** The demo's candidates: rooms under renovation or in trusteeship with an owner who has an ID number. */
export const roomsForDemoKeys = typedStatement<
  [],
  { id: number; code: string; status: 'renovating' | 'trusteeship'; ownerId: number }
>(
  `SELECT r.id, r.code, r.status, p.id AS ownerId
   FROM rooms r JOIN room_persons rp ON rp.room_id = r.id AND rp.relation = 'owner' AND rp.ended_on IS NULL JOIN persons p ON p.id = rp.person_id
   WHERE r.status IN ('renovating', 'trusteeship') AND p.kind = 'person' AND p.id_number IS NOT NULL
   GROUP BY r.id ORDER BY r.id`
)
