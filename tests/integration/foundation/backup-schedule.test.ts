import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyDatabaseFile } from '../../../db/backup'
import { startBackupSchedule, type BackupSchedule } from '../../../electron/main/core/backup-schedule'
import { startTestCore, tempDir } from '../../helpers/core'
import { backupFiles, backupWorld, DAY, HOUR, silent } from './backup-fixture'

let tmp: ReturnType<typeof tempDir>
let schedule: BackupSchedule | undefined
let closeCore: (() => void) | undefined
beforeEach(() => {
  tmp = tempDir()
})
afterEach(async () => {
  await schedule?.stop()
  schedule = undefined
  closeCore?.()
  tmp.cleanup()
})

async function running() {
  const world = await backupWorld(tmp.dir)
  closeCore = () => world.core.close()
  await world.admin.backups.saveSettings({
    everyHours: 4,
    keepAllDays: 7,
    keepDailyMonths: 3,
    secondDir: world.secondDir
  })
  const start = () => {
    schedule = startBackupSchedule(world.core, { now: world.time.clock.now, timers: world.time.timers, log: silent })
    return schedule
  }
  return { ...world, start }
}

const estateNameIn = (file: string) => {
  const db = new Database(file, { readonly: true })
  try {
    return (db.prepare(`SELECT value FROM settings WHERE key = 'estateName'`).get() as { value: string }).value
  } finally {
    db.close()
  }
}

describe('automatic backups', () => {
  it('a counter left running for a day has a verified backup every 4 hours in both locations, and one on quit', async () => {
    const { start, time, backupsDir, secondDir, core } = await running()
    const s = start()
    await s.idle()
    // No backup yet at start-up: one at once (saving the second location already copied nothing: there was none).
    expect(backupFiles(backupsDir)).toHaveLength(1)
    expect(backupFiles(backupsDir)[0]).toMatch(/-startup\.db$/)

    await time.advance(10 * HOUR, s)
    core.store.sqlite.prepare(`UPDATE settings SET value = '"新名字"' WHERE key = 'estateName'`).run()
    await time.advance(14 * HOUR, s)

    const local = backupFiles(backupsDir)
    expect(local.filter((f) => f.endsWith('-scheduled.db'))).toHaveLength(6)
    expect(backupFiles(secondDir)).toEqual(local)
    for (const f of local) {
      expect(verifyDatabaseFile(join(backupsDir, f))).toBe(true)
      expect(verifyDatabaseFile(join(secondDir, f))).toBe(true)
    }
    // The newest carries the afternoon's change; the early ones do not.
    expect(estateNameIn(join(secondDir, local.at(-1)!))).toBe('"新名字"')
    expect(estateNameIn(join(backupsDir, local[0]!))).not.toBe('"新名字"')

    time.clock.advanceMinutes(1)
    await s.stop({ backup: true })
    schedule = undefined
    const after = backupFiles(backupsDir)
    expect(after.at(-1)).toMatch(/-quit\.db$/)
    expect(backupFiles(secondDir)).toEqual(after)
  })

  it('start-up makes no backup when the last is younger than a day; it counts the interval from the newest', async () => {
    const { start, time, backupsDir, admin } = await running()
    await admin.system.backupNow({})
    time.clock.advanceMinutes(60)
    const s = start()
    await s.idle()
    expect(backupFiles(backupsDir)).toHaveLength(1)
    await time.advance(2 * HOUR + 50 * 60_000, s)
    expect(backupFiles(backupsDir)).toHaveLength(1)
    await time.advance(20 * 60_000, s)
    expect(backupFiles(backupsDir)).toHaveLength(2)
  })

  it('the interval follows the setting', async () => {
    const { start, time, backupsDir, admin, secondDir } = await running()
    await admin.backups.saveSettings({ everyHours: 12, keepAllDays: 7, keepDailyMonths: 3, secondDir })
    const s = start()
    await time.advance(DAY, s)
    expect(backupFiles(backupsDir)).toHaveLength(3) // start-up, +12 h, +24 h
  })

  it('leftover .partial files of an interrupted backup are removed at start-up, in both folders', async () => {
    const { start, backupsDir, secondDir } = await running()
    const leftover = 'frontdesk-20261121-230000-000-scheduled.db.partial'
    writeFileSync(join(backupsDir, leftover), 'half a backup')
    writeFileSync(join(secondDir, leftover), 'half a copy')
    writeFileSync(join(secondDir, 'notes.txt'), 'not ours')
    const s = start()
    await s.idle()
    expect(existsSync(join(backupsDir, leftover))).toBe(false)
    expect(existsSync(join(secondDir, leftover))).toBe(false)
    expect(existsSync(join(secondDir, 'notes.txt'))).toBe(true)
  })

  it('a core in recovery mode is left alone', async () => {
    const { core, time } = await running()
    const dataDir = join(tmp.dir, 'data')
    core.close()
    closeCore = undefined
    writeFileSync(join(dataDir, 'frontdesk.db'), Buffer.alloc(16384, 0x42))
    const broken = await startTestCore(dataDir, time.clock)
    closeCore = () => broken.core.close()
    expect(broken.core.mode).toBe('recovery')
    schedule = startBackupSchedule(broken.core, { now: time.clock.now, timers: time.timers, log: silent })
    await time.advance(DAY, schedule)
    expect(backupFiles(join(dataDir, 'backups'))).toHaveLength(0)
  })
})
