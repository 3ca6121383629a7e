import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Core } from '../../../electron/main/core/core'
import { setUpCore, tempDir } from '../../helpers/core'
import { clientOf } from '../../helpers/client'

let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

type Approval = { username: string; password: string }
const unlockAccount = (core: Core, approval: Approval, token?: string) =>
  clientOf(core, token).attempt.staff.unlockAccount({ username: 'admin' }, { requestId: randomUUID(), approval })

interface AuditRow {
  staff_id: number | null
  procedure: string
  summary_key: string
  summary_params: string
}
const auditRows = (core: Core, key: string) =>
  core.store.sqlite
    .prepare('SELECT staff_id, procedure, summary_key, summary_params FROM audit_log WHERE summary_key = ? ORDER BY id')
    .all(key) as AuditRow[]
const failedAttempts = (core: Core, username: string) =>
  (
    core.store.sqlite.prepare('SELECT failed_attempts AS n FROM staff WHERE username = ?').get(username) as {
      n: number
    }
  ).n

describe('approval credentials are counted and locked like sign-in', () => {
  it('the 6th wrong approval password is refused as locked, and every refusal is audited with who asked and for what', async () => {
    const { core, addStaff, signIn } = await setUpCore(tmp.dir)
    await addStaff('super1', 'supervisor')
    await addStaff('clerk1', 'clerk')
    const clerk = await signIn('clerk1', 'pass1234')
    const answers = []
    for (let i = 0; i < 6; i++)
      answers.push(await unlockAccount(core, { username: 'super1', password: 'wrong999' }, clerk))
    expect(answers.slice(0, 4).every((a) => !a.ok && a.error.code === 'APPROVAL_REJECTED')).toBe(true)
    for (const locked of answers.slice(4)) {
      expect(locked).toMatchObject({
        ok: false,
        error: {
          code: 'APPROVER_LOCKED',
          message: expect.stringMatching(/^审批人账户因密码连续输错已锁定，请于 \d\d:\d\d 后再试/)
        }
      })
    }
    const refused = auditRows(core, 'audit.approvalRejected')
    expect(refused).toHaveLength(6)
    const clerkId = (
      core.store.sqlite.prepare("SELECT id FROM staff WHERE username = 'clerk1'").get() as { id: number }
    ).id
    for (const row of refused) {
      expect(row).toMatchObject({ staff_id: clerkId, procedure: 'staff.unlockAccount' })
      expect(JSON.parse(row.summary_params)).toEqual({ username: 'super1' })
    }
    expect(auditRows(core, 'audit.accountLocked')).toHaveLength(1)
    // The same lock as sign-in: the right password no longer signs in either.
    const signInLocked = await clientOf(core).attempt.staff.signIn({ username: 'super1', password: 'pass1234' })
    expect(signInLocked).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } })
    core.close()
  })

  it('sign-in failures and approval failures fill one counter per account', async () => {
    const { core, addStaff } = await setUpCore(tmp.dir)
    await addStaff('super1', 'supervisor')
    for (let i = 0; i < 3; i++) await clientOf(core).attempt.staff.signIn({ username: 'super1', password: 'wrong999' })
    await unlockAccount(core, { username: 'super1', password: 'wrong999' })
    const fifth = await unlockAccount(core, { username: 'super1', password: 'wrong999' })
    expect(fifth).toMatchObject({ ok: false, error: { code: 'APPROVER_LOCKED' } })
    core.close()
  })

  it('the lock ends after the same 15 minutes as a sign-in lock', async () => {
    const { core, addStaff, clock } = await setUpCore(tmp.dir)
    await addStaff('super1', 'supervisor')
    for (let i = 0; i < 5; i++) await unlockAccount(core, { username: 'super1', password: 'wrong999' })
    clock.advanceMinutes(14)
    expect(await unlockAccount(core, { username: 'super1', password: 'pass1234' })).toMatchObject({
      ok: false,
      error: { code: 'APPROVER_LOCKED' }
    })
    clock.advanceMinutes(2)
    expect(await unlockAccount(core, { username: 'super1', password: 'pass1234' })).toMatchObject({ ok: true })
    core.close()
  })

  it('a right password with the wrong role answers like a wrong password, and counts like one', async () => {
    const { core, addStaff } = await setUpCore(tmp.dir)
    await addStaff('cashier1', 'cashier')
    await addStaff('cashier2', 'cashier')
    for (let i = 0; i < 5; i++) {
      const wrongRole = await unlockAccount(core, { username: 'cashier1', password: 'pass1234' })
      const wrongPassword = await unlockAccount(core, { username: 'cashier2', password: 'wrong999' })
      expect(wrongRole.ok).toBe(false)
      // Attempt after attempt, including the one that locks: nothing tells the two apart.
      expect(wrongRole).toEqual(wrongPassword)
    }
    expect(auditRows(core, 'audit.approvalRejected')).toHaveLength(10)
    core.close()
  })

  it('an unknown approver name answers exactly like a real one with a wrong password, lock included', async () => {
    const { core, addStaff } = await setUpCore(tmp.dir)
    await addStaff('super1', 'supervisor')
    for (let i = 0; i < 6; i++) {
      const unknown = await unlockAccount(core, { username: 'nobody', password: 'wrong999' })
      const real = await unlockAccount(core, { username: 'super1', password: 'wrong999' })
      expect(unknown.ok).toBe(false)
      expect(unknown).toEqual(real)
    }
    core.close()
  })

  it('an approval that is used starts the count again, as a good sign-in does', async () => {
    const { core, addStaff } = await setUpCore(tmp.dir)
    await addStaff('super1', 'supervisor')
    for (let i = 0; i < 4; i++) await unlockAccount(core, { username: 'super1', password: 'wrong999' })
    expect(failedAttempts(core, 'super1')).toBe(4)
    expect(await unlockAccount(core, { username: 'super1', password: 'pass1234' })).toMatchObject({ ok: true })
    expect(failedAttempts(core, 'super1')).toBe(0)
    core.close()
  })

  it('an approver still on an administrator-set password approves nothing, and the refusal is audited', async () => {
    const { core, addStaff } = await setUpCore(tmp.dir)
    await addStaff('super1', 'supervisor', 'pass1234', true)
    expect(await unlockAccount(core, { username: 'super1', password: 'pass1234' })).toMatchObject({
      ok: false,
      error: {
        code: 'APPROVER_PASSWORD_CHANGE_REQUIRED',
        message: '审批人须先用自己的账户登录，修改管理员设置的初始密码后才能审批'
      }
    })
    expect(auditRows(core, 'audit.approvalRejected')).toHaveLength(1)
    expect(failedAttempts(core, 'super1')).toBe(0)
    core.close()
  })
})

