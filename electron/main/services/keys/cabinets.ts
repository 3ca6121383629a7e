import type { CabinetCount, CabinetView, HookView, OverdueKey } from '../../../../shared/keys/api'
import { AppError } from '../../core/errors'
import {
  cabinetById,
  cabinetsByName,
  custodyRows,
  hooksOutside,
  takenHooks,
  type CabinetRow,
  type CustodyRow
} from './cabinet-queries'
import type { KeyStore } from './queries'
import { statusOf } from './records'

/**
 * The cabinets and what hangs in them: the hook grid, the first free hook, the handover counts and
 * the overdue list. All read one query of the sets in custody with their open hand-out.
 */

const stateOf = (row: CustodyRow, nowIso: string) =>
  statusOf(null, row.expectedReturnAt, row.borrowId !== null, nowIso) as 'in' | 'out' | 'overdue'

export function getCabinet(store: KeyStore, cabinetId: number): CabinetRow {
  const row = cabinetById(store, cabinetId)
  if (!row) throw new AppError('NOT_FOUND', {}, { entity: 'keyCabinet', id: cabinetId })
  return row
}

/** Every hook of the cabinet, row by row: empty, key in, key out, or out past its return time. */
export function cabinetView(store: KeyStore, cabinet: CabinetRow, nowIso: string): CabinetView {
  const byHook = new Map(custodyRows(store, cabinet.id).map((r) => [`${r.hookRow}-${r.hookColumn}`, r]))
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

/** Sets in custody hanging outside a size: a cabinet may not shrink below them. */
export function hooksBeyond(store: KeyStore, cabinetId: number, rows: number, columns: number): string[] {
  return hooksOutside(store, cabinetId, rows, columns).map((h) => `${h.row}-${h.column}`)
}

/** The first free hook, row by row, of one cabinet or of the first cabinet with room. */
export function firstFreeHook(
  store: KeyStore,
  cabinetId?: number
): { cabinetId: number; row: number; column: number } | null {
  const cabinets = cabinetId === undefined ? cabinetsByName(store) : [getCabinet(store, cabinetId)]
  for (const cabinet of cabinets) {
    const taken = new Set(takenHooks(store, cabinet.id).map((h) => `${h.row}-${h.column}`))
    for (let row = 1; row <= cabinet.rows; row++) {
      for (let column = 1; column <= cabinet.columns; column++)
        if (!taken.has(`${row}-${column}`)) return { cabinetId: cabinet.id, row, column }
    }
  }
  return null
}

/** For the handover: per cabinet, the sets and pieces that should hang there, what is out, what is overdue. */
export function cabinetCounts(store: KeyStore, nowIso: string): CabinetCount[] {
  const counts = new Map<number, CabinetCount>(
    cabinetsByName(store).map((c) => [
      c.id,
      { cabinetId: c.id, cabinetName: c.name, setsIn: 0, piecesIn: 0, setsOut: 0, piecesOut: 0, overdue: 0 }
    ])
  )
  for (const row of custodyRows(store)) {
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
export function overdueKeys(store: KeyStore, nowIso: string): OverdueKey[] {
  return custodyRows(store)
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
