import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Core } from '../../../electron/main/core/core'
import type { PasswordHasher } from '../../../electron/main/core/passwords'
import { ADMIN, setUpCore, tempDir, testClock, testPasswords } from '../../helpers/core'
import { clientOf } from '../../helpers/client'

let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

const unlockAccount = (core: Core, username: string, approval: { username: string; password: string }) =>
  clientOf(core).attempt.staff.unlockAccount({ username }, { requestId: randomUUID(), approval })
const auditCount = (core: Core, key: string) =>
  (core.store.sqlite.prepare('SELECT count(*) AS n FROM audit_log WHERE summary_key = ?').get(key) as { n: number }).n

describe('approval passwords are guarded like sign-in', () => {
  it('wrong approver passwords are counted, audited and lock the approver after five', async () => {
    const { core, addStaff } = await setUpCore(tmp.dir)
    await addStaff('super1', 'supervisor')
    for (let i = 1; i <= 5; i++) {
      const refused = await unlockAccount(core, 'admin', { username: 'super1', password: 'wrong999' })
      expect(refused).toMatchObject({ ok: false, error: { code: i < 5 ? 'APPROVAL_REJECTED' : 'APPROVER_LOCKED' } })
    }
    expect(auditCount(core, 'audit.approvalRejected')).toBe(5)
    expect(auditCount(core, 'audit.signInFailed')).toBe(0)
    expect(auditCount(core, 'audit.accountLocked')).toBe(1)
    // The same lock as sign-in: even the right password is refused now, at sign-in and as approver.
    expect(await clientOf(core).attempt.staff.signIn({ username: 'super1', password: 'pass1234' })).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT_LOCKED' }
    })
    expect(await unlockAccount(core, 'admin', { username: 'super1', password: 'pass1234' })).toMatchObject({
      ok: false,
      error: { code: 'APPROVER_LOCKED' }
    })
    core.close()
  })

  it('a right password with the wrong role answers exactly like a wrong password, and is audited', async () => {
    const { core, addStaff } = await setUpCore(tmp.dir)
    await addStaff('cashier1', 'cashier')
    const wrongRole = await unlockAccount(core, 'admin', { username: 'cashier1', password: 'pass1234' })
    const wrongPassword = await unlockAccount(core, 'admin', { username: 'cashier1', password: 'wrong999' })
    expect(wrongRole.ok).toBe(false)
    expect(wrongRole).toEqual(wrongPassword)
    expect(wrongRole).toMatchObject({
      error: { code: 'APPROVAL_REJECTED', message: '审批人用户名或密码错误，或其角色不能审批此操作' }
    })
    expect(auditCount(core, 'audit.approvalRejected')).toBe(2)
    core.close()
  })

  it('procedures anyone may call are rate-limited', async () => {
    const { core } = await setUpCore(tmp.dir)
    let limited: unknown = null
    for (let i = 0; i < 40 && !limited; i++) {
      const result = await clientOf(core).attempt.staff.signIn({ username: 'nobody', password: 'x' })
      if (!result.ok && result.error.code === 'RATE_LIMITED') limited = result
    }
    expect(limited).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', message: '尝试过于频繁，请一分钟后再试' }
    })
    core.close()
  })
})

describe('sign-in does not tell which user names exist', () => {
  async function coreCountingVerify() {
    const stored: string[] = []
    const passwords: PasswordHasher = {
      hash: (password) => testPasswords.hash(password),
      verify: (password, hash) => {
        stored.push(hash)
        return testPasswords.verify(password, hash)
      }
    }
    const core = await Core.start({
      dataDir: tmp.dir,
      version: '0.0.0-test',
      now: testClock().now,
      randomToken: () => randomUUID(),
      passwords
    })
    await clientOf(core).setup.initialize({
      companyName: '公司',
      estateName: '小区',
      counterName: '前台',
      admin: ADMIN
    })
    return { core, stored }
  }

  it('an unknown name and a wrong password get the same answer, attempt after attempt', async () => {
    const { core } = await coreCountingVerify()
    for (let i = 0; i < 6; i++) {
      const unknown = await clientOf(core).attempt.staff.signIn({ username: 'ghost', password: 'wrong999' })
      const real = await clientOf(core).attempt.staff.signIn({ username: ADMIN.username, password: 'wrong999' })
      expect(unknown.ok).toBe(false)
      expect(unknown).toEqual(real)
    }
    core.close()
  })

  it('an unknown name is checked once against a hash of the real cost', async () => {
    const { core, stored } = await coreCountingVerify()
    stored.length = 0
    await clientOf(core).attempt.staff.signIn({ username: 'ghost', password: 'wrong999' })
    expect(stored).toHaveLength(1)
    const admin = core.store.sqlite.prepare('SELECT password_hash AS h FROM staff').get() as { h: string }
    const params = (hash: string) => hash.split('$')[1]
    const keyBytes = (hash: string) => Buffer.from(hash.split('$')[3]!, 'base64').length
    expect(params(stored[0]!)).toBe(params(admin.h))
    expect(keyBytes(stored[0]!)).toBe(keyBytes(admin.h))
    core.close()
  })
})

describe('an administrator-set password must be changed first', () => {
  it('answers PASSWORD_CHANGE_REQUIRED to everything but the change-password flow', async () => {
    const { core, addStaff, signIn } = await setUpCore(tmp.dir)
    await addStaff('admin2', 'admin', 'pass1234', true)
    const token = await signIn('admin2', 'pass1234')
    const blocked = await clientOf(core, token).attempt.settings.get({})
    expect(blocked).toMatchObject({
      ok: false,
      error: { code: 'PASSWORD_CHANGE_REQUIRED', message: '管理员设置的初始密码须先修改，修改后才能继续操作' }
    })
    expect(await clientOf(core, token).staff.me({})).toMatchObject({ mustChangePassword: true })
    await clientOf(core, token).staff.changePassword({ currentPassword: 'pass1234', newPassword: 'better123' })
    await clientOf(core, token).settings.get({})
    core.close()
  })
})
