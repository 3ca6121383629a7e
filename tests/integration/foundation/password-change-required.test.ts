import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { allProcedures } from '../../../shared/api'
import { setUpCore, tempDir } from '../../helpers/core'
import { clientOf } from '../../helpers/client'

let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

/** What the forced change-password screen needs (router.ts, ALLOWED_BEFORE_PASSWORD_CHANGE). */
const ALLOWED = ['staff.changePassword', 'staff.signOut', 'staff.me', 'staff.lock', 'staff.unlock', 'staff.setLocale']

describe('a staff member on an administrator-set password', () => {
  it('is refused everything but the change-password flow, with a clear code', async () => {
    const { core, addStaff, signIn } = await setUpCore(tmp.dir)
    await addStaff('admin2', 'admin', 'pass1234', true)
    const token = await signIn('admin2', 'pass1234')
    const guarded = allProcedures().filter((p) => p.access !== 'public' && !ALLOWED.includes(p.name))
    expect(guarded.length).toBeGreaterThan(50)
    for (const procedure of guarded) {
      const result = await core.call(procedure.name, {}, { session: token, requestId: randomUUID() })
      expect(result, procedure.name).toMatchObject({ ok: false, error: { code: 'PASSWORD_CHANGE_REQUIRED' } })
    }
    core.close()
  })

  it('a new cashier cannot take a payment until the password is changed, then can do everything', async () => {
    const { core, addStaff, signIn } = await setUpCore(tmp.dir)
    await addStaff('cashier1', 'cashier', 'start1234', true)
    const token = await signIn('cashier1', 'start1234')
    const payment = () => core.call('fees.pay', {}, { session: token, requestId: randomUUID() })
    expect(await payment()).toMatchObject({
      ok: false,
      error: { code: 'PASSWORD_CHANGE_REQUIRED', message: '管理员设置的初始密码须先修改，修改后才能继续操作' }
    })
    expect(await core.call('fees.pay', {}, { session: token, requestId: randomUUID(), locale: 'en' })).toMatchObject({
      error: { code: 'PASSWORD_CHANGE_REQUIRED' }
    })
    // What the forced dialog needs still answers.
    const client = clientOf(core, token)
    expect(await client.staff.me({})).toMatchObject({ username: 'cashier1', mustChangePassword: true })
    expect(await client.attempt.system.status({})).toMatchObject({ ok: true })
    await client.staff.setLocale({ locale: 'zh-TW' })
    await client.staff.setLocale({ locale: 'zh-CN' })

    await client.staff.changePassword({ currentPassword: 'start1234', newPassword: 'mine12345' })
    expect(await client.staff.me({})).toMatchObject({ mustChangePassword: false })
    // Now the payment reaches its own checks (the empty input is refused as input, not for the password).
    expect(await payment()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await client.attempt.fees.items({})).toMatchObject({ ok: true })
    core.close()
  })

  it('an administrator resetting a password puts its owner back behind the change', async () => {
    const { core, addStaff, signIn, admin } = await setUpCore(tmp.dir)
    await addStaff('clerk1', 'clerk')
    const id = (await admin.staff.list({})).find((s) => s.username === 'clerk1')!.id
    await admin.staff.resetPassword({ id, newPassword: 'reset1234' }, { requestId: randomUUID() })
    const token = await signIn('clerk1', 'reset1234')
    expect(await clientOf(core, token).attempt.settings.get({})).toMatchObject({
      ok: false,
      error: { code: 'PASSWORD_CHANGE_REQUIRED' }
    })
    core.close()
  })

  it('the signed-out and the locked answer as before: the session checks come first', async () => {
    const { core, addStaff, signIn } = await setUpCore(tmp.dir)
    await addStaff('clerk1', 'clerk', 'pass1234', true)
    const token = await signIn('clerk1', 'pass1234')
    await clientOf(core, token).staff.lock({})
    expect(await clientOf(core, token).attempt.settings.get({})).toMatchObject({ error: { code: 'SESSION_LOCKED' } })
    await clientOf(core, token).staff.unlock({ password: 'pass1234' })
    await clientOf(core, token).staff.signOut({})
    expect(await clientOf(core, token).attempt.settings.get({})).toMatchObject({ error: { code: 'NOT_SIGNED_IN' } })
    core.close()
  })

  it('a wrong current password counts toward the same lockout as sign-in', async () => {
    const { core, addStaff, signIn } = await setUpCore(tmp.dir)
    await addStaff('clerk1', 'clerk', 'start1234', true)
    const client = clientOf(core, await signIn('clerk1', 'start1234'))
    const change = () => client.attempt.staff.changePassword({ currentPassword: 'guess1234', newPassword: 'mine12345' })
    expect(await change()).toMatchObject({
      ok: false,
      error: {
        code: 'BAD_CREDENTIALS',
        message: '用户名或密码错误（还可尝试 4 次）',
        details: { field: 'currentPassword' }
      }
    })
    for (let i = 0; i < 3; i++) await change()
    expect(await change()).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } })
    // The lock signs the session out, as a lock at sign-in does.
    expect(await client.attempt.staff.me({})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } })
    core.close()
  })
})
