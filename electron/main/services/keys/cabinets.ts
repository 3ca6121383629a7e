import type Database from 'better-sqlite3'
import type { CabinetCount, CabinetView, HookView, KeyPurpose, OverdueKey } from '../../../../shared/keys/api'
import { AppError } from '../../core/errors'
import { statusOf } from './records'

/**
 * The cabinets and what hangs in them: the hook grid, the first free hook, the handover counts and
 * the overdue list. All read one query of the sets in custody with their open hand-out.
 */

export interface CabinetRow {
  id: number
  name: string
  rows: number
  columns: number
}

interface CustodyRow {
  id: number
  tagCode: string
  roomCode: string
  cabinetId: number
  cabinetName: string
  hookRow: number
  hookColumn: number
  pieceCount: number
  borrowId: number | null
  borrowerName: string | null
  borrowerPhone: string | null
  borrowPurpose: KeyPurpose | null
  borrowCount: number | null
  borrowedAt: string | null
  expectedReturnAt: string | null
}

const CUSTODY = `SELECT s.id, s.tag_code AS tagCode, r.code AS roomCode, s.cabinet_id AS cabinetId, c.name AS cabinetName,
  s.hook_row AS hookRow, s.hook_column AS hookColumn, s.piece_count AS pieceCount,
  b.id AS borrowId, b.person_name AS borrowerName, b.person_phone AS borrowerPhone, b.purpose AS borrowPurpose, b.count AS borrowCount,
  b.at AS borrowedAt, b.expected_return_at AS expectedReturnAt
  FROM key_sets s JOIN rooms r ON r.id = s.room_id JOIN key_cabinets c ON c.id = s.cabinet_id
  LEFT JOIN key_movements b ON b.id = (SELECT max(m.id) FROM key_movements m WHERE m.key_set_id = s.id) AND b.kind = 'borrow'
  WHERE s.withdrawn_at IS NULL`

function custody(sqlite: Database.Database, cabinetId?: number): CustodyRow[] {
  if (cabinetId === undefined) return sqlite.prepare(CUSTODY).all() as CustodyRow[]
  return sqlite.prepare(`${CUSTODY} AND s.cabinet_id = ?`).all(cabinetId) as CustodyRow[]
}

const stateOf = (row: CustodyRow, nowIso: string) => statusOf(null, row.expectedReturnAt, row.borrowId !== null, nowIso) as 'in' | 'out' | 'overdue'

export function getCabinet(sqlite: Database.Database, cabinetId: number): CabinetRow {
  const row = sqlite.prepare(`SELECT id, name, rows, columns FROM key_cabinets WHERE id = ?`).get(cabinetId) as CabinetRow | undefined
  if (!row) throw new AppError('NOT_FOUND', {}, { entity: 'keyCabinet', id: cabinetId })
  return row
}

export function allCabinets(sqlite: Database.Database): CabinetRow[] {
  return sqlite.prepare(`SELECT id, name, rows, columns FROM key_cabinets ORDER BY name, id`).all() as CabinetRow[]
}

/** Every hook of the cabinet, row by row: empty, key in, key out, or out past its return time. */
export function cabinetView(sqlite: Database.Database, cabinet: CabinetRow, nowIso: string): CabinetView {
  const byHook = new Map(custody(sqlite, cabinet.id).map((r) => [`${r.hookRow}-${r.hookColumn}`, r]))
  const hooks: HookView[] = []
  for (let row = 1; row <= cabinet.rows; row++) {
    for (let column = 1; column <= cabinet.columns; column++) {
      const set = byHook.get(`${row}-${column}`)
      hooks.push({
        row,
        column,
        state: set ? stateOf(set, nowIso) : 'empty',
        keySetId: set?.id ?? null,
        tagCode: set?.tagCode ?? null,
        roomCode: set?.roomCode ?? null,
        pieces: set ? (set.borrowId !== null ? set.borrowCount : set.pieceCount) : null,
        borrowerName: set?.borrowerName ?? null,
        expectedReturnAt: set?.expectedReturnAt ?? null
      })
    }
  }
  return { ...cabinet, hooks }
}

