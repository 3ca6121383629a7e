import type Database from 'better-sqlite3'
import type { Migration } from './migrations'

export class UnknownSchemaError extends Error {
  constructor(readonly unknownTags: string[]) {
    super(`database has migrations this version does not know: ${unknownTags.join(', ')}`)
  }
}

const LEDGER = `CREATE TABLE IF NOT EXISTS __migrations (tag TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`

export function appliedTags(sqlite: Database.Database): string[] {
  const exists = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type='table' AND name='__migrations'`).get()
  if (!exists) return []
  return (sqlite.prepare(`SELECT tag FROM __migrations ORDER BY tag`).all() as { tag: string }[]).map((r) => r.tag)
}

/**
 * What must run, in order. Refuses a database that holds migrations this build does not know
 * (it was written by a newer FrontDesk) or whose history is not a prefix of ours.
 */
export function pendingMigrations(sqlite: Database.Database, known: readonly Migration[]): Migration[] {
  const applied = appliedTags(sqlite)
  const knownTags = known.map((m) => m.tag)
  const unknown = applied.filter((tag) => !knownTags.includes(tag))
  if (unknown.length > 0) throw new UnknownSchemaError(unknown)
  const appliedSet = new Set(applied)
  const pending = known.filter((m) => !appliedSet.has(m.tag))
  const firstPending = known.findIndex((m) => !appliedSet.has(m.tag))
  if (firstPending >= 0 && known.slice(firstPending).some((m) => appliedSet.has(m.tag))) {
    throw new UnknownSchemaError(['(out of order) ' + applied.join(',')])
  }
  return pending
}

/**
 * Applies migrations all-or-nothing in one immediate transaction.
 * foreign_keys is switched off *outside* the transaction (inside one SQLite ignores it), so a
 * drizzle-kit table rebuild (create new, copy, DROP old, rename) cannot cascade-delete child
 * rows; foreign_key_check must come out empty before the commit.
 */
export function applyMigrations(sqlite: Database.Database, pending: readonly Migration[], now: () => Date): void {
  if (pending.length === 0) return
  sqlite.pragma('foreign_keys = OFF')
  try {
    sqlite.exec('BEGIN IMMEDIATE')
    try {
      sqlite.exec(LEDGER)
      const record = sqlite.prepare(`INSERT INTO __migrations (tag, applied_at) VALUES (?, ?)`)
      for (const migration of pending) {
        for (const statement of migration.statements) sqlite.exec(statement)
        migration.after?.(sqlite)
        record.run(migration.tag, now().toISOString())
      }
      const violations = sqlite.pragma('foreign_key_check') as unknown[]
      if (violations.length > 0) throw new Error(`migration left ${violations.length} foreign-key violations`)
      sqlite.exec('COMMIT')
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK')
      throw error
    }
  } finally {
    sqlite.pragma('foreign_keys = ON')
  }
}
