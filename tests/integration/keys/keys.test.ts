import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CabinetView, KeyPurpose, KeySetView } from '../../../shared/keys/api'
import type { api } from '../../../shared/api'
import type { InputOf } from '../../../shared/kernel/procedure'
import type { ServiceContext } from '../../../electron/main/core/context'
import { newTagCode } from '../../../electron/main/services/keys/custody'
import { TAG_ALPHABET, tagFromToken } from '../../../electron/main/services/keys/records'
import { localDateTime } from '../../../shared/kernel/calendar'
import { tempDir, testClock } from '../../helpers/core'
import { setUpEstate, ZHANG_SAN_ID } from '../../helpers/estate'

let tmp: ReturnType<typeof tempDir>
let env: Awaited<ReturnType<typeof setUpEstate>>
let clock: ReturnType<typeof testClock>
let clerkToken: string
let cabinet: CabinetView
/** The contract's client, signed in as clerk1 (the token changes when the clerk signs in again). */
let clerkApi: ReturnType<typeof env.clientFor>

type DepositInput = InputOf<typeof api.keys.deposit>
type BorrowInput = InputOf<typeof api.keys.borrow>
type Authorization = NonNullable<DepositInput['authorized']>[number]

// The clock starts at 2026-11-22T01:00Z (09:00 in Fuzhou).
const HOUR = 60
const DAY = 24 * HOUR
const OWNER_TAIL = ZHANG_SAN_ID.slice(-6)
const WANG: Authorization = {
  name: '王师傅',
  phone: '13700001111',
  idTail: '123456',
  relation: '装修工人',
  purposes: ['renovation'],
  validFrom: '2026-11-20',
  validTo: '2026-12-31'
}
const LI: Authorization = {
  name: '李师傅',
  phone: '13700002222',
  idTail: '65432x',
  relation: '装修工人',
  purposes: ['renovation'],
  validFrom: '2026-11-20',
  validTo: '2026-11-30'
}
const MANAGER = { username: 'boss', password: 'pass1234' }

beforeEach(async () => {
  tmp = tempDir()
  clock = testClock()
  env = await setUpEstate(tmp.dir, clock)
  const clerk = await env.addStaff('clerk1', 'clerk')
  clerkToken = await env.signIn(clerk.username, clerk.password)
  clerkApi = env.clientFor(() => clerkToken)
  await env.addStaff('clerk2', 'clerk')
  await env.addStaff(MANAGER.username, 'manager', MANAGER.password)
  cabinet = await env.admin.keys.saveCabinet({ name: 'A 柜', rows: 3, columns: 4 })
})
afterEach(() => {
  env.core.close()
  tmp.cleanup()
})

const sqlite = () => env.core.store.sqlite
const hook = async (row: number, column: number) =>
  (await clerkApi.keys.cabinets())[0]!.hooks.find((h) => h.row === row && h.column === column)!
/** Moves the clock on; a session idle that long is locked, so the clerk signs in again. */
async function later(minutes: number) {
  clock.advanceMinutes(minutes)
  clerkToken = await env.signIn('clerk1', 'pass1234')
}
const inHours = (hours: number) => new Date(clock.now().getTime() + hours * 3_600_000).toISOString()

async function personId(roomId: number, name: string): Promise<number> {
  const h = await clerkApi.households.get({ roomId })
  return h.current.find((r) => r.person.name === name)!.person.id
}

async function depositRenovation(extra: Partial<DepositInput> = {}): Promise<KeySetView> {
  return clerkApi.keys.deposit({
    roomId: env.rooms.r3_2_1502,
    depositorId: await personId(env.rooms.r3_2_1502, '张三'),
    pieces: [
      { kind: 'door', count: 2 },
      { kind: 'unitDoor', count: 1 }
    ],
    purpose: 'renovation',
    cabinetId: cabinet.id,
    hookRow: 2,
    hookColumn: 3,
    authorized: [WANG, LI],
    notes: '装修期间',
    ...extra
  })
}

const borrowBy = (
  keySetId: number,
  who: { name: string; idTail: string },
  purpose: KeyPurpose = 'renovation',
  extra: Partial<BorrowInput> = {}
): BorrowInput => ({
  keySetId,
  personName: who.name,
  idTail: who.idTail,
  purpose,
  expectedReturnAt: inHours(8),
  ...extra
})

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

