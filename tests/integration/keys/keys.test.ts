import { describe, expect, it } from 'vitest'
import type { ServiceContext } from '../../../electron/main/core/context'
import { newTagCode } from '../../../electron/main/services/keys/custody'
import { TAG_ALPHABET, tagFromToken } from '../../../electron/main/services/keys/records'
import {
  cabinet,
  clerkApi,
  depositRenovation,
  env,
  hook,
  personId,
  sqlite,
  WANG,
  type DepositInput
} from './keys-fixture'

describe('cabinets', () => {
  it('a cabinet shows every hook; supervisors and up set it up; names are unique', async () => {
    expect(cabinet).toMatchObject({ name: 'A 柜', rows: 3, columns: 4 })
    expect(cabinet.hooks).toHaveLength(12)
    expect(cabinet.hooks.every((h) => h.state === 'empty' && h.keySetId === null)).toBe(true)
    expect(cabinet.hooks[5]).toMatchObject({ row: 2, column: 2 })
    expect(await clerkApi.attempt.keys.saveCabinet({ name: 'B 柜', rows: 2, columns: 2 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(await env.admin.attempt.keys.saveCabinet({ name: 'A 柜', rows: 2, columns: 2 })).toMatchObject({
      ok: false,
      error: { code: 'CABINET_NAME_TAKEN', message: '钥匙柜“A 柜”已存在' }
    })
    expect(await clerkApi.keys.suggestHook({})).toEqual({ cabinetId: cabinet.id, row: 1, column: 1 })
  })

  it('a cabinet cannot shrink below a hook in use; it may grow or be renamed', async () => {
    await depositRenovation({ hookRow: 3, hookColumn: 4 })
    const shrink = await env.admin.attempt.keys.saveCabinet({ id: cabinet.id, name: 'A 柜', rows: 2, columns: 4 })
    expect(shrink).toMatchObject({
      ok: false,
      error: { code: 'CABINET_SHRINK', message: 'A 柜 缩小后，挂钩 3-4 上的钥匙将超出范围，不能缩小' }
    })
    const grown = await env.admin.keys.saveCabinet({ id: cabinet.id, name: '一号柜', rows: 4, columns: 5 })
    expect(grown.hooks).toHaveLength(20)
    expect(grown.hooks.find((h) => h.row === 3 && h.column === 4)).toMatchObject({ state: 'in' })
  })
})

describe('deposit', () => {
  it('gives the set a tag that does not reveal the room, a hook, and the authorised list', async () => {
    const set = await depositRenovation()
    expect(set.tagCode).toMatch(new RegExp(`^K[${TAG_ALPHABET}]{5}$`))
    expect(set.tagCode).not.toMatch(/1502/)
    expect(set).toMatchObject({
      roomCode: '3-2-1502',
      cabinetName: 'A 柜',
      hookRow: 2,
      hookColumn: 3,
      pieceCount: 3,
      purpose: 'renovation',
      depositorName: '张三',
      status: 'in',
      borrow: null,
      notes: '装修期间',
      pieces: [
        { kind: 'door', count: 2 },
        { kind: 'unitDoor', count: 1 }
      ]
    })
    expect(set.authorizations.map((a) => [a.name, a.phoneMasked, a.idTail, a.purposes, a.current])).toEqual([
      ['王师傅', '137****1111', '123456', ['renovation'], true],
      ['李师傅', '137****2222', '65432X', ['renovation'], true]
    ])
    expect(set.movements).toEqual([
      expect.objectContaining({ kind: 'deposit', personName: '张三', count: 3, staffName: 'clerk1' })
    ])
    expect(await hook(2, 3)).toMatchObject({
      state: 'in',
      keySetId: set.id,
      tagCode: set.tagCode,
      roomCode: '3-2-1502',
      pieces: 3
    })
    expect(await clerkApi.keys.suggestHook({ cabinetId: cabinet.id })).toEqual({
      cabinetId: cabinet.id,
      row: 1,
      column: 1
    })
  })

  it('the depositor must be an owner or an agent whose power of attorney runs today', async () => {
    const base: Omit<DepositInput, 'depositorId'> = {
      roomId: env.rooms.r3_1_101,
      pieces: [{ kind: 'door', count: 1 }],
      purpose: 'trusteeship',
      cabinetId: cabinet.id,
      hookRow: 1,
      hookColumn: 1
    }
    const tenant = await clerkApi.attempt.keys.deposit({
      ...base,
      depositorId: await personId(env.rooms.r3_1_101, '李四')
    })
    expect(tenant).toMatchObject({
      ok: false,
      error: {
        code: 'NOT_DEPOSITOR',
        message: '李四 不是 3-1-101 的业主，也不是委托书在有效期内的代理人，不能存入钥匙'
      }
    })
    const agent = (name: string, poaTo: string) =>
      env.admin.households.addRelation({
        roomId: env.rooms.r3_1_101,
        relation: 'agent',
        startedOn: '2026-01-01',
        person: { name, phones: ['13500001234'] },
        poaScope: '代办房屋事务',
        poaFrom: '2026-01-01',
        poaTo
      })
    await agent('周律师', '2026-11-21')
    await agent('吴代理', '2026-11-22')
    expect(
      await clerkApi.attempt.keys.deposit({ ...base, depositorId: await personId(env.rooms.r3_1_101, '周律师') })
    ).toMatchObject({ ok: false, error: { code: 'NOT_DEPOSITOR' } })
    const byAgent = await clerkApi.keys.deposit({ ...base, depositorId: await personId(env.rooms.r3_1_101, '吴代理') })
    expect(byAgent).toMatchObject({ depositorName: '吴代理', roomCode: '3-1-101', pieceCount: 1 })
    const byOwner = await clerkApi.keys.deposit({
      ...base,
      hookColumn: 2,
      depositorId: await personId(env.rooms.r3_1_101, '张晓兰')
    })
    expect(byOwner.tagCode).not.toBe(byAgent.tagCode)
  })

  it('a hook holds one key set; hooks outside the cabinet do not exist; dates of an authorisation must be in order', async () => {
    const first = await depositRenovation()
    const again = await clerkApi.attempt.keys.deposit({
      roomId: env.rooms.r3_2_1502,
      depositorId: await personId(env.rooms.r3_2_1502, '张三'),
      pieces: [{ kind: 'mailbox', count: 1 }],
      purpose: 'family',
      cabinetId: cabinet.id,
      hookRow: 2,
      hookColumn: 3
    })
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'HOOK_TAKEN', message: `A 柜 2-3 号挂钩已挂有钥匙 ${first.tagCode}，请选择空挂钩` }
    })
    const outside = await clerkApi.attempt.keys.deposit({
      roomId: env.rooms.r3_2_1502,
      depositorId: await personId(env.rooms.r3_2_1502, '张三'),
      pieces: [{ kind: 'mailbox', count: 1 }],
      purpose: 'family',
      cabinetId: cabinet.id,
      hookRow: 4,
      hookColumn: 1
    })
    expect(outside).toMatchObject({
      ok: false,
      error: { code: 'HOOK_OUT_OF_RANGE', message: 'A 柜 只有 3 行 × 4 列，没有 4-1 号挂钩' }
    })
    const badDates = await clerkApi.attempt.keys.deposit({
      roomId: env.rooms.r3_2_1502,
      depositorId: await personId(env.rooms.r3_2_1502, '张三'),
      pieces: [{ kind: 'mailbox', count: 1 }],
      purpose: 'family',
      cabinetId: cabinet.id,
      hookRow: 1,
      hookColumn: 1,
      authorized: [{ ...WANG, validFrom: '2026-12-01', validTo: '2026-11-01' }]
    })
    expect(badDates).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { 'authorized.0.validTo': '结束日期不能早于开始日期' } } }
    })
    // The database itself refuses a second set on an occupied hook.
    expect(() =>
      sqlite()
        .prepare(
          `INSERT INTO key_sets (tag_code, room_id, cabinet_id, hook_row, hook_column, pieces, piece_count, purpose, depositor_id, deposited_at) SELECT 'KZZZZZ', room_id, cabinet_id, hook_row, hook_column, pieces, 1, purpose, depositor_id, deposited_at FROM key_sets WHERE id = ?`
        )
        .run(first.id)
    ).toThrow(/UNIQUE/)
  })

  it('a tag code already in use is drawn again', async () => {
    const set = await depositRenovation()
    sqlite()
      .prepare(
        `INSERT INTO key_sets (tag_code, room_id, cabinet_id, hook_row, hook_column, pieces, piece_count, purpose, depositor_id, deposited_at) SELECT ?, room_id, cabinet_id, 1, 1, pieces, 1, purpose, depositor_id, deposited_at FROM key_sets WHERE id = ?`
      )
      .run(tagFromToken('first'), set.id)
    const tokens = ['first', 'first', 'second']
    const ctx = { store: env.core.store, randomToken: () => tokens.shift()! } as unknown as ServiceContext
    expect(newTagCode(ctx, tagFromToken)).toBe(tagFromToken('second'))
    expect(tokens).toEqual([])
  })
})
