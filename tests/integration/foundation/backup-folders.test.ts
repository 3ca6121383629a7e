import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startBackupSchedule, type BackupSchedule } from '../../../electron/main/core/backup-schedule'
import { readSetting } from '../../../electron/main/services/foundation/settings'
import { runBackup } from '../../../electron/main/services/foundation/backup-run'
import { toAppError } from '../../../electron/main/core/errors'
import { BackupStorageError } from '../../../db/storage-errors'
import { message } from '../../../shared/messages'
import { reasonKey } from '../../../shared/kernel/i18n'
import { startTestCore, tempDir } from '../../helpers/core'
import { backupFiles, backupWorld, blockFolder, DAY, HOUR, silent } from './backup-fixture'

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

async function world() {
  const w = await backupWorld(tmp.dir)
  close = () => w.core.close()
  const settings = { everyHours: 4, keepAllDays: 7, keepDailyMonths: 3 }
  const start = () =>
    (schedule = startBackupSchedule(w.core, { now: w.time.clock.now, timers: w.time.timers, log: silent }))
  return { ...w, settings, start }
}

describe('an unwritable backups folder', () => {
  // Tests may run as root, where chmod stops no write: the folder is replaced by a regular file instead.
  it('gets its own message, is shown in the status, and never sends the next start to the recovery screen', async () => {
    const { backupsDir, start, time, core, status } = await world()
    mkdirSync(backupsDir, { recursive: true })
    blockFolder(backupsDir)
    const refused = await runBackup(core.store, 'manual', time.clock.now()).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(BackupStorageError)
    const shown = toAppError(refused)
    expect(shown).toMatchObject({ code: 'BACKUP_FOLDER_UNWRITABLE', params: { folder: backupsDir } })
    const text = message('zh-CN', reasonKey('error', shown.code), shown.params)
    expect(text).toContain(backupsDir)
    expect(text).not.toMatch(/SQLITE|EEXIST|ENOTDIR|完整性|校验/)
    expect(backupFiles(tmp.dir)).toEqual([])

    const s = start()
    await time.advance(5 * HOUR, s)
    const shownStatus = await status()
    expect(shownStatus.local.problem).toMatchObject({ problem: 'unwritable', folder: backupsDir })
    expect(shownStatus.newest).toBeNull()
    expect(shownStatus.stale).toBe(true)

    await s.stop()
    schedule = undefined
    core.close()
    close = undefined
    const again = await startTestCore(join(tmp.dir, 'data'), time.clock)
    close = () => again.core.close()
    expect(again.core.mode).toBe('ready')
    expect(await again.core.call('system.status', {})).toMatchObject({ ok: true, data: { mode: 'ready' } })
  })

  it('is shown until a backup succeeds again', async () => {
    const { backupsDir, start, time, status } = await world()
    mkdirSync(backupsDir, { recursive: true })
    blockFolder(backupsDir)
    const s = start()
    await s.idle()
    expect((await status()).local.problem).not.toBeNull()
    // The folder is back (a file moved away): the next scheduled check makes the backup.
    rmSync(backupsDir)
    await time.advance(20 * 60_000, s)
    const shownStatus = await status()
    expect(shownStatus.local.problem).toBeNull()
    expect(shownStatus.newest).not.toBeNull()
  })
})

describe('the second location', () => {
  it('must be a full path outside the data folder that takes a real write; a refusal changes nothing', async () => {
    const { admin, settings, secondDir, core } = await world()
    const file = join(tmp.dir, 'a-file')
    writeFileSync(file, 'x')
    const underFile = await admin.attempt.backups.saveSettings({ ...settings, secondDir: join(file, 'backups') })
    expect(underFile).toMatchObject({
      ok: false,
      error: { code: 'BACKUP_FOLDER_UNWRITABLE', details: { field: 'secondDir' } }
    })
    const relative = await admin.attempt.backups.saveSettings({ ...settings, secondDir: 'usb/backups' })
    expect(relative).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { secondDir: expect.any(String) } } }
    })
    const inside = await admin.attempt.backups.saveSettings({ ...settings, secondDir: join(tmp.dir, 'data', 'copies') })
    expect(inside).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    const hours = await admin.attempt.backups.saveSettings({ ...settings, everyHours: 0, secondDir })
    expect(hours).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { everyHours: expect.any(String) } } }
    })
    expect(readSetting(core.store.db, 'secondBackupDir')).toBe('')
  })

  it('gets the newest backup when it is chosen, and a warning when it has not received one for a day', async () => {
    const { admin, settings, secondDir, time, status } = await world()
    expect((await status()).second.state).toBe('notSet')
    const made = await admin.system.backupNow({})
    const saved = await admin.backups.saveSettings({ ...settings, secondDir })
    expect(saved.second).toMatchObject({ state: 'ok', newestAt: made.createdAt, sameDisk: true })
    expect(backupFiles(secondDir)).toEqual([made.file])

    time.clock.advanceMinutes(23 * 60)
    expect((await status()).second.state).toBe('ok')
    time.clock.advanceMinutes(2 * 60)
    const stale = await status()
    expect(stale.second.state).toBe('stale')
    expect(stale.stale).toBe(true)

    blockFolder(secondDir)
    expect((await status()).second.state).toBe('unreachable')
  })

  it('a drive pulled out: backups go on beside the database, and the drive gets the newest when it is back', async () => {
    const { admin, settings, secondDir, start, time, backupsDir, status } = await world()
    await admin.backups.saveSettings({ ...settings, secondDir })
    blockFolder(secondDir)
    const s = start()
    await s.idle()
    expect(backupFiles(backupsDir)).toHaveLength(1)
    const away = await status()
    expect(away.second).toMatchObject({ state: 'unreachable', problem: { problem: 'unwritable', folder: secondDir } })
    expect(away.local.problem).toBeNull()

    rmSync(secondDir)
    mkdirSync(secondDir)
    await time.advance(16 * 60_000, s)
    expect(backupFiles(secondDir)).toEqual(backupFiles(backupsDir))
    const back = await status()
    expect(back.second).toMatchObject({ state: 'ok', problem: null })
    expect(existsSync(join(secondDir, '.frontdesk-write-test'))).toBe(false)
    await time.advance(DAY, s)
    expect(backupFiles(secondDir)).toEqual(backupFiles(backupsDir))
  })
})
