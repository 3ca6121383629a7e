import { and, asc, eq, gt, isNull, or } from 'drizzle-orm'
import { keyCabinets, keyMovements, keySets } from '../../../../db/schema'
import { typedStatement } from '../../core/statements'
import type { KeyStore } from './queries'

/**
 * The SQL of the cabinets and their hooks: the cabinet rows, which hooks hold a set, and the sets
 * in custody behind the hook grid. The rest of key custody's SQL is in queries.ts.
 */

type Cabinet = typeof keyCabinets.$inferSelect
type KeySet = typeof keySets.$inferSelect
type Movement = typeof keyMovements.$inferSelect
type Nullable<T> = { [K in keyof T]: T[K] | null }

// ─── Cabinets and hooks ─────────────────────────────────────────────────────────────────────

const cabinetColumns = {
  id: keyCabinets.id,
  name: keyCabinets.name,
  rows: keyCabinets.rows,
  columns: keyCabinets.columns
}
export type CabinetRow = Pick<Cabinet, keyof typeof cabinetColumns>
export type CabinetFields = Omit<CabinetRow, 'id'>

export const cabinetById = (store: KeyStore, cabinetId: number): CabinetRow | undefined =>
  store.db.select(cabinetColumns).from(keyCabinets).where(eq(keyCabinets.id, cabinetId)).get()

export const cabinetsByName = (store: KeyStore): CabinetRow[] =>
  store.db.select(cabinetColumns).from(keyCabinets).orderBy(asc(keyCabinets.name), asc(keyCabinets.id)).all()

export const cabinetIdNamed = (store: KeyStore, name: string): number | undefined =>
  store.db.select({ id: keyCabinets.id }).from(keyCabinets).where(eq(keyCabinets.name, name)).get()?.id

export const insertCabinet = (store: KeyStore, fields: CabinetFields, createdAt: string): number =>
  Number(
    store.db
      .insert(keyCabinets)
      .values({ ...fields, createdAt })
      .run().lastInsertRowid
  )

export function updateCabinet(store: KeyStore, cabinetId: number, fields: CabinetFields): void {
  store.db.update(keyCabinets).set(fields).where(eq(keyCabinets.id, cabinetId)).run()
}

const hookColumns = { row: keySets.hookRow, column: keySets.hookColumn }
const inCabinet = (cabinetId: number) => and(eq(keySets.cabinetId, cabinetId), isNull(keySets.withdrawnAt))

/** The hooks of a cabinet holding a set in custody, in no particular order. */
export const takenHooks = (store: KeyStore, cabinetId: number) =>
  store.db.select(hookColumns).from(keySets).where(inCabinet(cabinetId)).all()

/** The hooks of a cabinet holding a set beyond these rows or columns, row by row. */
export const hooksOutside = (store: KeyStore, cabinetId: number, rows: number, columns: number) =>
  store.db
    .select(hookColumns)
    .from(keySets)
    .where(and(inCabinet(cabinetId), or(gt(keySets.hookRow, rows), gt(keySets.hookColumn, columns))))
    .orderBy(asc(keySets.hookRow), asc(keySets.hookColumn))
    .all()

export const setOnHook = (
  store: KeyStore,
  cabinetId: number,
  row: number,
  column: number
): Pick<KeySet, 'id' | 'tagCode'> | undefined =>
  store.db
    .select({ id: keySets.id, tagCode: keySets.tagCode })
    .from(keySets)
    .where(and(inCabinet(cabinetId), eq(keySets.hookRow, row), eq(keySets.hookColumn, column)))
    .get()

/** A set in custody with its open hand-out, if its last movement is a borrow. */
export type CustodyRow = Pick<KeySet, 'id' | 'tagCode' | 'cabinetId' | 'hookRow' | 'hookColumn' | 'pieceCount'> & {
  roomCode: string
  cabinetName: Cabinet['name']
} & Nullable<{
    borrowId: Movement['id']
    borrowerName: Movement['personName']
    borrowerPhone: Movement['personPhone']
    borrowPurpose: Movement['purpose']
    borrowCount: Movement['count']
    borrowedAt: Movement['at']
    expectedReturnAt: Movement['expectedReturnAt']
  }>

const CUSTODY = `SELECT s.id, s.tag_code AS tagCode, r.code AS roomCode, s.cabinet_id AS cabinetId, c.name AS cabinetName,
  s.hook_row AS hookRow, s.hook_column AS hookColumn, s.piece_count AS pieceCount,
  b.id AS borrowId, b.person_name AS borrowerName, b.person_phone AS borrowerPhone, b.purpose AS borrowPurpose, b.count AS borrowCount,
  b.at AS borrowedAt, b.expected_return_at AS expectedReturnAt
  FROM key_sets s JOIN rooms r ON r.id = s.room_id JOIN key_cabinets c ON c.id = s.cabinet_id
  LEFT JOIN key_movements b ON b.id = (SELECT max(m.id) FROM key_movements m WHERE m.key_set_id = s.id) AND b.kind = 'borrow'
  WHERE s.withdrawn_at IS NULL`
const custodyAll = typedStatement<[], CustodyRow>(CUSTODY)
const custodyOfCabinet = typedStatement<[cabinetId: number], CustodyRow>(`${CUSTODY} AND s.cabinet_id = ?`)

/** The sets in custody, of one cabinet or of all. */
export const custodyRows = (store: KeyStore, cabinetId?: number): CustodyRow[] =>
  cabinetId === undefined ? custodyAll.all(store) : custodyOfCabinet.all(store, cabinetId)
