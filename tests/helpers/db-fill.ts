import type Database from 'better-sqlite3'

/**
 * Puts rows into every table of a database at whatever schema version it is, by reading the
 * schema (columns, NOT NULL, foreign keys): the migration tests need data in tables they do not
 * know by name. Column values that a CHECK constraint restricts are given in HINTS.
 */
const HINTS: Record<string, unknown> = {
  'staff.role': 'clerk',
  'staff.locale': 'zh-CN',
  'staff.failed_attempts': 0,
  'rooms.type': 'residence',
  'rooms.status': 'vacant',
  'rooms.area_centi': 8950,
  'persons.kind': 'person',
  'persons.gender': 'female',
  'persons.id_type': 'resident',
  'room_persons.relation': 'owner',
  'fee_items.category': 'property',
  'fee_items.method': 'perArea',
  'fee_items.meter_kind': 'water',
  'fee_rates.price_e4': 18500,
  'receivables.source': 'billing',
  'receivables.amount_fen': 16558,
  'receivables.paid_receipt_id': null,
  // Only a void may cancel a receivable (migration 0011 refuses it on insert).
  'receivables.cancelled_void_id': null,
  'meter_readings.kind': 'water',
  'receipts.kind': 'payment',
  // A receipt takes its series' next number (0016): each filled receipt is the first of its series.
  'receipt_series.last_number': 0,
  'receipts.number': 1,
  'payments.method': 'cash',
  'paper_uses.status': 'used',
  'reminders.kind': 'phone',
  'key_sets.purpose': 'renovation',
  // A closed check-in's steps are frozen (0014): the filled check-ins are open, one per room.
  'checkins.status': 'open',
  'key_sets.piece_count': 2,
  'key_sets.withdrawn_at': null,
  'key_movements.kind': 'deposit',
  'key_movements.purpose': 'renovation',
  'key_movements.count': 2,
  'key_incidents.kind': 'lost',
  // A renovation and a paper end on or after they start (0018's CHECKs).
  'renovations.starts_on': '2026-11-01',
  'renovations.ends_on': '2026-12-31',
  'papers.valid_from': '2026-11-01',
  'papers.valid_to': '2026-12-31',
  'renovation_violations.deduction_fen': 0,
  // 0019: a shift's kind; a handover names its successor (so no lone closer); the ledger's lists.
  'shifts.kind': 'day',
  'handovers.closed_alone_by': null,
  'handovers.cash_expected_fen': 0,
  'handovers.cash_counted_fen': 0,
  'duty_roster.kind': 'day',
  'ledger_entries.channel': 'phone',
  'ledger_entries.category': 'consult',
  'ledger_entries.status': 'open',
  'ledger_entries.shift_kind': 'day',
  'ledger_events.kind': 'created',
  'ledger_reviews.kind': 'daily'
}

interface Column {
  name: string
  type: string
  notnull: number
  dflt_value: unknown
  pk: number
}
interface ForeignKey {
  table: string
  from: string
  to: string | null
}

export function userTables(sqlite: Database.Database): string[] {
  return (
    sqlite
      .prepare(
        `SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\'`
      )
      .all() as { name: string }[]
  ).map((r) => r.name)
}

function valueFor(
  sqlite: Database.Database,
  table: string,
  column: Column,
  fks: ForeignKey[],
  n: number,
  row: number
): unknown {
  const hint = HINTS[`${table}.${column.name}`]
  if (hint !== undefined) return hint
  const fk = fks.find((f) => f.from === column.name)
  if (fk) {
    // A different parent per row, so unique (parent, …) pairs stay unique.
    const parents = sqlite.prepare(`SELECT ${fk.to ?? 'rowid'} AS v FROM "${fk.table}"`).all() as { v: unknown }[]
    const parent = parents[(row - 1) % Math.max(parents.length, 1)]
    return parent?.v ?? null
  }
  const type = column.type.toUpperCase()
  if (type.includes('INT')) return n
  if (type.includes('REAL')) return n + 0.5
  return `${table}-${column.name}-${n}`
}

/** Inserts `count` rows into each table, parents before children. Returns rows added per table. */
export function fillEveryTable(sqlite: Database.Database, count = 3): Record<string, number> {
  const tables = userTables(sqlite)
  const added: Record<string, number> = {}
  const pending = new Set(tables)
  for (let pass = 0; pass < tables.length + 1 && pending.size > 0; pass++) {
    for (const table of [...pending]) {
      const fks = sqlite.prepare(`PRAGMA foreign_key_list("${table}")`).all() as ForeignKey[]
      const parentsReady = fks.every((f) => f.table === table || !pending.has(f.table))
      if (!parentsReady) continue
      const all = sqlite.prepare(`PRAGMA table_info("${table}")`).all() as Column[]
      // A single INTEGER primary key is the rowid and numbers itself; a part of a composite key is data.
      const rowid =
        all.filter((c) => c.pk).length === 1 ? all.find((c) => c.pk && c.type.toUpperCase() === 'INTEGER') : undefined
      const columns = all.filter((c) => c !== rowid)
      // Values go on from the rows already there, so a second fill stays unique (and the same on every run).
      const already = (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n
      for (let n = 1; n <= count; n++) {
        const names = columns.map((c) => `"${c.name}"`).join(', ')
        const marks = columns.map(() => '?').join(', ')
        const values = columns.map((c) => valueFor(sqlite, table, c, fks, already + n, n))
        sqlite.prepare(`INSERT INTO "${table}" (${names}) VALUES (${marks})`).run(...values)
      }
      added[table] = count
      pending.delete(table)
    }
  }
  if (pending.size > 0) throw new Error(`could not fill: ${[...pending].join(', ')}`)
  return added
}

export function rowCounts(sqlite: Database.Database): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const table of userTables(sqlite)) {
    counts[table] = (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n
  }
  return counts
}
