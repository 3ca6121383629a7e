import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ADMIN, setUpCore, startTestCore, tempDir } from '../../helpers/core'
import { fingerprint } from '../db/recovery-fixture'
import { fillDisk, mountTmpfs as mountAt, whyNoTmpfs } from '../../helpers/tmpfs'

/**
 * The real thing: a full disk and a read-only folder on a small tmpfs. Mounting needs root (and a
 * kernel that allows it, e.g. not every container); elsewhere these are skipped with the reason
 * printed, and disk-messages.test.ts still covers the mapping with injected errors.
 */
const cannot = whyNoTmpfs()
if (cannot) console.warn(`[disk-tmpfs] skipped: ${cannot}`)

const mounted: (() => void)[] = []
const mountTmpfs = (dir: string, sizeKb: number) => mounted.push(mountAt(dir, sizeKb))
const remountReadOnly = (dir: string) => execFileSync('mount', ['-o', 'remount,ro', dir])

let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir('frontdesk-disk-')
})
afterEach(() => {
  for (const unmount of mounted.splice(0).reverse()) unmount()
  tmp.cleanup()
})

type Answer = { ok: boolean; error?: { code: string; message: string } }
const newClerk = (n: number) => ({
  username: `clerk${n}`,
  displayName: `收银员${n}`,
  role: 'clerk',
  password: 'pass1234'
})

describe.skipIf(cannot !== null)('on a real tmpfs', () => {
  it('a full disk: DISK_FULL with what to do, nothing recorded; after freeing space the same call works', async () => {
    const data = join(tmp.dir, 'data')
    mountTmpfs(data, 8 * 1024)
    const { core, adminToken, mutate } = await setUpCore(data)
    const staffCount = () => (core.store.sqlite.prepare('SELECT count(*) AS n FROM staff').get() as { n: number }).n
    const before = staffCount()
    const filler = fillDisk(data)
    let answer: Answer = { ok: true }
    // The WAL may still have room for a row or two: write until the disk says no.
    for (let i = 0; i < 200 && answer.ok; i++)
      answer = (await mutate('staff.create', newClerk(i), adminToken)) as Answer
    expect(answer.error?.code).toBe('DISK_FULL')
    expect(answer.error?.message).toMatch(/磁盘空间已满.*腾出空间.*系统管理员/)
    const afterRefusal = staffCount()
    rmSync(filler)
    expect(staffCount()).toBe(afterRefusal) // the refused one is not half there
    expect(((await mutate('staff.create', newClerk(999), adminToken)) as Answer).ok).toBe(true)
    expect(staffCount()).toBe(afterRefusal + 1)
    expect(afterRefusal).toBeGreaterThanOrEqual(before)
    core.close()
  })

  it('a backups folder on a full disk, then a read-only one: their own messages, no .partial left', async () => {
    const { core, adminToken, mutate } = await setUpCore(join(tmp.dir, 'data'))
    const backups = core.store.backupsDir
    mountTmpfs(backups, 64)
    const full = (await mutate('system.backupNow', {}, adminToken)) as Answer
    expect(full.error?.code).toBe('BACKUP_FOLDER_FULL')
    expect(full.error?.message).toContain(backups)
    expect(readdirSync(backups)).toEqual([])
    mounted.pop()!()
    mountTmpfs(backups, 8 * 1024)
    remountReadOnly(backups)
    const readOnly = (await mutate('system.backupNow', {}, adminToken)) as Answer
    expect(readOnly.error?.code).toBe('BACKUP_FOLDER_UNWRITABLE')
    expect(readOnly.error?.message).toMatch(/备份文件夹无法写入/)
    // The counter itself works on: a backup refused is no reason to stop taking payments.
    expect(((await mutate('staff.create', newClerk(1), adminToken)) as Answer).ok).toBe(true)
    core.close()
  })

  it('a read-only data folder at start-up: recovery says so (not a failed check), files byte-identical', async () => {
    const data = join(tmp.dir, 'data')
    mountTmpfs(data, 8 * 1024)
    const { core } = await setUpCore(data)
    core.close()
    const before = fingerprint(data)
    remountReadOnly(data)
    const { core: again } = await startTestCore(data)
    expect(again.mode).toBe('recovery')
    const status = (await again.call('system.status', {})) as { data: { cause: string } }
    expect(status.data.cause).toBe('dataUnwritable')
    expect(fingerprint(data)).toEqual(before)
    const refused = (await again.call('staff.signIn', { username: ADMIN.username, password: ADMIN.password })) as Answer
    expect(refused.error?.code).toBe('RECOVERY_MODE')
    expect(existsSync(join(data, 'frontdesk.db-wal'))).toBe(false)
  })
})
