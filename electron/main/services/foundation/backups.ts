import { statSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import { api } from '../../../../shared/api'
import { probeWritable } from '../../../../db/backup-folder'
import type { Store } from '../../../../db/open'
import type { BackupSettings, BackupStatus } from '../../../../shared/foundation/backups'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { message } from '../../../../shared/messages'
import type { ServiceContext } from '../../core/context'
import { backupHealth, backupSettings, listedBackups, syncSecondLocation } from './backup-run'
import { writeSetting } from './settings'

/** A folder that has not received a backup for a day gets a warning (the rule, and Time Machine's). */
export const STALE_AFTER_MS = 86_400_000

function sameDisk(a: string, b: string): boolean {
  try {
    return statSync(a).dev === statSync(b).dev
  } catch {
    return false
  }
}

function secondState(store: Store, settings: BackupSettings, now: Date): BackupStatus['second'] {
  const { second: problem } = backupHealth(store)
  const dir = settings.secondDir
  if (!dir) return { state: 'notSet', newestAt: null, problem: null, sameDisk: false }
  let reachable = true
  try {
    probeWritable(dir)
  } catch {
    reachable = false
  }
  const newestAt = reachable ? (listedBackups(dir)[0]?.createdAt ?? null) : null
  const stale = newestAt === null || now.getTime() - Date.parse(newestAt) > STALE_AFTER_MS
  return {
    state: !reachable ? 'unreachable' : stale ? 'stale' : 'ok',
    newestAt,
    problem,
    sameDisk: reachable && sameDisk(dir, store.file)
  }
}

/** The state of the backups for the 工作台 and 设置 → 关于: the newest, its age, both folders. */
export function backupStatus(store: Store, now: Date): BackupStatus {
  const settings = backupSettings(store)
  const newest = listedBackups(store.backupsDir)[0]
  let problem = backupHealth(store).local
  if (!problem) {
    try {
      probeWritable(store.backupsDir)
    } catch {
      problem = { problem: 'unwritable', folder: store.backupsDir, at: now.toISOString() }
    }
  }
  return {
    serverTime: now.toISOString(),
    settings,
    newest: newest ? { file: newest.file, createdAt: newest.createdAt } : null,
    stale: !newest || now.getTime() - Date.parse(newest.createdAt) > STALE_AFTER_MS,
    local: { folder: store.backupsDir, problem },
    second: secondState(store, settings, now)
  }
}

const fieldError = (ctx: ServiceContext, key: 'field.backupDirAbsolute' | 'field.backupDirInsideData') =>
  new AppError('VALIDATION', {}, { fields: { secondDir: message(ctx.locale, key) } })

/**
 * A second location must be a full path outside the data folder, and take a real write: it is
 * checked, and given the newest backup, before the setting is saved.
 */
async function checkSecondDir(ctx: ServiceContext, settings: BackupSettings): Promise<void> {
  const dir = settings.secondDir
  if (!dir) return
  if (!isAbsolute(dir)) throw fieldError(ctx, 'field.backupDirAbsolute')
  const inside = relative(resolve(ctx.env.dataDir), resolve(dir))
  if (!inside.startsWith('..') && !isAbsolute(inside)) throw fieldError(ctx, 'field.backupDirInsideData')
  // Outside the write transaction: a copy to a network share may take a while.
  await Promise.resolve()
  const copied = syncSecondLocation(ctx.store, ctx.now(), settings)
  if (typeof copied === 'object') {
    const code = copied.problem === 'full' ? 'BACKUP_FOLDER_FULL' : 'BACKUP_FOLDER_UNWRITABLE'
    throw new AppError(code, { folder: dir }, { field: 'secondDir' })
  }
}

const status = handle(api.backups.status, {
  run: (ctx) => backupStatus(ctx.store, ctx.now())
})

const saveSettings = handle(api.backups.saveSettings, {
  // The new folder is checked with a real write and given the newest backup before anything is saved.
  prepare: (ctx, input) => checkSecondDir(ctx, input),
  run(ctx, input) {
    writeSetting(ctx.db, 'backupEveryHours', input.everyHours)
    writeSetting(ctx.db, 'backupKeepAllDays', input.keepAllDays)
    writeSetting(ctx.db, 'backupKeepDailyMonths', input.keepDailyMonths)
    writeSetting(ctx.db, 'secondBackupDir', input.secondDir)
    ctx.audit({
      entityType: 'settings',
      summaryKey: 'audit.backupSettings',
      summaryParams: { everyHours: input.everyHours, secondDir: input.secondDir || '—' }
    })
    return backupStatus(ctx.store, ctx.now())
  }
})

export const backupHandlers = [status, saveSettings]
