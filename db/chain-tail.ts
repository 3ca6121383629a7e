import type Database from 'better-sqlite3'
import { verifyChains, type ChainBreak, type Checkpoint, type VerifyReport } from './chain-verify'

/**
 * The checks that run by themselves, and what they found, kept in `settings` (JSON by key):
 * - `chainCheckpoints`: the head of every chain at the last check that found it whole. Start-up
 *   re-computes only the rows written since (fast) and moves the checkpoints on.
 * - `lastChainCheck`: the last verification of the chains (start-up's tail, the daily full one or
 *   设置 → 关于 → 校验), with its first broken link.
 * - `lastIntegrityCheck`: the last daily `PRAGMA integrity_check`, which catches an in-place edit
 *   of the file that start-up's quick_check misses.
 */
export interface ChainCheckRecord {
  at: string
  scope: 'tail' | 'full'
  ok: boolean
  rows: number
  broken: ChainBreak[]
}

export interface IntegrityRecord {
  at: string
  ok: boolean
  /** 'ok', or the first problems SQLite lists. */
  detail: string
}

const DAY_MS = 24 * 3_600_000

function readJson<T>(sqlite: Database.Database, key: string): T | null {
  const row = sqlite.prepare(`SELECT value FROM settings WHERE key = ?`).get(key) as { value: string } | undefined
  return row ? (JSON.parse(row.value) as T) : null
}

function writeJson(sqlite: Database.Database, key: string, value: unknown): void {
  sqlite
    .prepare(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`)
    .run(key, JSON.stringify(value))
}

export const lastChainCheck = (sqlite: Database.Database) => readJson<ChainCheckRecord>(sqlite, 'lastChainCheck')
export const lastIntegrityCheck = (sqlite: Database.Database) => readJson<IntegrityRecord>(sqlite, 'lastIntegrityCheck')

/**
 * Verifies (all of it, or the tail since the checkpoints) and records the outcome; the checkpoints
 * move on only when every chain is whole, so a break stays reported at every start until resolved.
 */
export function checkChains(sqlite: Database.Database, scope: 'tail' | 'full', now: Date): VerifyReport {
  const from = scope === 'tail' ? (readJson<Record<string, Checkpoint>>(sqlite, 'chainCheckpoints') ?? {}) : {}
  const report = verifyChains(sqlite, from)
  const record: ChainCheckRecord = {
    at: now.toISOString(),
    scope,
    ok: report.ok,
    rows: report.chains.reduce((n, c) => n + c.rows, 0),
    broken: report.chains.flatMap((c) => (c.broken ? [c.broken] : []))
  }
  sqlite
    .transaction(() => {
      writeJson(sqlite, 'lastChainCheck', record)
      if (!report.ok) return
      const heads = Object.fromEntries(report.chains.flatMap((c) => (c.head ? [[c.chain, c.head]] : [])))
      writeJson(sqlite, 'chainCheckpoints', heads)
    })
    .immediate()
  return report
}

export function integrityCheckDue(sqlite: Database.Database, now: Date): boolean {
  const last = lastIntegrityCheck(sqlite)
  return !last || now.getTime() - Date.parse(last.at) >= DAY_MS
}

/** The full page-by-page check of the file (slow on a large database: run it in the background). */
export function runIntegrityCheck(sqlite: Database.Database, now: Date): IntegrityRecord {
  const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[]
  const lines = rows.map((r) => r.integrity_check)
  const record = {
    at: now.toISOString(),
    ok: lines.length === 1 && lines[0] === 'ok',
    detail: lines.slice(0, 5).join('; ')
  }
  writeJson(sqlite, 'lastIntegrityCheck', record)
  return record
}
