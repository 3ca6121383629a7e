import { mkdirSync, rmSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startBackupSchedule, type BackupSchedule } from '../../../electron/main/core/backup-schedule'
import { auditEntries } from '../../../electron/main/services/foundation/audit'
import { tempDir } from '../../helpers/core'
import { backupFiles, backupWorld, blockFolder, HOUR, silent } from './backup-fixture'

/**
 * Nothing lost unseen: every backup made — 立即备份, start-up, scheduled, on quit, the copy in the
 * second location — and every failed one leaves an audit row (the restore's own row is tested in
 * recovery.test.ts). A failure that goes on (the drive left unplugged, retried every few minutes)
 * is one row when it begins, not one per retry.
 */
let tmp: ReturnType<typeof tempDir>
let schedule: BackupSchedule | undefined
let close: (() => void) | undefined
beforeEach(() => {
  tmp = tempDir()
})
afterEach(async () => {
  await schedule?.stop()
  schedule = undefined
  close?.()
  tmp.cleanup()
})

async function world(secondDir = true) {
  const w = await backupWorld(tmp.dir)
  close = () => w.core.close()
  await w.admin.backups.saveSettings({
    everyHours: 4,
    keepAllDays: 7,
    keepDailyMonths: 3,
    secondDir: secondDir ? w.secondDir : ''
  })
  const start = () =>
    (schedule = startBackupSchedule(w.core, { now: w.time.clock.now, timers: w.time.timers, log: silent }))
  /** The backup rows of the audit log, oldest first: procedure, summary key, who, and the worded summary. */
  const backupAudit = () =>
    w.core.store.sqlite
      .prepare(
        `SELECT procedure, summary_key AS summaryKey, staff_id AS staffId, entity_id AS entityId
         FROM audit_log WHERE entity_type = 'backup' ORDER BY id`
      )
      .all() as { procedure: string; summaryKey: string; staffId: number | null; entityId: string }[]
  return { ...w, start, backupAudit }
}

describe('backups in the audit log', () => {
  it('start-up, scheduled and quit backups and each copy to the second location are audited, worded in Chinese', async () => {
    const { start, time, backupAudit, backupsDir, core } = await world()
    const s = start()
    await time.advance(4 * HOUR + 60_000, s)
    await s.stop({ backup: true })
    schedule = undefined
    const files = backupFiles(backupsDir)
    expect(files).toHaveLength(3)
    expect(backupAudit()).toEqual([
      { procedure: 'backup.startup', summaryKey: 'audit.backupStartup', staffId: null, entityId: files[0] },
      { procedure: 'backup.secondLocation', summaryKey: 'audit.backupCopied', staffId: null, entityId: files[0] },
      { procedure: 'backup.scheduled', summaryKey: 'audit.backupScheduled', staffId: null, entityId: files[1] },
      { procedure: 'backup.secondLocation', summaryKey: 'audit.backupCopied', staffId: null, entityId: files[1] },
      { procedure: 'backup.quit', summaryKey: 'audit.backupQuit', staffId: null, entityId: files[2] },
      { procedure: 'backup.secondLocation', summaryKey: 'audit.backupCopied', staffId: null, entityId: files[2] }
    ])
    const [newest] = auditEntries(core.store.db, 'zh-CN', undefined, 1)
    expect(newest!.summary).toContain(`备份已复制到第二备份位置：${files[2]}`)
    const quit = auditEntries(core.store.db, 'zh-CN', undefined, 2)[1]!
    expect(quit.summary).toBe(`退出时自动备份数据库：${files[2]}（按保留规则删除旧备份 0 份）`)
  })

  it('立即备份 is one row by the person who pressed it (and one for its copy), and a refused one is audited too', async () => {
    const { admin, backupAudit, backupsDir, core } = await world()
    const made = await admin.system.backupNow()
    const adminId = core.store.sqlite.prepare(`SELECT id FROM staff WHERE username = 'admin'`).pluck().get()
    expect(backupAudit()).toEqual([
      { procedure: 'backup.secondLocation', summaryKey: 'audit.backupCopied', staffId: null, entityId: made.file },
      { procedure: 'system.backupNow', summaryKey: 'audit.backupNow', staffId: adminId, entityId: made.file }
    ])

    blockFolder(backupsDir)
    for (let i = 0; i < 2; i++)
      expect(await admin.attempt.system.backupNow()).toMatchObject({
        ok: false,
        error: { code: 'BACKUP_FOLDER_UNWRITABLE' }
      })
    const failed = backupAudit().slice(2)
    // Each press is a person's attempt: each is audited, with who pressed.
    expect(failed).toEqual([
      {
        procedure: 'system.backupNow',
        summaryKey: 'audit.backupFailedUnwritable',
        staffId: adminId,
        entityId: 'manual'
      },
      {
        procedure: 'system.backupNow',
        summaryKey: 'audit.backupFailedUnwritable',
        staffId: adminId,
        entityId: 'manual'
      }
    ])
    const [row] = auditEntries(core.store.db, 'zh-CN', undefined, 1)
    expect(row!.summary).toBe(`备份失败：备份文件夹无法写入（${backupsDir}）`)
  })

  it('an automatic backup that keeps failing is one row when it begins, and another after it worked again', async () => {
    const { start, time, backupAudit, backupsDir } = await world(false)
    mkdirSync(backupsDir, { recursive: true })
    blockFolder(backupsDir)
    const s = start()
    // Retried every minute or so for three hours: still one row.
    await time.advance(3 * HOUR, s)
    expect(backupAudit()).toEqual([
      { procedure: 'backup.startup', summaryKey: 'audit.backupFailedUnwritable', staffId: null, entityId: 'startup' }
    ])

    rmSync(backupsDir, { force: true })
    await time.advance(30 * 60_000, s)
    expect(backupAudit().map((r) => r.summaryKey)).toEqual(['audit.backupFailedUnwritable', 'audit.backupScheduled'])

    rmSync(backupsDir, { recursive: true, force: true })
    blockFolder(backupsDir)
    await time.advance(5 * HOUR, s)
    expect(backupAudit().map((r) => r.summaryKey)).toEqual([
      'audit.backupFailedUnwritable',
      'audit.backupScheduled',
      'audit.backupFailedUnwritable'
    ])
  })

  it('a second location that cannot be written is audited once while it stays away, and the copy when it is back', async () => {
    const { start, time, backupAudit, secondDir } = await world()
    const s = start()
    await s.idle()
    blockFolder(secondDir)
    await time.advance(5 * HOUR, s)
    const keys = () => backupAudit().map((r) => `${r.procedure} ${r.summaryKey}`)
    expect(keys()).toEqual([
      'backup.startup audit.backupStartup',
      'backup.secondLocation audit.backupCopied',
      'backup.secondLocation audit.backupCopyFailedUnwritable',
      'backup.scheduled audit.backupScheduled'
    ])
    rmSync(secondDir, { force: true })
    mkdirSync(secondDir)
    await time.advance(20 * 60_000, s)
    expect(keys().slice(4)).toEqual(['backup.secondLocation audit.backupCopied'])
  })
})
