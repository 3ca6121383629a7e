import type Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import * as schema from '../../../../db/schema'
import type { HandoverProvider } from '../../core/handover'
import type { KeyOutLine, KeysSection } from '../../../../shared/handover/sections'
import { prepared } from '../../core/statements'
import { custodyRows, type CustodyRow } from './cabinet-queries'
import { cabinetCounts } from './cabinets'
import type { KeyStore } from './queries'
import { statusOf } from './records'

/**
 * Key custody's part of the handover (交接班): per cabinet the sets that should hang on their hooks
 * now (what the incoming person counts), every key out with its borrower — overdue first, the
 * longest overdue at the top — and how many movements the window's shifts made. The counts and the
 * states are keys.counts' and keys.overdue's own (cabinets.ts), read at the window's end.
 */

// The providers get the connection; the cabinets' reads go through drizzle, made once per connection.
const stores = new WeakMap<Database.Database, KeyStore>()
function storeOf(sqlite: Database.Database): KeyStore {
  let store = stores.get(sqlite)
  if (!store) stores.set(sqlite, (store = { sqlite, db: drizzle(sqlite, { schema }) }))
  return store
}

const MOVEMENTS = `SELECT count(*) AS n FROM key_movements m WHERE m.shift_id IN (SELECT value FROM json_each(?))`

function outLine(row: CustodyRow, nowIso: string): KeyOutLine {
  return {
    keySetId: row.id,
    tag: row.tagCode,
    roomCode: row.roomCode,
    borrower: row.borrowerName ?? '',
    since: row.borrowedAt ?? '',
    due: row.expectedReturnAt,
    overdue: statusOf(null, row.expectedReturnAt, true, nowIso) === 'overdue'
  }
}

/** Overdue first; within each part the earliest due first (no due last), then the earliest lent. */
function urgentFirst(a: KeyOutLine, b: KeyOutLine): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1
  if (a.due !== b.due) return a.due === null ? 1 : b.due === null ? -1 : a.due.localeCompare(b.due)
  return a.since.localeCompare(b.since) || a.keySetId - b.keySetId
}

export const keysHandover: HandoverProvider = (sqlite, window) => {
  const store = storeOf(sqlite)
  const section: KeysSection = {
    kind: 'keys',
    id: 'keys',
    titleKey: 'handover.section.keys',
    order: 20,
    cabinets: cabinetCounts(store, window.to).map((c) => ({
      cabinetId: c.cabinetId,
      name: c.cabinetName,
      expectedIn: c.setsIn
    })),
    out: custodyRows(store)
      .filter((row) => row.borrowId !== null)
      .map((row) => outLine(row, window.to))
      .sort(urgentFirst),
    movements: (prepared(sqlite, MOVEMENTS).get(JSON.stringify(window.shiftIds)) as { n: number }).n
  }
  return [section]
}
