import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'

/**
 * Tamper evidence (issue 10, item 2). Every receipt, void, key movement and audit row carries a
 * `hash`: SHA-256 (hex) over the canonical encoding of its fields and the hash of the row before
 * it in its chain. Receipts chain per receipt series in number order (a refund is a receipt of
 * its series); voids, key movements and audit rows each form one chain in id order. The first
 * row of a chain starts from GENESIS.
 *
 * Canonical encoding (version 1): the UTF-8 JSON text of
 *   [1, table, previousHash, [value of each column in CHAINS[table].columns order],
 *    ...for each child table: [[values of one child row, children ordered by id], …]]
 * where an integer is its decimal JSON number, a text its JSON string and NULL `null`. The column
 * lists are fixed here rather than read from the table, so a column added later does not change
 * the hashes already written; a guard test fails when a chained table gains a column this list
 * neither hashes nor names in `unhashed`. A receipt's lines and payments are hashed with it: they
 * are the money the receipt stands for.
 *
 * A hash is written once, in the transaction of its row (`sealRow`), and the tables' triggers
 * allow exactly that change from NULL (migration 0015). Rows from before 0015 were sealed by the
 * migration itself (`sealUnsealed`, a code step), oldest first, so every chain covers all rows.
 */
export const CHAIN_VERSION = 1
export const GENESIS = '0'.repeat(64)

export type ChainTable = 'receipts' | 'receipt_voids' | 'key_movements' | 'audit_log'

export interface ChainChild {
  table: string
  key: string
  columns: readonly string[]
}

export interface ChainSpec {
  table: ChainTable
  columns: readonly string[]
  /** The column that splits the table into several chains (receipts: one per series). */
  series?: string
  /** The chain's order; receipts follow their numbers, so a missing number is a break too. */
  order: string
  /** An SQL expression naming the row for a person: the receipt code, the key tag, the procedure. */
  label: string
  children?: readonly ChainChild[]
  /**
   * Columns added to a chained table after its rows were first hashed (audit_log.counter_id, issue
   * 14). They are hashed as one trailing `{ column: value }` object holding only the ones that are
   * not NULL, so a row written before the column existed keeps its hash, and setting, clearing or
   * changing the value on any row still breaks the chain.
   */
  trailing?: readonly string[]
}

export const CHAINS: Record<ChainTable, ChainSpec> = {
  receipts: {
    table: 'receipts',
    columns: [
      'id',
      'series_id',
      'number',
      'code',
      'kind',
      'room_id',
      'payer_name',
      'payer_phone',
      'total_fen',
      'issued_at',
      'staff_id',
      'shift_id',
      'approver_id',
      'refers_to',
      'remarks'
    ],
    series: 'series_id',
    order: 'number',
    label: 'code',
    children: [
      {
        table: 'receipt_lines',
        key: 'receipt_id',
        columns: [
          'id',
          'receivable_id',
          'item_name',
          'category',
          'period_label',
          'price_e4',
          'quantity_centi',
          'months',
          'amount_fen'
        ]
      },
      { table: 'payments', key: 'receipt_id', columns: ['id', 'method', 'amount_fen', 'tendered_fen', 'change_fen'] }
    ]
  },
  receipt_voids: {
    table: 'receipt_voids',
    columns: ['id', 'receipt_id', 'reason', 'voided_at', 'staff_id', 'shift_id', 'approver_id'],
    order: 'id',
    label: '(SELECT r.code FROM receipts r WHERE r.id = t.receipt_id)'
  },
  key_movements: {
    table: 'key_movements',
    columns: [
      'id',
      'key_set_id',
      'kind',
      'person_name',
      'person_id_tail',
      'person_phone',
      'authorization_id',
      'purpose',
      'count',
      'expected_return_at',
      'borrow_id',
      'note',
      'at',
      'staff_id',
      'shift_id',
      'approver_id',
      'override_reason'
    ],
    order: 'id',
    label: '(SELECT k.tag_code FROM key_sets k WHERE k.id = t.key_set_id)'
  },
  audit_log: {
    table: 'audit_log',
    columns: [
      'id',
      'at',
      'staff_id',
      'shift_id',
      'approver_id',
      'procedure',
      'entity_type',
      'entity_id',
      'summary_key',
      'summary_params',
      'request_id',
      'room_id'
    ],
    trailing: ['counter_id'],
    order: 'id',
    label: 't.procedure'
  }
}

/** Stands in for the hash of a predecessor that has none, so the row after it can never match. */
const UNSEALED = 'unsealed'

