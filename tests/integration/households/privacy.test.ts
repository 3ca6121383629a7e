// The counter's time zone: due dates are China's calendar days.
process.env.TZ = 'Asia/Shanghai'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { KeySetView } from '../../../shared/keys/api'
import { tempDir } from '../../helpers/core'
import { setUpEstate } from '../../helpers/estate'
import { feesFixture } from '../../helpers/fees-fixture'

let tmp: ReturnType<typeof tempDir>
let env: Awaited<ReturnType<typeof setUpEstate>>
let clerk: string, cashier: string, supervisor: string
let A: number, C: number

beforeEach(async () => {
  tmp = tempDir()
  env = await setUpEstate(tmp.dir)
  for (const [name, role] of [
    ['clerk1', 'clerk'],
    ['cash1', 'cashier'],
    ['super1', 'supervisor']
  ] as const)
    await env.addStaff(name, role)
  clerk = await env.signIn('clerk1', 'pass1234')
  cashier = await env.signIn('cash1', 'pass1234')
  supervisor = await env.signIn('super1', 'pass1234')
  ;({ r3_2_1502: A, r5_1_101: C } = env.rooms)
  // Today is 2026-11-22 (the test clock): 3-2-1502 (张三) owes October; 5-1-101 owes nothing past due.
  const fx = feesFixture(env.core.store.sqlite)
  fx.receivable({ roomId: A, itemId: fx.item('物业管理费'), period: '2026-10', amountFen: 22265 })
})
afterEach(() => {
  env.core.close()
  tmp.cleanup()
})

const timeline = (roomId: number) => env.admin.households.timeline({ roomId, limit: 50 })
const summaries = async (roomId: number, prefix: string) =>
  (await timeline(roomId)).filter((e) => e.summary.startsWith(prefix)).map((e) => e.summary)
const list = async (token: string) => await env.clientFor(token).arrears.list({ sort: 'amount' })

describe('phones for 催缴 calls', () => {
  it('clerks and cashiers reveal the arrears contact in one action, each reveal on the room timeline', async () => {
    const row = (await list(clerk)).rows.find((r) => r.roomId === A)!
    expect(row.phoneMasked).toBe('139****5678')
    expect((await list(clerk)).mayCall).toBe(true)
    expect(await env.clientFor(clerk).attempt.arrears.revealPhone({ roomId: A })).toEqual({
      ok: true,
      data: { value: '13912345678', name: '张三' }
    })
    expect(await env.clientFor(cashier).attempt.arrears.revealPhone({ roomId: A })).toMatchObject({
      ok: true,
      data: { value: '13912345678' }
    })
    const rows = (await timeline(A)).filter((e) => e.summary === '催缴查看电话：张三')
    expect(rows.map((e) => e.staffName).sort()).toEqual(['cash1', 'clerk1'].sort())
  })

  it('a role outside the setting is refused, and the refusal is audited too', async () => {
    expect((await list(env.adminToken)).mayCall).toBe(false)
    expect(await env.admin.attempt.arrears.revealPhone({ roomId: A })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(await summaries(A, '拒绝查看')).toEqual(['拒绝查看催缴电话：张三（系统管理员无权查看）'])
    expect(await summaries(A, '催缴查看电话')).toEqual([])
  })

  it('which roles may call is a setting; those who may reveal anything may also call', async () => {
    const settings = await env.admin.settings.get({})
    expect(settings.callRevealRoles).toEqual(['clerk', 'cashier'])
    await env.admin.settings.update({ ...settings, callRevealRoles: ['cashier'] })
    expect((await list(clerk)).mayCall).toBe(false)
    expect(await env.clientFor(clerk).attempt.arrears.revealPhone({ roomId: A })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(await env.clientFor(cashier).attempt.arrears.revealPhone({ roomId: A })).toMatchObject({ ok: true })
    expect(await env.clientFor(supervisor).attempt.arrears.revealPhone({ roomId: A })).toMatchObject({ ok: true })
  })

  it('only for a room that owes past due: no phone is revealed for a room that owes nothing', async () => {
    expect(await env.clientFor(clerk).attempt.arrears.revealPhone({ roomId: C })).toMatchObject({
      ok: false,
      error: { code: 'NO_ARREARS', message: '该房屋目前没有逾期欠费，不能为催缴查看电话' }
    })
    expect(await summaries(C, '催缴查看电话')).toEqual([])
  })

  it('a refused reveal on the household file is audited as well', async () => {
    const zhang = (await env.admin.households.get({ roomId: A })).current[0]!.person
    expect(await env.clientFor(clerk).attempt.privacy.reveal({ personId: zhang.id, field: 'idNumber' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(await summaries(A, '拒绝查看')).toEqual(['拒绝查看证件号码：张三（客服管理员无权查看）'])
  })
})

describe('key borrowers’ phones', () => {
  const WANG = {
    name: '王师傅',
    phone: '13700001111',
    idTail: '123456',
    relation: '装修工人',
    purposes: ['renovation' as const],
    validFrom: '2026-11-20',
    validTo: '2026-12-31'
  }

  async function deposit(): Promise<KeySetView> {
    const cabinet = await env.admin.keys.saveCabinet({ name: 'A 柜', rows: 2, columns: 2 })
    const zhang = (await env.admin.households.get({ roomId: A })).current[0]!.person
    const input = {
      roomId: A,
      depositorId: zhang.id,
      pieces: [{ kind: 'door' as const, count: 2 }],
      purpose: 'renovation' as const,
      cabinetId: cabinet.id,
      hookRow: 1,
      hookColumn: 1,
      authorized: [WANG]
    }
    return await env.clientFor(clerk).keys.deposit(input)
  }

  it('masked in the list and the detail; the roles that lend keys reveal them, audited on the room', async () => {
    const set = await deposit()
    expect(set.authorizations[0]!.phoneMasked).toBe('137****1111')
    const lent = await env.clientFor(clerk).keys.borrow({
      keySetId: set.id,
      personName: '王师傅',
      idTail: '123456',
      purpose: 'renovation',
      expectedReturnAt: '2026-11-22T09:00:00.000Z'
    })
    expect(lent.borrow).toMatchObject({ personName: '王师傅', phoneMasked: '137****1111' })
    expect(JSON.stringify(lent)).not.toContain('13700001111')
    expect(
      await env
        .clientFor(clerk)
        .attempt.privacy.revealKeyPhone({ source: 'authorization', id: set.authorizations[0]!.id })
    ).toEqual({ ok: true, data: { value: '13700001111', name: '王师傅' } })
    expect(
      await env.clientFor(cashier).attempt.privacy.revealKeyPhone({ source: 'movement', id: lent.borrow!.movementId })
    ).toMatchObject({ ok: true, data: { value: '13700001111' } })
    expect(await summaries(A, '查看钥匙借用人电话')).toEqual([
      `查看钥匙借用人电话：王师傅（${set.tagCode}）`,
      `查看钥匙借用人电话：王师傅（${set.tagCode}）`
    ])
  })

  it('refused to a role that does not lend keys (audited), and a deposit is no borrower', async () => {
    const set = await deposit()
    expect(
      await env.admin.attempt.privacy.revealKeyPhone({ source: 'authorization', id: set.authorizations[0]!.id })
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await summaries(A, '拒绝查看')).toEqual(['拒绝查看钥匙借用人电话：王师傅（系统管理员无权查看）'])
    const depositMovement = set.movements.find((m) => m.kind === 'deposit')!
    expect(
      await env.clientFor(clerk).attempt.privacy.revealKeyPhone({ source: 'movement', id: depositMovement.id })
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