describe('the renovation story', () => {
  it('deposit, an authorised worker borrows, others are refused, overdue, short return, override, withdrawal', async () => {
    const set = await depositRenovation()

    // 王师傅 is on the list for renovation: he takes the keys until 17:00.
    const lent = await clerkApi.keys.borrow(borrowBy(set.id, WANG))
    expect(lent).toMatchObject({
      status: 'out',
      borrow: {
        personName: '王师傅',
        phoneMasked: '137****1111',
        purpose: 'renovation',
        count: 3,
        expectedReturnAt: inHours(8)
      }
    })
    expect(await hook(2, 3)).toMatchObject({ state: 'out', borrowerName: '王师傅', expectedReturnAt: inHours(8) })
    expect(await clerkApi.keys.counts()).toEqual([
      { cabinetId: cabinet.id, cabinetName: 'A 柜', setsIn: 0, piecesIn: 0, setsOut: 1, piecesOut: 3, overdue: 0 }
    ])
    expect(await clerkApi.keys.overdue()).toEqual([])

    // A key that is out cannot be lent again — not even to the owner.
    const twice = await clerkApi.attempt.keys.borrow(borrowBy(set.id, { name: '张三', idTail: OWNER_TAIL }))
    expect(twice).toMatchObject({
      ok: false,
      error: {
        code: 'KEY_OUT',
        message: `钥匙 ${set.tagCode} 已于 ${localDateTime('2026-11-22T01:00:00.000Z')} 借给 王师傅，尚未归还`
      }
    })
    expect(
      await clerkApi.attempt.keys.withdraw({ keySetId: set.id, personName: '张三', idTail: OWNER_TAIL })
    ).toMatchObject({
      ok: false,
      error: { code: 'KEY_NOT_IN', message: `钥匙 ${set.tagCode} 已借出尚未归还，不能取回` }
    })

    // Nine hours later he has not come back: overdue on the handover, with his phone in full.
    await later(9 * HOUR)
    expect(await clerkApi.keys.overdue()).toEqual([
      {
        keySetId: set.id,
        tagCode: set.tagCode,
        roomCode: '3-2-1502',
        cabinetName: 'A 柜',
        hookRow: 2,
        hookColumn: 3,
        borrowerName: '王师傅',
        borrowerPhone: '13700001111',
        purpose: 'renovation',
        borrowedAt: '2026-11-22T01:00:00.000Z',
        expectedReturnAt: '2026-11-22T09:00:00.000Z'
      }
    ])
    expect((await clerkApi.keys.counts())[0]).toMatchObject({ setsOut: 1, piecesOut: 3, overdue: 1 })
    expect(await hook(2, 3)).toMatchObject({ state: 'overdue' })
    expect((await clerkApi.keys.get({ keySetId: set.id })).status).toBe('overdue')

    // He brings back two of the three: the missing one is an incident with him responsible.
    const back = await clerkApi.keys.return({ keySetId: set.id, count: 2, note: '说单元门钥匙丢在工地' })
    expect(back).toMatchObject({ status: 'in', pieceCount: 2, borrow: null })
    expect(back.incidents).toEqual([
      expect.objectContaining({
        kind: 'lost',
        responsible: '王师傅',
        missingCount: 1,
        description: '归还时少 1 把（借出 3 把，归还 2 把） — 说单元门钥匙丢在工地',
        staffName: 'clerk1'
      })
    ])
    expect(await hook(2, 3)).toMatchObject({ state: 'in', pieces: 2, borrowerName: null })
    expect((await clerkApi.keys.counts())[0]).toMatchObject({
      setsIn: 1,
      piecesIn: 2,
      setsOut: 0,
      piecesOut: 0,
      overdue: 0
    })
    expect(await clerkApi.keys.overdue()).toEqual([])
    expect(await clerkApi.attempt.keys.return({ keySetId: set.id, count: 2 })).toMatchObject({
      ok: false,
      error: { code: 'KEY_NOT_IN', message: `钥匙 ${set.tagCode} 在柜中，没有借出，不能登记归还` }
    })

    // Someone not on the list is refused with the reason; so is a listed name with another ID.
    const stranger = await clerkApi.attempt.keys.borrow(borrowBy(set.id, { name: '赵六', idTail: '111111' }))
    expect(stranger).toMatchObject({
      ok: false,
      error: {
        code: 'KEY_NOT_AUTHORIZED',
        message: `赵六（证件尾号 111111）不是本房业主，也不在授权名单上（或姓名与证件尾号不符），不能借用钥匙 ${set.tagCode}`
      }
    })
    expect(await clerkApi.attempt.keys.borrow(borrowBy(set.id, { name: '王师傅', idTail: '999999' }))).toMatchObject({
      ok: false,
      error: { code: 'KEY_NOT_AUTHORIZED' }
    })
    expect(
      await clerkApi.attempt.keys.borrow(borrowBy(set.id, { name: '李师傅', idTail: '65432X' }, 'family'))
    ).toMatchObject({
      ok: false,
      error: { code: 'KEY_WRONG_PURPOSE', message: '李师傅 的授权不包括“家人领取”，只可用于：装修' }
    })

    // An exception needs the office manager on the spot; approver and reason go on the record.
    const override = borrowBy(set.id, { name: '赵六', idTail: '111111' }, 'emergency', {
      phone: '13600009999',
      overrideReason: '楼下漏水，业主电话授权'
    })
    expect(await clerkApi.attempt.keys.borrow(override)).toMatchObject({
      ok: false,
      error: { code: 'APPROVAL_REQUIRED' }
    })
    expect(
      await clerkApi.attempt.keys.borrow(override, { approval: { username: 'clerk2', password: 'pass1234' } })
    ).toMatchObject({ ok: false, error: { code: 'APPROVAL_REJECTED' } })
    const excepted = await clerkApi.keys.borrow(override, { approval: MANAGER })
    expect(excepted.movements.at(-1)).toMatchObject({
      kind: 'borrow',
      personName: '赵六',
      purpose: 'emergency',
      count: 2,
      staffName: 'clerk1',
      approverName: 'boss',
      overrideReason: '楼下漏水，业主电话授权'
    })
    await clerkApi.keys.return({ keySetId: set.id, count: 2 })

    // Every movement is on the record with the staff member and the shift, and on the room's timeline.
    const rows = sqlite()
      .prepare(
        `SELECT m.kind, m.count, m.staff_id AS staffId, m.shift_id AS shiftId, sh.staff_id AS shiftStaff FROM key_movements m JOIN shifts sh ON sh.id = m.shift_id ORDER BY m.id`
      )
      .all() as { kind: string; count: number; staffId: number; shiftStaff: number }[]
    expect(rows.map((r) => [r.kind, r.count])).toEqual([
      ['deposit', 3],
      ['borrow', 3],
      ['return', 2],
      ['borrow', 2],
      ['return', 2]
    ])
    expect(rows.every((r) => r.staffId === r.shiftStaff)).toBe(true)
    const timeline = await clerkApi.households.timeline({ roomId: env.rooms.r3_2_1502, limit: 50 })
    const keyLines = timeline.filter((t) => t.procedure.startsWith('keys.')).reverse()
    expect(keyLines.map((t) => t.summary)).toEqual([
      `钥匙存入 ${set.tagCode}（3 把，装修），挂钩 A 柜 2-3`,
      `钥匙 ${set.tagCode} 借给 王师傅（装修，3 把），预计 ${localDateTime('2026-11-22T09:00:00.000Z')} 归还`,
      `钥匙 ${set.tagCode} 由 王师傅 归还 2 把，少 1 把，已登记丢失`,
      `钥匙 ${set.tagCode} 破例借给 赵六（应急，2 把），预计 ${localDateTime('2026-11-22T18:00:00.000Z')} 归还；原因：楼下漏水，业主电话授权`,
      `钥匙 ${set.tagCode} 由 赵六 归还 2 把，挂回 A 柜 2-3`
    ])
    expect(keyLines[3]).toMatchObject({ staffName: 'clerk1', approverName: 'boss' })

    // The tag finds the room in the global search, and the room shows its keys.
    const hits = await clerkApi.search.global({ q: set.tagCode.toLowerCase() })
    expect(hits[0]).toMatchObject({ roomCode: '3-2-1502', match: 'keyTag', matchedText: set.tagCode, owners: '张三' })
    expect((await clerkApi.keys.find({ roomId: env.rooms.r3_2_1502 })).map((s) => s.id)).toEqual([set.id])
    expect((await clerkApi.keys.find({ tagCode: set.tagCode.toLowerCase() })).map((s) => s.roomCode)).toEqual([
      '3-2-1502'
    ])

    // Only an owner takes the keys back; then custody ends, the hook is free, the list is closed.
    expect(
      await clerkApi.attempt.keys.withdraw({ keySetId: set.id, personName: '王师傅', idTail: '123456' })
    ).toMatchObject({
      ok: false,
      error: {
        code: 'KEY_NOT_AUTHORIZED',
        message: `王师傅（证件尾号 123456）不是本房业主（或姓名与证件尾号不符），不能取回钥匙 ${set.tagCode}`
      }
    })
    const ended = await clerkApi.keys.withdraw({
      keySetId: set.id,
      personName: '张三',
      idTail: OWNER_TAIL,
      note: '装修结束'
    })
    expect(ended).toMatchObject({ status: 'withdrawn', withdrawnAt: clock.now().toISOString(), borrow: null })
    expect(ended.authorizations.every((a) => a.closedAt !== null && !a.current)).toBe(true)
    expect(ended.movements.at(-1)).toMatchObject({ kind: 'withdraw', personName: '张三', count: 2, note: '装修结束' })
    expect(await hook(2, 3)).toMatchObject({ state: 'empty', keySetId: null })
    expect((await clerkApi.keys.counts())[0]).toMatchObject({ setsIn: 0, piecesIn: 0, setsOut: 0 })
    expect(await clerkApi.attempt.keys.borrow(borrowBy(set.id, WANG))).toMatchObject({
      ok: false,
      error: { code: 'KEY_WITHDRAWN' }
    })
    expect(
      await clerkApi.attempt.keys.withdraw({ keySetId: set.id, personName: '张三', idTail: OWNER_TAIL })
    ).toMatchObject({ ok: false, error: { code: 'KEY_WITHDRAWN' } })
    // The freed hook takes a new set.
    const next = await depositRenovation({ authorized: [], purpose: 'trusteeship' })
    expect(next).toMatchObject({ hookRow: 2, hookColumn: 3, status: 'in' })
    expect((await clerkApi.keys.find({ roomId: env.rooms.r3_2_1502 })).map((s) => s.status)).toEqual([
      'in',
      'withdrawn'
    ])
  })
})

