import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { expectOk, setUpCore, tempDir } from '../../helpers/core'

let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

const settings = (estateName: string) => ({
  companyName: '公司',
  estateName,
  counterName: '前台',
  idleLockMinutes: 10,
  revealRoles: ['supervisor' as const, 'manager' as const],
  receiptPrefix: 'SJ{year}'
})

describe('client request ids', () => {
  it('a repeated mutation returns the first result instead of acting twice', async () => {
    const { core, adminToken } = await setUpCore(tmp.dir)
    const meta = { session: adminToken, requestId: 'req-0000-0001' }
    const first = expectOk(await core.call('settings.update', settings('甲'), meta))
    const again = expectOk(await core.call('settings.update', settings('甲'), meta))
    expect(again).toEqual(first)
    expect(expectOk(await core.call('settings.get', {}, { session: adminToken }))).toMatchObject({ estateName: '甲' })
    const audits = core.store.sqlite
      .prepare(`SELECT count(*) AS n FROM audit_log WHERE procedure = 'settings.update'`)
      .get()
    expect(audits).toEqual({ n: 1 })
    core.close()
  })

  it('a repeated request id with another payload is a CONFLICT, not the first result', async () => {
    const { core, adminToken } = await setUpCore(tmp.dir)
    const meta = { session: adminToken, requestId: 'req-0000-0101' }
    expectOk(await core.call('settings.update', settings('甲'), meta))
    expect(await core.call('settings.update', settings('乙'), meta)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { requestId: 'req-0000-0101' } }
    })
    expect(expectOk(await core.call('settings.get', {}, { session: adminToken }))).toMatchObject({ estateName: '甲' })
    core.close()
  })

  it('another staff member replaying a request id is refused', async () => {
    const { core, adminToken, addStaff, signIn } = await setUpCore(tmp.dir)
    await addStaff('admin2', 'admin')
    const other = await signIn('admin2', 'pass1234')
    const meta = { requestId: 'req-0000-0102' }
    expectOk(await core.call('settings.update', settings('甲'), { ...meta, session: adminToken }))
    expect(await core.call('settings.update', settings('甲'), { ...meta, session: other })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
    core.close()
  })

  it('two concurrent submits with one request id act once', async () => {
    const { core, adminToken } = await setUpCore(tmp.dir)
    const meta = { session: adminToken, requestId: 'req-0000-0002' }
    const [a, b] = await Promise.all([
      core.call('settings.update', settings('丙'), meta),
      core.call('settings.update', settings('丙'), meta)
    ])
    expect(expectOk(a)).toEqual(expectOk(b))
    const audits = core.store.sqlite
      .prepare(`SELECT count(*) AS n FROM audit_log WHERE procedure = 'settings.update'`)
      .get()
    expect(audits).toEqual({ n: 1 })
    core.close()
  })

  it('a mutation without a request id is refused and changes nothing', async () => {
    const { core, adminToken } = await setUpCore(tmp.dir)
    const result = await core.call('settings.update', settings('丁'), { session: adminToken })
    expect(result).toMatchObject({ ok: false, error: { code: 'REQUEST_ID_REQUIRED' } })
    expect(expectOk(await core.call('settings.get', {}, { session: adminToken }))).toMatchObject({
      estateName: '幸福家园'
    })
    core.close()
  })

  it('every mutation writes an audit row naming the person and their shift', async () => {
    const { core, adminToken } = await setUpCore(tmp.dir)
    expectOk(await core.call('settings.update', settings('戊'), { session: adminToken, requestId: 'req-0000-0003' }))
    const row = core.store.sqlite
      .prepare(`SELECT staff_id, shift_id, request_id, summary_key FROM audit_log WHERE procedure = 'settings.update'`)
      .get() as Record<string, unknown>
    expect(row).toMatchObject({ request_id: 'req-0000-0003', summary_key: 'audit.settingsUpdate' })
    expect(row.staff_id).toBeTypeOf('number')
    expect(row.shift_id).toBeTypeOf('number')
    core.close()
  })

  it('messages follow the language of the person signed in', async () => {
    const { core, adminToken } = await setUpCore(tmp.dir)
    expectOk(await core.call('staff.setLocale', { locale: 'en' }, { session: adminToken, requestId: 'req-0000-0004' }))
    const result = await core.call(
      'settings.update',
      { ...settings('x'), idleLockMinutes: 0 },
      { session: adminToken, requestId: 'req-0000-0005' }
    )
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { idleLockMinutes: 'A whole number from 1 to 240' } } }
    })
    core.close()
  })
})
