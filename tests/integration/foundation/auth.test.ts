import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ADMIN, setUpCore, startTestCore, tempDir, testClock } from '../../helpers/core'
import { clientOf } from '../../helpers/client'

let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

describe('first run and sign-in', () => {
  it('an empty data folder asks for setup, and setup happens only once', async () => {
    const { core } = await startTestCore(tmp.dir)
    expect(await clientOf(core).system.status({})).toMatchObject({ mode: 'setup' })
    const setup = { companyName: '公司', estateName: '小区', counterName: '前台', admin: ADMIN }
    await clientOf(core).setup.initialize(setup)
    expect(await clientOf(core).system.status({})).toMatchObject({ mode: 'ready', estateName: '小区' })
    const again = await clientOf(core).attempt.setup.initialize(setup)
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_SET_UP', message: '系统已完成初始设置' } })
    core.close()
  })

  it('setup refuses a weak administrator password and writes nothing', async () => {
    const { core } = await startTestCore(tmp.dir)
    const result = await clientOf(core).attempt.setup.initialize({
      companyName: '公司',
      estateName: '小区',
      counterName: '前台',
      admin: { ...ADMIN, password: 'short' }
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'WEAK_PASSWORD' } })
    expect(await clientOf(core).system.status({})).toMatchObject({ mode: 'setup' })
    core.close()
  })

  it('signing in opens a shift at this counter, and signing in again resumes it', async () => {
    const { core, signIn } = await setUpCore(tmp.dir)
    const token = await signIn(ADMIN.username, ADMIN.password)
    const me = await clientOf(core, token).staff.me({})
    expect(me.shift.counterName).toBe('一号前台')
    const again = await clientOf(core).staff.signIn({ username: ADMIN.username, password: ADMIN.password })
    expect(again.me.shift).toMatchObject({ id: me.shift.id, resumed: true })
    core.close()
  })

  it('a wrong password says so in Chinese with the attempts left; the fifth locks for 15 minutes and the sixth is refused as locked', async () => {
    const clock = testClock()
    const { core, addStaff } = await setUpCore(tmp.dir, clock)
    await addStaff('clerk1', 'clerk', 'demo1234')
    const wrong = { username: 'clerk1', password: 'nope12345' }
    const first = await clientOf(core).attempt.staff.signIn(wrong)
    expect(first).toMatchObject({
      ok: false,
      error: { code: 'BAD_CREDENTIALS', message: '用户名或密码错误（还可尝试 4 次）' }
    })
    for (let i = 0; i < 3; i++) await clientOf(core).attempt.staff.signIn(wrong)
    const fifth = await clientOf(core).attempt.staff.signIn(wrong)
    expect(fifth).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } })
    const sixth = await clientOf(core).attempt.staff.signIn({ username: 'clerk1', password: 'demo1234' })
    expect(sixth).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } })
    expect(sixth.ok ? '' : sixth.error.message).toMatch(/账户已锁定/)
    clock.advanceMinutes(16)
    await clientOf(core).staff.signIn({ username: 'clerk1', password: 'demo1234' })
    const rows = core.store.sqlite
      .prepare(`select summary_key from audit_log where summary_key like 'audit.account%'`)
      .all()
    expect(rows).toHaveLength(1)
    core.close()
  })

  it('a supervisor lifts a lockout on the spot; a clerk cannot approve it and the approver is recorded', async () => {
    const { core, addStaff } = await setUpCore(tmp.dir)
    await addStaff('clerk1', 'clerk', 'demo1234')
    await addStaff('clerk2', 'clerk', 'demo1234')
    await addStaff('super', 'supervisor', 'demo1234')
    for (let i = 0; i < 5; i++) await clientOf(core).attempt.staff.signIn({ username: 'clerk1', password: 'bad00000' })
    const meta = { requestId: 'req-unlock-0001' }
    expect(await clientOf(core).attempt.staff.unlockAccount({ username: 'clerk1' }, meta)).toMatchObject({
      ok: false,
      error: { code: 'APPROVAL_REQUIRED', message: '此操作需要客服主管或管理处主任现场审批' }
    })
    const byClerk = await clientOf(core).attempt.staff.unlockAccount(
      { username: 'clerk1' },
      { ...meta, approval: { username: 'clerk2', password: 'demo1234' } }
    )
    expect(byClerk).toMatchObject({ ok: false, error: { code: 'APPROVAL_REJECTED' } })
    const wrongPassword = await clientOf(core).attempt.staff.unlockAccount(
      { username: 'clerk1' },
      { ...meta, approval: { username: 'super', password: 'x' } }
    )
    expect(wrongPassword).toMatchObject({ ok: false, error: { code: 'APPROVAL_REJECTED' } })
    await clientOf(core).staff.unlockAccount(
      { username: 'clerk1' },
      { ...meta, approval: { username: 'super', password: 'demo1234' } }
    )
    await clientOf(core).staff.signIn({ username: 'clerk1', password: 'demo1234' })
    const row = core.store.sqlite
      .prepare(
        `select a.approver_id, s.username from audit_log a join staff s on s.id = a.approver_id where a.procedure = 'staff.unlockAccount'`
      )
      .get()
    expect(row).toMatchObject({ username: 'super' })
    core.close()
  })

  it('an idle session locks itself; only the same password unlocks it and the work goes on', async () => {
    const clock = testClock()
    const { core, signIn } = await setUpCore(tmp.dir, clock)
    const token = await signIn(ADMIN.username, ADMIN.password)
    clock.advanceMinutes(11)
    expect(await clientOf(core, token).attempt.staff.me({})).toMatchObject({
      ok: false,
      error: { code: 'SESSION_LOCKED' }
    })
    expect(await clientOf(core, token).attempt.staff.unlock({ password: 'wrong' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_CREDENTIALS' }
    })
    await clientOf(core, token).staff.unlock({ password: ADMIN.password })
    await clientOf(core, token).staff.me({})
    core.close()
  })

  it('a clerk may not manage staff; an admin may, and a disabled account cannot sign in', async () => {
    const { core, signIn, addStaff, adminToken } = await setUpCore(tmp.dir)
    await addStaff('clerk1', 'clerk', 'demo1234')
    const clerkToken = await signIn('clerk1', 'demo1234')
    const forbidden = await clientOf(core, clerkToken).attempt.staff.create({
      username: 'x1',
      displayName: 'x',
      role: 'clerk',
      password: 'abcd1234'
    })
    expect(forbidden).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '您的角色（客服管理员）无权执行此操作' }
    })
    const list = await clientOf(core, adminToken).staff.list({})
    const clerk = list.find((s) => s.username === 'clerk1')!
    await clientOf(core, adminToken).staff.setActive({ id: clerk.id, active: false })
    expect(await clientOf(core, clerkToken).attempt.staff.me({})).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' }
    })
    expect(await clientOf(core).attempt.staff.signIn({ username: 'clerk1', password: 'demo1234' })).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT_DISABLED' }
    })
    core.close()
  })

  it('the last active administrator cannot be disabled or demoted', async () => {
    const { core, adminToken } = await setUpCore(tmp.dir)
    const me = await clientOf(core, adminToken).staff.me({})
    expect(await clientOf(core, adminToken).attempt.staff.setActive({ id: me.id, active: false })).toMatchObject({
      ok: false,
      error: { code: 'LAST_ADMIN' }
    })
    expect(
      await clientOf(core, adminToken).attempt.staff.update({ id: me.id, displayName: 'x', role: 'clerk' })
    ).toMatchObject({ ok: false, error: { code: 'LAST_ADMIN' } })
    core.close()
  })

  it('a new account must change the password the administrator gave it', async () => {
    const { core, signIn, addStaff } = await setUpCore(tmp.dir)
    await addStaff('clerk1', 'clerk', 'demo1234', true)
    const token = await signIn('clerk1', 'demo1234')
    expect(await clientOf(core, token).staff.me({})).toMatchObject({ mustChangePassword: true })
    expect(
      await clientOf(core, token).attempt.staff.changePassword({ currentPassword: 'demo1234', newPassword: 'short' })
    ).toMatchObject({
      ok: false,
      error: { code: 'WEAK_PASSWORD' }
    })
    await clientOf(core, token).staff.changePassword({ currentPassword: 'demo1234', newPassword: 'better123' })
    expect(await clientOf(core, token).staff.me({})).toMatchObject({ mustChangePassword: false })
    await clientOf(core).staff.signIn({ username: 'clerk1', password: 'better123' })
    core.close()
  })
})
