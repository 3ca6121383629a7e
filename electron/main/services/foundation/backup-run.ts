import { join } from 'node:path'
import { backupDatabase, listBackups } from '../../../../db/backup'
import { copyBackupTo, deleteBackups, probeWritable, removePartials } from '../../../../db/backup-folder'
import { BackupStorageError } from '../../../../db/storage-errors'
import type { Store } from '../../../../db/open'
import type { BackupFolderProblem, BackupSettings } from '../../../../shared/foundation/backups'
import type { BackupInfo } from '../../../../shared/foundation/system'
import { backupsToRemove } from './backup-retention'
import { readSetting } from './settings'
import {
  auditBackupCopied,
  auditBackupFailed,
  auditBackupMade,
  sameProblem,
  type BackupActor,
  type BackupReason
} from './backup-audit'

export type { BackupActor, BackupReason } from './backup-audit'

export function backupSettings(store: Pick<Store, 'db'>): BackupSettings {
  return {
    everyHours: readSetting(store.db, 'backupEveryHours') ?? 4,
    keepAllDays: readSetting(store.db, 'backupKeepAllDays') ?? 7,
    keepDailyMonths: readSetting(store.db, 'backupKeepDailyMonths') ?? 3,
    secondDir: readSetting(store.db, 'secondBackupDir') ?? ''
  }
}

/**
 * The last failure of each folder of a database, until that folder next takes a backup. Kept in
 * memory: a failure is a fact about this run of the app (the drive may be back after a restart),
 * and writing it into the database would fail too when the disk is full.
 */
interface Health {
  local: BackupFolderProblem | null
  second: BackupFolderProblem | null
}
const health = new Map<string, Health>()

export function backupHealth(store: Pick<Store, 'file'>): Health {
  return health.get(store.file) ?? { local: null, second: null }
}

function record(store: Pick<Store, 'file'>, where: keyof Health, problem: BackupFolderProblem | null): void {
  health.set(store.file, { ...backupHealth(store), [where]: problem })
}

function problemOf(error: unknown, folder: string, now: Date): BackupFolderProblem | null {
  if (!(error instanceof BackupStorageError)) return null
  return { problem: error.problem, folder: error.folder || folder, at: now.toISOString() }
}

/** The failure of the automatic backups last audited, per database, until one succeeds again. */
const lastAutomaticFailure = new Map<string, string>()

/** Newest first; an unreachable folder (a USB drive pulled out) lists nothing. */
export function listedBackups(dir: string): BackupInfo[] {
  try {
    return listBackups(dir, false)
  } catch {
    return []
  }
}

function applyRetention(dir: string, settings: BackupSettings, now: Date): string[] {
  const remove = backupsToRemove(listedBackups(dir), now, settings)
  deleteBackups(dir, remove)
  return remove
}

/** What one automatic (or manual) backup did. */
export interface BackupRun {
  backup: BackupInfo
  /** The copy in the second location: copied, not set, or the folder's problem. */
  second: 'copied' | 'notSet' | BackupFolderProblem
  removed: string[]
}

/**
 * Copies the newest backup into the second location when that folder lacks it (a drive plugged
 * back in gets the newest at once), then applies retention there. Failures are recorded, not
 * raised: the backup beside the database stands either way. Each copy is audited, and a failure
 * when it begins (not again at every 15-minute retry while the drive stays unplugged).
 */
export function syncSecondLocation(
  store: Store,
  now: Date,
  settings: BackupSettings = backupSettings(store)
): BackupRun['second'] {
  if (!settings.secondDir) return 'notSet'
  const newest = listedBackups(store.backupsDir)[0]
  try {
    probeWritable(settings.secondDir)
    removePartials(settings.secondDir)
    if (newest && listedBackups(settings.secondDir)[0]?.file !== newest.file) {
      copyBackupTo(join(store.backupsDir, newest.file), settings.secondDir)
      auditBackupCopied(store, now, newest.file, settings.secondDir)
    }
    applyRetention(settings.secondDir, settings, now)
    record(store, 'second', null)
    return 'copied'
  } catch (error) {
    const problem = problemOf(error, settings.secondDir, now) ?? {
      problem: 'unwritable',
      folder: settings.secondDir,
      at: now.toISOString()
    }
    if (!sameProblem(backupHealth(store).second, problem))
      auditBackupFailed(store, now, { reason: 'secondLocation', ...problem, detail: (error as Error).message ?? '' })
    record(store, 'second', problem)
    return problem
  }
}

/**
 * One verified backup beside the database (SQLite's backup API, integrity-checked before it gets
 * its name: db/backup.ts), a verified copy in the second location, retention in both. A backups
 * folder that cannot be written raises BackupStorageError — the folder's own error, never a
 * database failure — and is remembered for the 工作台 and 设置 until a backup succeeds again.
 * Audited: every automatic backup (立即备份 by its handler), and every failure — an automatic one
 * when it begins, not at each minute's retry while the folder stays full; 立即备份's every time.
 */
export async function runBackup(
  store: Store,
  reason: BackupReason,
  now: Date,
  actor?: BackupActor
): Promise<BackupRun> {
  let backup: BackupInfo
  try {
    probeWritable(store.backupsDir)
    backup = await backupDatabase(store.sqlite, store.backupsDir, reason, now)
  } catch (error) {
    const problem = problemOf(error, store.backupsDir, now)
    const detail = (error as Error)?.message ?? String(error)
    const failure = { folder: problem?.folder ?? store.backupsDir, problem: problem?.problem ?? null, detail }
    const signature = `${failure.problem ?? detail}@${failure.folder}`
    if (reason === 'manual' || lastAutomaticFailure.get(store.file) !== signature) {
      auditBackupFailed(store, now, { reason, ...failure }, actor)
      if (reason !== 'manual') lastAutomaticFailure.set(store.file, signature)
    }
    if (problem) record(store, 'local', problem)
    throw error
  }
  lastAutomaticFailure.delete(store.file)
  record(store, 'local', null)
  const removed = applyRetention(store.backupsDir, backupSettings(store), now)
  auditBackupMade(store, now, reason, { file: backup.file, removed: removed.length })
  return { backup, second: syncSecondLocation(store, now), removed }
}

/** Start-up housekeeping: what an interrupted backup left in either folder. */
export function removeLeftovers(store: Store): string[] {
  const { secondDir } = backupSettings(store)
  return [...removePartials(store.backupsDir), ...(secondDir ? removePartials(secondDir) : [])]
}
