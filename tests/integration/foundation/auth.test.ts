import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ADMIN, expectOk, setUpCore, startTestCore, tempDir, testClock } from '../../helpers/core'

let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

describe('first run and sign-in', () => {
  it('an empty data folder asks for setup, and setup happens only once', async () => {
    const { core } = await startTestCore(tmp.dir)
    expect(expectOk(await core.call('system.status', {}))).toMatchObject({ mode: 'setup' })
    const setup = { companyName: '公司', estateName: '小区', counterName: '前台', admin: ADMIN }
    expectOk(await core.call('setup.initialize', setup))
    expect(expectOk(await core.call('system.status', {}))).toMatchObject({ mode: 'ready', estateName: '小区' })
    const again = await core.call('setup.initialize', setup)
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_SET_UP', message: '系统已完成初始设置' } })
    core.close()
  })

  it('setup refuses a weak administrator password and writes nothing', async () => {
    const { core } = await startTestCore(tmp.dir)
    const result = await core.call('setup.initialize', {
      companyName: '公司', estateName: '小区', counterName: '前台', admin: { ...ADMIN, password: 'short' }
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'WEAK_PASSWORD' } })
    expect(expectOk(await core.call('system.status', {}))).toMatchObject({ mode: 'setup' })
    core.close()
  })

  it('signing in opens a shift at this counter, and signing in again resumes it', async () => {
    const { core, signIn } = await setUpCore(tmp.dir)
    const token = await signIn(ADMIN.username, ADMIN.password)
    const me = expectOk(await core.call('staff.me', {}, { session: token })) as { shift: { id: number; counterName: string } }
    expect(me.shift.counterName).toBe('一号前台')
    const again = expectOk(await core.call('staff.signIn', { username: ADMIN.username, password: ADMIN.password })) as { me: { shift: { id: number; resumed: boolean } } }
    expect(again.me.shift).toMatchObject({ id: me.shift.id, resumed: true })
    core.close()
  })

  it('a wrong password says so in Chinese with the attempts left; the fifth locks for 15 minutes and the sixth is refused as locked', async () => {
    const clock = testClock()
    const { core, addStaff } = await setUpCore(tmp.dir, clock)
    await addStaff('clerk1', 'clerk', 'demo1234')
    const wrong = { username: 'clerk1', password: 'nope12345' }
    const first = await core.call('staff.signIn', wrong)
    expect(first).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS', message: '用户名或密码错误（还可尝试 4 次）' } })
    for (let i = 0; i < 3; i++) await core.call('staff.signIn', wrong)
    const fifth = await core.call('staff.signIn', wrong)
    expect(fifth).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } })
    const sixth = await core.call('staff.signIn', { username: 'clerk1', password: 'demo1234' })
    expect(sixth).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } })
    expect(sixth.ok ? '' : sixth.error.message).toMatch(/账户已锁定/)
    clock.advanceMinutes(16)
    expectOk(await core.call('staff.signIn', { username: 'clerk1', password: 'demo1234' }))
    const rows = core.store.sqlite.prepare(`select summary_key from audit_log where summary_key like 'audit.account%'`).all()
    expect(rows).toHaveLength(1)
    core.close()
  })

  it('a supervisor lifts a lockout on the spot; a clerk cannot approve it and the approver is recorded', async () => {
    const { core, addStaff } = await setUpCore(tmp.dir)
    await addStaff('clerk1', 'clerk', 'demo1234')
    await addStaff('clerk2', 'clerk', 'demo1234')
    await addStaff('super', 'supervisor', 'demo1234')
    for (let i = 0; i < 5; i++) await core.call('staff.signIn', { username: 'clerk1', password: 'bad00000' })
    const meta = { requestId: 'req-unlock-0001' }
    expect(await core.call('staff.unlockAccount', { username: 'clerk1' }, meta)).toMatchObject({
      ok: false,
      error: { code: 'APPROVAL_REQUIRED', message: '此操作需要客服主管或管理处主任现场审批' }
    })
    const byClerk = await core.call('staff.unlockAccount', { username: 'clerk1' }, { ...meta, approval: { username: 'clerk2', password: 'demo1234' } })
    expect(byClerk).toMatchObject({ ok: false, error: { code: 'APPROVAL_REJECTED' } })
    const wrongPassword = await core.call('staff.unlockAccount', { username: 'clerk1' }, { ...meta, approval: { username: 'super', password: 'x' } })
    expect(wrongPassword).toMatchObject({ ok: false, error: { code: 'APPROVAL_REJECTED' } })
    expectOk(await core.call('staff.unlockAccount', { username: 'clerk1' }, { ...meta, approval: { username: 'super', password: 'demo1234' } }))
    expectOk(await core.call('staff.signIn', { username: 'clerk1', password: 'demo1234' }))
    const row = core.store.sqlite
      .prepare(`select a.approver_id, s.username from audit_log a join staff s on s.id = a.approver_id where a.procedure = 'staff.unlockAccount'`)
      .get()
    expect(row).toMatchObject({ username: 'super' })
    core.close()
  })

  it('an idle session locks itself; only the same password unlocks it and the work goes on', async () => {
    const clock = testClock()
    const { core, signIn } = await setUpCore(tmp.dir, clock)
    const token = await signIn(ADMIN.username, ADMIN.password)
    clock.advanceMinutes(11)
    expect(await core.call('staff.me', {}, { session: token })).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } })
    expect(await core.call('staff.unlock', { password: 'wrong' }, { session: token })).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } })
    expectOk(await core.call('staff.unlock', { password: ADMIN.password }, { session: token }))
    expectOk(await core.call('staff.me', {}, { session: token }))
    core.close()
  })

  it('a clerk may not manage staff; an admin may, and a disabled account cannot sign in', async () => {
    const { core, signIn, addStaff, mutate, adminToken } = await setUpCore(tmp.dir)
    await addStaff('clerk1', 'clerk', 'demo1234')
    const clerkToken = await signIn('clerk1', 'demo1234')
    const forbidden = await mutate('staff.create', { username: 'x1', displayName: 'x', role: 'clerk', password: 'abcd1234' }, clerkToken)
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '您的角色（客服管理员）无权执行此操作' } })
    const list = expectOk(await core.call('staff.list', {}, { session: adminToken })) as { id: number; username: string }[]
    const clerk = list.find((s) => s.username === 'clerk1')!
    expectOk(await mutate('staff.setActive', { id: clerk.id, active: false }, adminToken))
    expect(await core.call('staff.me', {}, { session: clerkToken })).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } })
    expect(await core.call('staff.signIn', { username: 'clerk1', password: 'demo1234' })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_DISABLED' } })
    core.close()
  })

  it('the last active administrator cannot be disabled or demoted', async () => {
    const { core, mutate, adminToken } = await setUpCore(tmp.dir)
    const me = expectOk(await core.call('staff.me', {}, { session: adminToken })) as { id: number }
    expect(await mutate('staff.setActive', { id: me.id, active: false }, adminToken)).toMatchObject({ ok: false, error: { code: 'LAST_ADMIN' } })
    expect(await mutate('staff.update', { id: me.id, displayName: 'x', role: 'clerk' }, adminToken)).toMatchObject({ ok: false, error: { code: 'LAST_ADMIN' } })
    core.close()
  })

  it('a new account must change the password the administrator gave it', async () => {
    const { core, signIn, addStaff } = await setUpCore(tmp.dir)
    await addStaff('clerk1', 'clerk', 'demo1234', true)
    const token = await signIn('clerk1', 'demo1234')
    expect(expectOk(await core.call('staff.me', {}, { session: token }))).toMatchObject({ mustChangePassword: true })
    expect(await core.call('staff.changePassword', { currentPassword: 'demo1234', newPassword: 'short' }, { session: token })).toMatchObject({
      ok: false, error: { code: 'WEAK_PASSWORD' }
    })
    expectOk(await core.call('staff.changePassword', { currentPassword: 'demo1234', newPassword: 'better123' }, { session: token }))
    expect(expectOk(await core.call('staff.me', {}, { session: token }))).toMatchObject({ mustChangePassword: false })
    expectOk(await core.call('staff.signIn', { username: 'clerk1', password: 'better123' }))
    core.close()
  })
})
