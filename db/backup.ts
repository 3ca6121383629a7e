import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, unlinkSync } from 'node:fs'
import { basename, join } from 'node:path'
import Database from 'better-sqlite3'
import type { BackupInfo } from '../shared/foundation/system'
import { BackupStorageError, storageProblem } from './storage-errors'

const BACKUP_NAME = /^frontdesk-(\d{8})-(\d{6})-(\d{3})-([a-z0-9-]+)\.db$/

function stamp(date: Date): string {
  const iso = date.toISOString() // 2026-11-22T11:04:48.123Z
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}-${iso.slice(20, 23)}`
}

/** Opens a file read-only and runs SQLite's integrity check; false for anything that is not a sound database. */
export function verifyDatabaseFile(file: string): boolean {
  let db: Database.Database | undefined
  try {
    db = new Database(file, { readonly: true, fileMustExist: true })
    const result = db.pragma('integrity_check', { simple: true })
    return result === 'ok'
  } catch {
    return false
  } finally {
    db?.close()
  }
}

/**
 * A backup through SQLite's online backup API (consistent while the app keeps writing), written
 * under a temporary name, switched to rollback-journal mode so it is one self-contained file,
 * verified, and only then given its final name. A backup that fails verification is removed
 * and the error raised: an unverified file is never offered for restore.
 */
export async function backupDatabase(
  sqlite: Database.Database,
  backupsDir: string,
  reason: string,
  now: Date
): Promise<BackupInfo> {
  const file = join(backupsDir, `frontdesk-${stamp(now)}-${reason}.db`)
  const temporary = `${file}.partial`
  try {
    mkdirSync(backupsDir, { recursive: true })
    await sqlite.backup(temporary)
    const copy = new Database(temporary, { fileMustExist: true })
    try {
      copy.pragma('journal_mode = DELETE')
    } finally {
      copy.close()
    }
  } catch (error) {
    // A half-written copy on a full disk only takes the space the counter needs.
    // Under a folder that is a file the removal fails too: the first error is the one to report.
    try {
      rmSync(temporary, { force: true })
    } catch {
      /* nothing was written there */
    }
    const problem = storageProblem(error)
    throw problem ? new BackupStorageError(problem, backupsDir, error) : error
  }
  if (!verifyDatabaseFile(temporary)) {
    unlinkSync(temporary)
    throw new Error(`backup ${basename(file)} failed its integrity check`)
  }
  renameSync(temporary, file)
  return { file: basename(file), createdAt: now.toISOString(), sizeBytes: statSync(file).size, verified: true }
}

function createdAtOf(name: string): string | null {
  const m = BACKUP_NAME.exec(name)
  if (!m) return null
  const [, d, t, ms] = m as unknown as [string, string, string, string]
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}.${ms}Z`
}

/** Backups in the folder, newest first, each verified now (`verify: false` skips it for a quick listing). */
export function listBackups(backupsDir: string, verify = true): BackupInfo[] {
  if (!existsSync(backupsDir)) return []
  return readdirSync(backupsDir)
    .map((name) => ({ name, createdAt: createdAtOf(name) }))
    .filter((b): b is { name: string; createdAt: string } => b.createdAt !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map(({ name, createdAt }) => {
      const path = join(backupsDir, name)
      return {
        file: name,
        createdAt,
        sizeBytes: statSync(path).size,
        verified: verify ? verifyDatabaseFile(path) : true
      }
    })
}

/** Resolves a backup name from the list to its path; refuses anything that is not one of ours. */
export function backupPath(backupsDir: string, name: string): string | null {
  if (!BACKUP_NAME.test(name) || name !== basename(name)) return null
  const path = join(backupsDir, name)
  return existsSync(path) ? path : null
}

/**
 * Puts a verified backup in place of the database file. The current file and its -wal/-shm are
 * moved aside together under one name, never deleted, so nothing is lost even when the restore
 * was a mistake. -wal and -shm go first: a WAL left beside the restored file would be replayed
 * into it. The backup is copied under a temporary name and renamed, so a half-copied file never
 * stands where the database belongs.
 */
export function restoreDatabase(databaseFile: string, backupFile: string, now: Date): { keptAside: string } {
  if (!verifyDatabaseFile(backupFile)) throw new Error('backup failed its integrity check')
  const keptAside = `${databaseFile}.broken-${stamp(now)}`
  const incoming = `${databaseFile}.restoring`
  copyFileSync(backupFile, incoming)
  for (const suffix of ['-wal', '-shm', '']) {
    if (existsSync(databaseFile + suffix)) renameSync(databaseFile + suffix, keptAside + suffix)
  }
  renameSync(incoming, databaseFile)
  return { keptAside: basename(keptAside) }
}
