import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ADMIN, expectOk, setUpCore, startTestCore, tempDir } from '../../helpers/core'

let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

async function corruptedWithBackup() {
  const { core, adminToken } = await setUpCore(tmp.dir)
  const backup = expectOk(
    await core.call('system.backupNow', {}, { session: adminToken, requestId: 'req-backup-01' })
  ) as { file: string }
  core.close()
  const file = join(tmp.dir, 'frontdesk.db')
  writeFileSync(file, Buffer.alloc(4096 * 4, 0x42))
  return { backup, file }
}

describe('recovery mode', () => {
  it('a corrupted database opens the recovery screen with the verified backups, and stays untouched', async () => {
    const { backup, file } = await corruptedWithBackup()
    const before = sha(file)
    const { core } = await startTestCore(tmp.dir)
    expect(core.mode).toBe('recovery')
    const status = expectOk(await core.call('system.status', {})) as {
      mode: string
      backups: { file: string; verified: boolean }[]
    }
    expect(status.mode).toBe('recovery')
    expect(status.backups).toEqual([expect.objectContaining({ file: backup.file, verified: true })])
    expect(await core.call('staff.signIn', { username: 'admin', password: ADMIN.password })).toMatchObject({
      ok: false,
      error: { code: 'RECOVERY_MODE' }
    })
    expect(sha(file)).toBe(before)
  })

  it('only an administrator of the backup can restore it; the broken file is kept aside', async () => {
    const { backup, file } = await corruptedWithBackup()
    const before = sha(file)
    const { core } = await startTestCore(tmp.dir)
    const wrong = await core.call('system.restoreBackup', {
      file: backup.file,
      username: 'admin',
      password: 'wrong-one1'
    })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'APPROVAL_REJECTED' } })
    expect(sha(file)).toBe(before)
    const sneaky = await core.call('system.restoreBackup', {
      file: '../frontdesk.db',
      username: 'admin',
      password: ADMIN.password
    })
    expect(sneaky).toMatchObject({ ok: false, error: { code: 'BACKUP_INVALID' } })

    const restored = expectOk(
      await core.call('system.restoreBackup', { file: backup.file, username: 'admin', password: ADMIN.password })
    ) as { keptAside: string }
    expect(core.mode).toBe('ready')
    expect(sha(join(tmp.dir, restored.keptAside))).toBe(before)
    expect(existsSync(file)).toBe(true)
    expectOk(await core.call('staff.signIn', { username: 'admin', password: ADMIN.password }))
    const audit = core.store.sqlite
      .prepare(`SELECT summary_key FROM audit_log WHERE procedure = 'system.restoreBackup'`)
      .get()
    expect(audit).toEqual({ summary_key: 'audit.restoreBackup' })
    core.close()
  })

  it('a malformed restore is refused by the contract schema and touches nothing', async () => {
    const { backup, file } = await corruptedWithBackup()
    const before = sha(file)
    const { core } = await startTestCore(tmp.dir)
    const malformed = [
      { file: 42, username: 'admin', password: ADMIN.password },
      { file: backup.file, username: 'admin' },
      { file: '   ', username: 'admin', password: ADMIN.password },
      { file: backup.file, username: 'admin', password: ADMIN.password, force: true },
      null
    ]
    for (const input of malformed) {
      expect(await core.call('system.restoreBackup', input)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    }
    expect(core.mode).toBe('recovery')
    expect(sha(file)).toBe(before)
  })

  it('restoring is refused while the database works', async () => {
    const { core } = await setUpCore(tmp.dir)
    const result = await core.call('system.restoreBackup', {
      file: 'frontdesk-20260101-000000-000-manual.db',
      username: 'admin',
      password: 'x'
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_IN_RECOVERY' } })
    core.close()
  })
})