export function rowHash(spec: ChainSpec, values: readonly unknown[], children: unknown[][][], prev: string): string {
  const text = JSON.stringify([CHAIN_VERSION, spec.table, prev, values, ...children])
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

export interface ChainRow {
  rowid: number
  position: number
  series: number | null
  label: string | null
  hash: string | null
  values: unknown[]
}

const trailingSeen = new WeakMap<Database.Database, Set<string>>()

/**
 * The trailing columns the table has: the migration that seals old rows (0015) runs before the one
 * that adds them. Remembered once present, since a column is never dropped.
 */
function trailingColumns(sqlite: Database.Database, spec: ChainSpec): string[] {
  const wanted = spec.trailing ?? []
  if (wanted.length === 0) return []
  const seen = trailingSeen.get(sqlite) ?? new Set<string>()
  if (wanted.every((c) => seen.has(`${spec.table}.${c}`))) return [...wanted]
  const present = new Set((sqlite.pragma(`table_info("${spec.table}")`) as { name: string }[]).map((c) => c.name))
  const found = wanted.filter((c) => present.has(c))
  for (const c of found) seen.add(`${spec.table}.${c}`)
  trailingSeen.set(sqlite, seen)
  return found
}

/** The row's hashed values, read the same way by the sealing and by the verification. */
export function selectRows(sqlite: Database.Database, spec: ChainSpec, where: string): string {
  const cols = [...spec.columns, ...trailingColumns(sqlite, spec)].map((c) => `t."${c}"`).join(', ')
  const series = spec.series ? `t."${spec.series}"` : 'NULL'
  return `SELECT t.rowid AS rowid, t."${spec.order}" AS position, ${series} AS series, ${spec.label} AS label, t.hash AS hash, ${cols} FROM "${spec.table}" t WHERE ${where} ORDER BY ${series}, t."${spec.order}"`
}

function trailingValues(spec: ChainSpec, raw: Record<string, unknown>): [Record<string, unknown>] | [] {
  const present = (spec.trailing ?? []).filter((c) => raw[c] !== null && raw[c] !== undefined)
  return present.length ? [Object.fromEntries(present.map((c) => [c, raw[c]]))] : []
}

export function toChainRow(spec: ChainSpec, raw: Record<string, unknown>): ChainRow {
  return {
    rowid: raw.rowid as number,
    position: raw.position as number,
    series: (raw.series as number | null) ?? null,
    label: raw.label === null || raw.label === undefined ? null : String(raw.label),
    hash: (raw.hash as string | null) ?? null,
    values: [...spec.columns.map((c) => raw[c] ?? null), ...trailingValues(spec, raw)]
  }
}

export function childValues(sqlite: Database.Database, spec: ChainSpec, rowid: number): unknown[][][] {
  return (spec.children ?? []).map((child) => {
    const cols = child.columns.map((c) => `"${c}"`).join(', ')
    return sqlite
      .prepare(`SELECT ${cols} FROM "${child.table}" WHERE "${child.key}" = ? ORDER BY id`)
      .raw()
      .all(rowid) as unknown[][]
  })
}

function previousHash(sqlite: Database.Database, spec: ChainSpec, row: ChainRow): string {
  const seriesWhere = spec.series ? `"${spec.series}" IS ? AND ` : ''
  const args = spec.series ? [row.series, row.position] : [row.position]
  const prev = sqlite
    .prepare(
      `SELECT hash FROM "${spec.table}" WHERE ${seriesWhere}"${spec.order}" < ? ORDER BY "${spec.order}" DESC LIMIT 1`
    )
    .get(...args) as { hash: string | null } | undefined
  if (!prev) return GENESIS
  return prev.hash ?? UNSEALED
}

/**
 * Writes the hash of one row just written, inside the caller's transaction (after a receipt's
 * lines and payments, which it covers). Its predecessor is the row before it in its chain.
 */
export function sealRow(sqlite: Database.Database, table: ChainTable, rowid: number): string {
  const spec = CHAINS[table]
  const raw = sqlite.prepare(selectRows(sqlite, spec, 't.rowid = ?')).get(rowid) as Record<string, unknown> | undefined
  if (!raw) throw new Error(`sealRow: no ${table} row ${rowid}`)
  const row = toChainRow(spec, raw)
  const hash = rowHash(spec, row.values, childValues(sqlite, spec, rowid), previousHash(sqlite, spec, row))
  sqlite.prepare(`UPDATE "${table}" SET hash = ? WHERE rowid = ?`).run(hash, rowid)
  return hash
}

/**
 * Seals every row that has no hash yet, chain by chain and oldest first: the migration's code
 * step for the rows written before hashes existed. Returns how many rows it sealed per table.
 */
export function sealUnsealed(sqlite: Database.Database): Record<ChainTable, number> {
  const sealed = { receipts: 0, receipt_voids: 0, key_movements: 0, audit_log: 0 }
  for (const spec of Object.values(CHAINS)) {
    const update = sqlite.prepare(`UPDATE "${spec.table}" SET hash = ? WHERE rowid = ?`)
    let series: number | null | undefined
    let prev = GENESIS
    // all(), not iterate(): better-sqlite3 refuses the UPDATE while an iteration holds the connection.
    for (const raw of sqlite.prepare(selectRows(sqlite, spec, '1')).all() as Record<string, unknown>[]) {
      const row = toChainRow(spec, raw)
      if (row.series !== series) [series, prev] = [row.series, GENESIS]
      const hash = row.hash ?? rowHash(spec, row.values, childValues(sqlite, spec, row.rowid), prev)
      if (row.hash === null) {
        update.run(hash, row.rowid)
        sealed[spec.table]++
      }
      prev = hash
    }
  }
  return sealed
}