describe('borrowing rules', () => {
  it('an authorisation outside its dates is refused, and says which dates', async () => {
    const set = await depositRenovation()
    await later(9 * DAY) // 2026-12-01: 李师傅's list entry ended on 11-30
    const expired = await clerkApi.attempt.keys.borrow(borrowBy(set.id, { name: '李师傅', idTail: '65432X' }))
    expect(expired).toMatchObject({
      ok: false,
      error: {
        code: 'KEY_AUTH_EXPIRED',
        message: '李师傅 的授权有效期为 2026-11-20 至 2026-11-30，今天（2026-12-01）不在有效期内'
      }
    })
    expect((await clerkApi.keys.get({ keySetId: set.id })).authorizations.map((a) => a.current)).toEqual([true, false])
    expect(await clerkApi.keys.borrow(borrowBy(set.id, WANG))).toMatchObject({ status: 'out' })
  })

  it('an authorisation not yet valid is refused the same way', async () => {
    const set = await depositRenovation({ authorized: [{ ...WANG, validFrom: '2026-12-01' }] })
    expect(await clerkApi.attempt.keys.borrow(borrowBy(set.id, WANG))).toMatchObject({
      ok: false,
      error: { code: 'KEY_AUTH_EXPIRED' }
    })
  })

  it('the owner may take the keys for any purpose with the ID that matches', async () => {
    const set = await depositRenovation({ authorized: [] })
    expect(await clerkApi.keys.borrow(borrowBy(set.id, { name: '张三', idTail: OWNER_TAIL }, 'family'))).toMatchObject({
      status: 'out',
      borrow: { personName: '张三', phoneMasked: '139****5678' }
    })
  })

  it('the expected return must be a time after now', async () => {
    const set = await depositRenovation()
    const past = await clerkApi.attempt.keys.borrow({ ...borrowBy(set.id, WANG), expectedReturnAt: '2026-11-21T10:00' })
    expect(past).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { expectedReturnAt: '预计归还时间应晚于现在' } } }
    })
    const nonsense = await clerkApi.attempt.keys.borrow({
      ...borrowBy(set.id, WANG),
      expectedReturnAt: '2026-13-45T99:99'
    })
    expect(nonsense).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  it('an exception for someone unknown needs a phone to call them back', async () => {
    const set = await depositRenovation()
    const result = await clerkApi.attempt.keys.borrow(
      borrowBy(set.id, { name: '赵六', idTail: '111111' }, 'other', { overrideReason: '业主来电' }),
      { approval: MANAGER }
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { fields: { phone: '必填' } } } })
  })
})

