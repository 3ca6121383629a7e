import { describe, expect, it } from 'vitest'
import { localDateTime } from '../../../shared/kernel/calendar'
import {
  borrowBy,
  cabinet,
  clerkApi,
  clock,
  depositRenovation,
  env,
  hook,
  HOUR,
  inHours,
  later,
  MANAGER,
  OWNER_TAIL,
  sqlite,
  WANG
} from './keys-fixture'

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
      .all() as { kind: string; count: number; staffId: number; shiftId: number; shiftStaff: number }[]
    expect(rows.map((r) => [r.kind, r.count])).toEqual([
      ['deposit', 3],
      ['borrow', 3],
      ['return', 2],
      ['borrow', 2],
      ['return', 2]
    ])
    // Everyone at the counter works within its one open shift: every movement carries it and who did it.
    const openShift = sqlite().prepare(`SELECT id FROM shifts WHERE closed_at IS NULL`).get() as { id: number }
    expect(rows.every((r) => r.shiftId === openShift.id && r.staffId > 0)).toBe(true)
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