/** The set on a hook now, if any. */
export function setOnHook(sqlite: Database.Database, cabinetId: number, row: number, column: number): { id: number; tagCode: string } | null {
  const found = sqlite
    .prepare(`SELECT id, tag_code AS tagCode FROM key_sets WHERE cabinet_id = ? AND hook_row = ? AND hook_column = ? AND withdrawn_at IS NULL`)
    .get(cabinetId, row, column) as { id: number; tagCode: string } | undefined
  return found ?? null
}

/** Sets in custody hanging outside a size: a cabinet may not shrink below them. */
export function hooksBeyond(sqlite: Database.Database, cabinetId: number, rows: number, columns: number): string[] {
  const found = sqlite
    .prepare(`SELECT hook_row AS r, hook_column AS c FROM key_sets WHERE cabinet_id = ? AND withdrawn_at IS NULL AND (hook_row > ? OR hook_column > ?) ORDER BY hook_row, hook_column`)
    .all(cabinetId, rows, columns) as { r: number; c: number }[]
  return found.map((h) => `${h.r}-${h.c}`)
}

/** The first free hook, row by row, of one cabinet or of the first cabinet with room. */
export function firstFreeHook(sqlite: Database.Database, cabinetId?: number): { cabinetId: number; row: number; column: number } | null {
  const cabinets = cabinetId === undefined ? allCabinets(sqlite) : [getCabinet(sqlite, cabinetId)]
  for (const cabinet of cabinets) {
    const taken = new Set(
      (sqlite.prepare(`SELECT hook_row AS r, hook_column AS c FROM key_sets WHERE cabinet_id = ? AND withdrawn_at IS NULL`).all(cabinet.id) as { r: number; c: number }[]).map(
        (h) => `${h.r}-${h.c}`
      )
    )
    for (let row = 1; row <= cabinet.rows; row++) {
      for (let column = 1; column <= cabinet.columns; column++) if (!taken.has(`${row}-${column}`)) return { cabinetId: cabinet.id, row, column }
    }
  }
  return null
}

/** For the handover: per cabinet, the sets and pieces that should hang there, what is out, what is overdue. */
export function cabinetCounts(sqlite: Database.Database, nowIso: string): CabinetCount[] {
  const counts = new Map<number, CabinetCount>(
    allCabinets(sqlite).map((c) => [c.id, { cabinetId: c.id, cabinetName: c.name, setsIn: 0, piecesIn: 0, setsOut: 0, piecesOut: 0, overdue: 0 }])
  )
  for (const row of custody(sqlite)) {
    const count = counts.get(row.cabinetId)!
    const state = stateOf(row, nowIso)
    if (state === 'in') {
      count.setsIn++
      count.piecesIn += row.pieceCount
    } else {
      count.setsOut++
      count.piecesOut += row.borrowCount ?? 0
      if (state === 'overdue') count.overdue++
    }
  }
  return [...counts.values()]
}

/** Keys out past their expected return, longest overdue first, with the borrower's phone in full. */
export function overdueKeys(sqlite: Database.Database, nowIso: string): OverdueKey[] {
  return custody(sqlite)
    .filter((row) => stateOf(row, nowIso) === 'overdue')
    .sort((a, b) => a.expectedReturnAt!.localeCompare(b.expectedReturnAt!) || a.id - b.id)
    .map((row) => ({
      keySetId: row.id,
      tagCode: row.tagCode,
      roomCode: row.roomCode,
      cabinetName: row.cabinetName,
      hookRow: row.hookRow,
      hookColumn: row.hookColumn,
      borrowerName: row.borrowerName!,
      borrowerPhone: row.borrowerPhone ?? '',
      purpose: row.borrowPurpose,
      borrowedAt: row.borrowedAt!,
      expectedReturnAt: row.expectedReturnAt!
    }))
}