describe('counts never go negative', () => {
  it('a return cannot bring back more than went out, nor fewer than none', async () => {
    const set = await depositRenovation()
    await clerkApi.keys.borrow(borrowBy(set.id, WANG))
    expect(await clerkApi.attempt.keys.return({ keySetId: set.id, count: 4 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { count: '归还数量不能多于借出的 3 把' } } }
    })
    expect(await clerkApi.attempt.keys.return({ keySetId: set.id, count: -1 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' }
    })
    expect(() => sqlite().prepare(`UPDATE key_sets SET piece_count = 0 WHERE id = ?`).run(set.id)).toThrow(/CHECK/)
  })

  it('when nothing comes back, all are recorded lost and custody ends', async () => {
    const set = await depositRenovation()
    await clerkApi.keys.borrow(borrowBy(set.id, WANG))
    const none = await clerkApi.keys.return({ keySetId: set.id, count: 0 })
    expect(none).toMatchObject({ status: 'withdrawn', pieceCount: 3 })
    expect(none.incidents).toEqual([expect.objectContaining({ kind: 'lost', responsible: '王师傅', missingCount: 3 })])
    expect(none.authorizations.every((a) => a.closedAt !== null)).toBe(true)
    expect(await hook(2, 3)).toMatchObject({ state: 'empty' })
    expect((await clerkApi.keys.counts())[0]).toMatchObject({ setsIn: 0, piecesIn: 0, setsOut: 0, piecesOut: 0 })
  })
})

