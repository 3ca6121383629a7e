import type Database from 'better-sqlite3'
import { CHAINS, childValues, GENESIS, rowHash, selectRows, toChainRow, type ChainSpec, type ChainTable } from './chain'

/**
 * Re-computes the hash chains of db/chain.ts and reports, per chain, the first broken link with
 * the row it names. `from` starts a chain after a point verified before (start-up checks only the
 * tail); without it every row is re-computed from GENESIS.
 */
export type BreakReason =
  /** The row's fields (or its lines/payments) no longer give its hash, or its predecessor changed. */
  | 'altered'
  /** A row without a hash: written around the app (raw SQL), since every write path seals its rows. */
  | 'unsealed'
  /** A receipt number is missing from the series (the row named is the one after the gap). */
  | 'numberGap'
  /** The series' counter is not the last receipt's number (numbers taken without a receipt, or rows removed). */
  | 'counterMismatch'
  /** The row verified last time is gone or has another hash now. */
  | 'checkpointChanged'

export interface ChainBreak {
  table: ChainTable
  rowid: number | null
  /** The receipt code (receipts and voids), the key tag (movements) or the procedure (audit). */
  label: string | null
  position: number
  reason: BreakReason
}

export interface Checkpoint {
  position: number
  hash: string
}

export interface ChainReport {
  /** `receipts:<series prefix>`, or the table for the single chains. */
  chain: string
  table: ChainTable
  rows: number
  head: Checkpoint | null
  broken: ChainBreak | null
}

export interface VerifyReport {
  ok: boolean
  chains: ChainReport[]
}

const PAGE = 2000

interface ChainScope {
  chain: string
  spec: ChainSpec
  series: number | null
  /** receipts: the series' last_number, which the last receipt must carry. */
  lastNumber: number | null
}

function scopes(sqlite: Database.Database): ChainScope[] {
  const series = sqlite
    .prepare(`SELECT id, prefix, last_number AS lastNumber FROM receipt_series ORDER BY id`)
    .all() as {
    id: number
    prefix: string
    lastNumber: number
  }[]
  return [
    ...series.map((s) => ({
      chain: `receipts:${s.prefix}`,
      spec: CHAINS.receipts,
      series: s.id,
      lastNumber: s.lastNumber
    })),
    ...(['receipt_voids', 'key_movements', 'audit_log'] as const).map((t) => ({
      chain: t,
      spec: CHAINS[t],
      series: null,
      lastNumber: null
    }))
  ]
}

function checkStart(sqlite: Database.Database, scope: ChainScope, from: Checkpoint): ChainBreak | null {
  const { spec } = scope
  const where = `${spec.series ? `t."${spec.series}" IS @series AND ` : ''}t."${spec.order}" = @position`
  const raw = sqlite.prepare(selectRows(sqlite, spec, where)).get({ series: scope.series, position: from.position }) as
    Record<string, unknown> | undefined
  if (raw && raw.hash === from.hash) return null
  const row = raw ? toChainRow(spec, raw) : null
  return {
    table: spec.table,
    rowid: row?.rowid ?? null,
    label: row?.label ?? null,
    position: from.position,
    reason: 'checkpointChanged'
  }
}

function walk(sqlite: Database.Database, scope: ChainScope, from: Checkpoint | undefined): ChainReport {
  const { spec } = scope
  const report: ChainReport = { chain: scope.chain, table: spec.table, rows: 0, head: from ?? null, broken: null }
  if (from) report.broken = checkStart(sqlite, scope, from)
  const numbered = spec.order === 'number'
  let prev = from?.hash ?? GENESIS
  let position = from?.position ?? 0
  const where = `${spec.series ? `t."${spec.series}" IS @series AND ` : ''}t."${spec.order}" > @after`
  const page = sqlite.prepare(`${selectRows(sqlite, spec, where)} LIMIT ${PAGE}`)
  while (!report.broken) {
    const rows = page.all({ series: scope.series, after: position }) as Record<string, unknown>[]
    for (const raw of rows) {
      const row = toChainRow(spec, raw)
      const at = { table: spec.table, rowid: row.rowid, label: row.label, position: row.position }
      if (numbered && row.position !== position + 1) report.broken = { ...at, reason: 'numberGap' }
      else if (row.hash === null) report.broken = { ...at, reason: 'unsealed' }
      else if (rowHash(spec, row.values, childValues(sqlite, spec, row.rowid), prev) !== row.hash)
        report.broken = { ...at, reason: 'altered' }
      if (report.broken) break
      report.rows++
      prev = row.hash!
      position = row.position
      report.head = { position, hash: prev }
    }
    if (rows.length < PAGE) break
  }
  if (!report.broken && scope.lastNumber !== null && scope.lastNumber !== position)
    report.broken = {
      table: spec.table,
      rowid: null,
      label: scope.chain,
      position: scope.lastNumber,
      reason: 'counterMismatch'
    }
  return report
}

export function verifyChains(sqlite: Database.Database, from: Record<string, Checkpoint> = {}): VerifyReport {
  const chains = scopes(sqlite).map((scope) => walk(sqlite, scope, from[scope.chain]))
  return { ok: chains.every((c) => c.broken === null), chains }
}

/** The newest receipt's hash across series, for the paper reports that anchor it outside the database. */
export function receiptChainHead(sqlite: Database.Database, seriesId: number): Checkpoint | null {
  const row = sqlite
    .prepare(`SELECT number AS position, hash FROM receipts WHERE series_id = ? ORDER BY number DESC LIMIT 1`)
    .get(seriesId) as { position: number; hash: string | null } | undefined
  return row && row.hash ? { position: row.position, hash: row.hash } : null
}
