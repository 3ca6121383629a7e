import { api } from '../../../../shared/api'
import { listBackups } from '../../../../db/backup'
import { runBackup } from './backup-run'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { isSetUp, readSetting, thisCounter } from './settings'

const status = handle(api.system.status, {
  run(ctx) {
    const serverTime = ctx.now().toISOString()
    if (!isSetUp(ctx.db)) return { mode: 'setup' as const, version: ctx.env.version, serverTime }
    return {
      mode: 'ready' as const,
      serverTime,
      version: ctx.env.version,
      companyName: readSetting(ctx.db, 'companyName') ?? '',
      estateName: readSetting(ctx.db, 'estateName') ?? '',
      counterName: thisCounter(ctx).name,
      demo: readSetting(ctx.db, 'demo') ?? false
    }
  }
})

const about = handle(api.system.about, {
  run(ctx) {
    const { sqlite_version } = ctx.store.sqlite.prepare('select sqlite_version() as sqlite_version').get() as {
      sqlite_version: string
    }
    return {
      version: ctx.env.version,
      dataDir: ctx.env.dataDir,
      databaseFile: ctx.store.file,
      backupsDir: ctx.store.backupsDir,
      sqliteVersion: sqlite_version,
      schemaVersion: ctx.store.schemaVersion,
      nodeVersion: process.versions.node,
      backups: listBackups(ctx.store.backupsDir, false).slice(0, 10)
    }
  }
})

const backupNow = handle(api.system.backupNow, {
  // The backup API is asynchronous and must not run inside the write transaction.
  // 立即备份 is a backup like the scheduled ones: verified, copied to the second location, retention applied.
  prepare: async (ctx) => {
    const actor = { staffId: ctx.session?.staffId, shiftId: ctx.session?.shiftId }
    return (await runBackup(ctx.store, 'manual', ctx.now(), actor)).backup
  },
  run(ctx, _input, backup) {
    ctx.audit({
      entityType: 'backup',
      entityId: backup.file,
      summaryKey: 'audit.backupNow',
      summaryParams: { file: backup.file }
    })
    return backup
  }
})

/** Restoring happens only in recovery mode, where the core answers it itself (see core.ts). */
const restoreBackup = handle(api.system.restoreBackup, {
  run() {
    throw new AppError('NOT_IN_RECOVERY')
  }
})

export const systemHandlers = [status, about, backupNow, restoreBackup]