describe('incidents and history', () => {
  it('a damaged key, a follow-up and the close are new rows; history cannot be changed', async () => {
    const set = await depositRenovation()
    await clerkApi.keys.incident({
      keySetId: set.id,
      kind: 'damaged',
      responsible: '王师傅',
      description: '入户门钥匙齿弯曲'
    })
    await clerkApi.keys.incident({ keySetId: set.id, kind: 'followUp', description: '已通知业主另配' })
    const closed = await clerkApi.keys.incident({ keySetId: set.id, kind: 'closed', description: '业主已补配一把' })
    expect(closed.incidents.map((i) => [i.kind, i.responsible, i.description])).toEqual([
      ['damaged', '王师傅', '入户门钥匙齿弯曲'],
      ['followUp', '', '已通知业主另配'],
      ['closed', '', '业主已补配一把']
    ])
    const timeline = await clerkApi.households.timeline({ roomId: env.rooms.r3_2_1502, limit: 5 })
    expect(timeline[0]!.summary).toBe(`钥匙 ${set.tagCode} 结案：业主已补配一把`)
    expect(() => sqlite().exec(`UPDATE key_movements SET count = 9`)).toThrow(/append-only/)
    expect(() => sqlite().exec(`DELETE FROM key_incidents`)).toThrow(/append-only/)
    expect(() => sqlite().exec(`DELETE FROM key_authorizations`)).toThrow(/never deleted/)
  })

  it('keys.find with no filter finds nothing; an unknown set is NOT_FOUND', async () => {
    await depositRenovation()
    expect(await clerkApi.keys.find({})).toEqual([])
    expect(await clerkApi.attempt.keys.get({ keySetId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
  })
})