describe('procedures callable without a session are rate-limited', () => {
  it('staff.unlockAccount: a spray of approvals is cut off after 30 a minute', async () => {
    const { core } = await setUpCore(tmp.dir)
    const codes: string[] = []
    for (let i = 0; i < 32; i++) {
      const result = await unlockAccount(core, { username: `spray${i}`, password: 'wrong999' })
      if (!result.ok) codes.push(result.error.code)
    }
    expect(codes.slice(0, 30).every((c) => c === 'APPROVAL_REJECTED')).toBe(true)
    expect(codes.slice(30)).toEqual(['RATE_LIMITED', 'RATE_LIMITED'])
    // Refused before any password was checked: nothing audited for the limited calls.
    expect(auditRows(core, 'audit.approvalRejected')).toHaveLength(30)
    core.close()
  })

  it('system.status answers a screen that asks now and then, but not a flood', async () => {
    const { core } = await setUpCore(tmp.dir)
    let first = -1
    for (let i = 0; i < 320 && first < 0; i++) {
      const result = await core.call('system.status', {}, {})
      if (!result.ok && result.error.code === 'RATE_LIMITED') first = i
    }
    expect(first).toBe(300)
    // Signed-in procedures are not affected by the public limit.
    expect(await core.call('staff.me', {}, {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } })
    core.close()
  })
})
