import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '../../../db/open'
import { ADMIN, expectOk, setUpCore, startTestCore, tempDir, testClock } from '../../helpers/core'
import { corruptMainFile, fingerprint, SUFFIXES } from './recovery-fixture'

let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

/**
 * A counter that made a backup, wrote more (still in the WAL when it was killed) and whose main
 * file is now corrupt: the files on disk are what the process left at the moment it died.
 */
async function crashedCorruptWithBackup(clock = testClock()) {
  const source = tempDir()
  mkdirSync(join(tmp.dir, 'backups'), { recursive: true })
  try {
    const { core, adminToken, mutate } = await setUpCore(source.dir, clock)
    const backup = expectOk(await mutate('system.backupNow', {}, adminToken)) as { file: string }
    const sqlite = core.store.sqlite
    sqlite.pragma('wal_autocheckpoint = 0')
    sqlite.exec(`CREATE TABLE filler (id INTEGER PRIMARY KEY, t TEXT); CREATE INDEX filler_t ON filler(t);`)
    const insert = sqlite.prepare('INSERT INTO filler (t) VALUES (?)')
    for (let i = 0; i < 2000; i++) insert.run(`row ${i} `.repeat(20))
    sqlite.pragma('wal_checkpoint(TRUNCATE)')
    for (let i = 0; i < 300; i++) insert.run(`after the checkpoint ${i}`)
    for (const s of SUFFIXES) copyFileSync(join(source.dir, DATABASE_FILE + s), join(tmp.dir, DATABASE_FILE + s))
    copyFileSync(join(source.dir, 'backups', backup.file), join(tmp.dir, 'backups', backup.file))
    core.close()
  } finally {
    source.cleanup()
  }
  corruptMainFile(tmp.dir)
  return readdirSync(join(tmp.dir, 'backups'))[0]!
}

const restore = (core: Awaited<ReturnType<typeof startTestCore>>['core'], file: string, password: string) =>
  core.call('system.restoreBackup', { file, username: ADMIN.username, password }) as Promise<{
    ok: boolean
    data?: { keptAside: string }
    error?: { code: string; message: string }
  }>

describe('restoring a backup over a crashed, corrupt database', () => {
  it('shows the recovery screen leaving main, -wal and -shm byte-identical; sets all three aside together', async () => {
    const backup = await crashedCorruptWithBackup()
    const before = fingerprint(tmp.dir)
    expect(Object.values(before)).not.toContain('absent')
    const { core } = await startTestCore(tmp.dir)
    expect(core.mode).toBe('recovery')
    const status = expectOk(await core.call('system.status', {})) as { cause: string }
    expect(status.cause).toBe('checkFailed')
    expect(fingerprint(tmp.dir)).toEqual(before)

    const restored = await restore(core, backup, ADMIN.password)
    expect(restored.ok).toBe(true)
    expect(core.mode).toBe('ready')
    const aside = join(tmp.dir, restored.data!.keptAside)
    // Each of the three under the one kept-aside name, byte for byte what the crash left.
    expect(fingerprint(tmp.dir, aside)).toEqual(before)
    expect(existsSync(join(tmp.dir, 'frontdesk.db.restoring'))).toBe(false)
    // The restored database is the backup, with no foreign WAL replayed into it.
    const filler = core.store.sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'filler'`).get()
    expect(filler).toBeUndefined()
    expectOk(await core.call('staff.signIn', { username: ADMIN.username, password: ADMIN.password }))
    core.close()
  })
})

describe('restore attempts with wrong credentials', () => {
  it('are limited like sign-in: the fifth wrong password locks that name for 15 minutes', async () => {
    const backup = await crashedCorruptWithBackup()
    const before = fingerprint(tmp.dir)
    const clock = testClock('2026-11-23T02:00:00.000Z')
    const { core } = await startTestCore(tmp.dir, clock)
    for (let i = 1; i <= 4; i++)
      expect((await restore(core, backup, `wrong-pass${i}`)).error?.code, `attempt ${i}`).toBe('APPROVAL_REJECTED')
    const fifth = await restore(core, backup, 'wrong-pass5')
    expect(fifth.error?.code).toBe('ACCOUNT_LOCKED')
    expect(fifth.error?.message).toMatch(/已锁定/)
    // Locked means locked: the right password is refused too, and nothing on disk moved.
    expect((await restore(core, backup, ADMIN.password)).error?.code).toBe('ACCOUNT_LOCKED')
    expect(fingerprint(tmp.dir)).toEqual(before)
    expect(core.mode).toBe('recovery')
    clock.advanceMinutes(16)
    expect((await restore(core, backup, ADMIN.password)).ok).toBe(true)
    expect(core.mode).toBe('ready')
    core.close()
  })

  it('an unknown name counts the same way and is answered the same way', async () => {
    const backup = await crashedCorruptWithBackup()
    const { core } = await startTestCore(tmp.dir)
    const attempt = () => core.call('system.restoreBackup', { file: backup, username: 'nobody', password: 'x1234567' })
    const answers = []
    for (let i = 0; i < 6; i++) answers.push(((await attempt()) as { error: { code: string } }).error.code)
    expect(answers).toEqual([...Array(4).fill('APPROVAL_REJECTED'), 'ACCOUNT_LOCKED', 'ACCOUNT_LOCKED'])
    // Another name is its own count: the administrator is not locked out by someone guessing names.
    expect((await restore(core, backup, ADMIN.password)).ok).toBe(true)
    core.close()
  })
})
