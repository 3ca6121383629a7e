import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import * as schema from './schema'
import { MIGRATIONS, type Migration } from './migrations'
import { applyMigrations, appliedTags, pendingMigrations, UnknownSchemaError } from './migrate'
import { backupDatabase } from './backup'
import { checkWithoutWriting } from './check'
import { logSlowStatements, slowQueryThreshold } from './slow-queries'
import { reusePreparedStatements } from './statement-cache'
import { BackupStorageError, storageProblem } from './storage-errors'
import type { RecoveryCause } from '../shared/foundation/system'

/** With its connection (`$client`), which drizzle keeps on every database it makes. */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database }

export interface Store {
  sqlite: Database.Database
  db: Db
  file: string
  backupsDir: string
  schemaVersion: string
}

export type UnavailableReason = RecoveryCause

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

/** Why the disk refused, as the recovery screen explains it, or null when it was something else. */
function storageReason(error: unknown): UnavailableReason | null {
  if (error instanceof BackupStorageError) return error.problem === 'full' ? 'diskFull' : 'backupsUnwritable'
  const problem = storageProblem(error)
  return problem === 'full' ? 'diskFull' : problem === 'unwritable' ? 'dataUnwritable' : null
}

function unavailable(fallback: UnavailableReason, error: unknown): DatabaseUnavailableError {
  if (error instanceof DatabaseUnavailableError) return error
  return new DatabaseUnavailableError(storageReason(error) ?? fallback, (error as Error).message)
}

/** The connection for writing, with its pragmas; only ever opened on a file that passed its check. */
function openForWriting(databaseFile: string, slowQueryMs: number | null): Database.Database {
  let sqlite: Database.Database | undefined
  try {
    sqlite = new Database(databaseFile)
    if (slowQueryMs !== null) logSlowStatements(sqlite, slowQueryMs)
    reusePreparedStatements(sqlite)
    applyPragmas(sqlite)
    return sqlite
  } catch (error) {
    sqlite?.close()
    throw unavailable('cannotOpen', error)
  }
}

/**
 * A new database is made under another name and moved into place once SQLite has written its
 * header (setting WAL does), so a zero-length frontdesk.db is never a first run killed early: it is
 * a database emptied by a failing disk or a person. SQLite would read it as an empty database (and
 * delete a -wal beside it), and setting it up anew would bury the evidence and hide the backups.
 */
function createDatabaseFile(databaseFile: string): void {
  const fresh = `${databaseFile}.new`
  rmSync(fresh, { force: true })
  const sqlite = new Database(fresh)
  try {
    sqlite.pragma('journal_mode = WAL')
  } finally {
    sqlite.close()
  }
  renameSync(fresh, databaseFile)
}

/**
 * Opens (or, in an empty data folder, creates) the database. An existing file is checked first
 * without writing to it (check.ts: quick_check, an unknown schema), so a refused file, its -wal
 * and its -shm stay byte for byte as they were. Then pragmas, a verified backup before pending
 * migrations, the migrations atomically. Any failure raises DatabaseUnavailableError; the file is
 * never replaced or recreated here. A full disk or an unwritable folder is reported as such.
 */
export async function openStore(dataDir: string, options: OpenOptions = {}): Promise<Store> {
  const now = options.now ?? (() => new Date())
  const known = options.migrations ?? MIGRATIONS
  try {
    mkdirSync(dataDir, { recursive: true })
  } catch (error) {
    throw unavailable('cannotOpen', error)
  }
  const { databaseFile, backupsDir } = dataPaths(dataDir)
  const isNew = !existsSync(databaseFile)
  if (!isNew) {
    if (statSync(databaseFile).size === 0)
      throw new DatabaseUnavailableError('checkFailed', 'the database file is empty (0 bytes)')
    const checked = checkWithoutWriting(databaseFile, known)
    if (!checked.ok) throw new DatabaseUnavailableError(checked.reason, checked.detail)
  } else {
    try {
      createDatabaseFile(databaseFile)
    } catch (error) {
      throw unavailable('cannotOpen', error)
    }
  }
  const sqlite = openForWriting(
    databaseFile,
    options.slowQueryMs === undefined ? slowQueryThreshold() : options.slowQueryMs
  )
  try {
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
        throw unavailable('migrationFailed', error)
      }
    }
  } catch (error) {
    // The file passed its check: closing (which checkpoints the WAL into it) changes no content.
    sqlite.close()
    throw unavailable('migrationFailed', error)
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
