import type { Store } from '../../../../db/open'
import type { BackupFolderProblem } from '../../../../shared/foundation/backups'
import type { MessageKey, MessageParams } from '../../../../shared/messages'
import { writeAudit } from './audit'

/** Why a backup was made; part of its file name. */
export type BackupReason = 'startup' | 'scheduled' | 'quit' | 'manual' | 'handover'

/** Who asked for a backup: the person who pressed 立即备份; nobody for the automatic ones. */
export interface BackupActor {
  staffId?: number
  shiftId?: number
}

const MADE: Record<Exclude<BackupReason, 'manual'>, MessageKey> = {
  startup: 'audit.backupStartup',
  scheduled: 'audit.backupScheduled',
  quit: 'audit.backupQuit',
  handover: 'audit.backupHandover'
}

/** The audit row's procedure: 立即备份's own, or the automatic backup's kind (no procedure called it). */
const procedureOf = (reason: BackupReason | 'secondLocation') =>
  reason === 'manual' ? 'system.backupNow' : `backup.${reason}`

interface BackupAuditEntry {
  reason: BackupReason | 'secondLocation'
  summaryKey: MessageKey
  summaryParams: MessageParams
  entityId: string
  actor?: BackupActor
}

/**
 * Backups happen outside the router (the schedule, start-up, quit, the second location), so their
 * audit rows are written here, each in its own transaction. When the disk is full the audit row
 * cannot be written either: the failure then stays in the backup health (工作台, 设置) and the log.
 */
function writeBackupAudit(store: Store, now: Date, entry: BackupAuditEntry): boolean {
  try {
    store.sqlite
      .transaction(() =>
        writeAudit(store.db, {
          at: now,
          procedure: procedureOf(entry.reason),
          staffId: entry.actor?.staffId,
          shiftId: entry.actor?.shiftId,
          entityType: 'backup',
          entityId: entry.entityId,
          summaryKey: entry.summaryKey,
          summaryParams: entry.summaryParams
        })
      )
      .immediate()
    return true
  } catch {
    return false
  }
}

/** 立即备份 is audited by its handler, in the router's transaction; the automatic ones here. */
export function auditBackupMade(
  store: Store,
  now: Date,
  reason: BackupReason,
  made: { file: string; removed: number }
): void {
  if (reason === 'manual') return
  writeBackupAudit(store, now, {
    reason,
    summaryKey: MADE[reason],
    summaryParams: { file: made.file, removed: made.removed },
    entityId: made.file
  })
}

export function auditBackupCopied(store: Store, now: Date, file: string, folder: string): void {
  writeBackupAudit(store, now, {
    reason: 'secondLocation',
    summaryKey: 'audit.backupCopied',
    summaryParams: { file, folder },
    entityId: file
  })
}

export function sameProblem(a: BackupFolderProblem | null, b: BackupFolderProblem): boolean {
  return a !== null && a.problem === b.problem && a.folder === b.folder
}

const FAILED: Record<'backup' | 'copy', Record<'full' | 'unwritable' | 'other', MessageKey>> = {
  backup: {
    full: 'audit.backupFailedFull',
    unwritable: 'audit.backupFailedUnwritable',
    other: 'audit.backupFailed'
  },
  copy: {
    full: 'audit.backupCopyFailedFull',
    unwritable: 'audit.backupCopyFailedUnwritable',
    other: 'audit.backupCopyFailed'
  }
}

/** A failed backup or copy: the folder and what the disk said (full, unwritable, or the error's own words). */
export function auditBackupFailed(
  store: Store,
  now: Date,
  failure: {
    reason: BackupReason | 'secondLocation'
    folder: string
    problem: 'full' | 'unwritable' | null
    detail: string
  },
  actor?: BackupActor
): void {
  const keys = FAILED[failure.reason === 'secondLocation' ? 'copy' : 'backup']
  writeBackupAudit(store, now, {
    reason: failure.reason,
    summaryKey: keys[failure.problem ?? 'other'],
    summaryParams: { folder: failure.folder, detail: failure.detail.slice(0, 200) },
    entityId: failure.reason,
    actor
  })
}
