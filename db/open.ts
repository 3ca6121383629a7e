import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import * as schema from './schema'
import { MIGRATIONS, type Migration } from './migrations'
import { applyMigrations, appliedTags, pendingMigrations, UnknownSchemaError } from './migrate'
import { backupDatabase } from './backup'
import { logSlowStatements, slowQueryThreshold } from './slow-queries'

export type Db = BetterSQLite3Database<typeof schema>

export interface Store {
  sqlite: Database.Database
  db: Db
  file: string
  backupsDir: string
  schemaVersion: string
}

export type UnavailableReason = 'cannotOpen' | 'checkFailed' | 'newerSchema' | 'migrationFailed'

/** The database exists but cannot be used. It is left exactly as it is on disk. */
export class DatabaseUnavailableError extends Error {
  constructor(
    readonly reason: UnavailableReason,
    readonly detail: string
  ) {
    super(`${reason}: ${detail}`)
  }
}

export const DATABASE_FILE = 'frontdesk.db'

export function dataPaths(dataDir: string) {
  return { databaseFile: join(dataDir, DATABASE_FILE), backupsDir: join(dataDir, 'backups') }
}

/**
 * better-sqlite3 forgets synchronous=FULL whenever the connection is reopened (the default in
 * WAL mode is NORMAL, which can lose the last commits on power failure), so every open sets
 * every pragma and reads them back.
 */
export function applyPragmas(sqlite: Database.Database): void {
  const mode = sqlite.pragma('journal_mode = WAL', { simple: true })
  if (mode !== 'wal') throw new Error(`journal_mode is ${String(mode)}, expected wal`)
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  if (sqlite.pragma('synchronous', { simple: true }) !== 2) throw new Error('synchronous=FULL did not take')
}

interface OpenOptions {
  now?: () => Date
  migrations?: readonly Migration[]
  /** Log statements slower than this many ms (null: off); by default slowQueryThreshold(). */
  slowQueryMs?: number | null
}

/**
 * Opens (or, in an empty data folder, creates) the database: pragmas, quick_check, refuse an
 * unknown schema, a verified backup before pending migrations, then the migrations atomically.
 * Any failure on an existing file raises DatabaseUnavailableError and leaves the file alone —
 * it is never replaced or recreated here.
 */
export async function openStore(dataDir: string, options: OpenOptions = {}): Promise<Store> {
  const now = options.now ?? (() => new Date())
  const known = options.migrations ?? MIGRATIONS
  mkdirSync(dataDir, { recursive: true })
  const { databaseFile, backupsDir } = dataPaths(dataDir)
  const isNew = !existsSync(databaseFile)

  let sqlite: Database.Database
  try {
    sqlite = new Database(databaseFile)
    const slowQueryMs = options.slowQueryMs === undefined ? slowQueryThreshold() : options.slowQueryMs
    if (slowQueryMs !== null) logSlowStatements(sqlite, slowQueryMs)
    applyPragmas(sqlite)
  } catch (error) {
    throw new DatabaseUnavailableError('cannotOpen', (error as Error).message)
  }
  try {
    const check = sqlite.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new DatabaseUnavailableError('checkFailed', String(check))
    let pending: Migration[]
    try {
      pending = pendingMigrations(sqlite, known)
    } catch (error) {
      if (error instanceof UnknownSchemaError) throw new DatabaseUnavailableError('newerSchema', error.message)
      throw error
    }
    if (pending.length > 0) {
      if (!isNew && appliedTags(sqlite).length > 0) await backupDatabase(sqlite, backupsDir, 'before-migration', now())
      try {
        applyMigrations(sqlite, pending, now)
      } catch (error) {
        throw new DatabaseUnavailableError('migrationFailed', (error as Error).message)
      }
    }
  } catch (error) {
    sqlite.close()
    if (error instanceof DatabaseUnavailableError) throw error
    throw new DatabaseUnavailableError('checkFailed', (error as Error).message)
  }
  const tags = appliedTags(sqlite)
  return {
    sqlite,
    db: drizzle(sqlite, { schema }),
    file: databaseFile,
    backupsDir,
    schemaVersion: tags[tags.length - 1] ?? ''
  }
}
