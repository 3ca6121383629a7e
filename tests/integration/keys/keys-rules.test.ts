import { describe, expect, it } from 'vitest'
import {
  borrowBy,
  clerkApi,
  DAY,
  depositRenovation,
  env,
  hook,
  later,
  MANAGER,
  OWNER_TAIL,
  sqlite,
  WANG
} from './keys-fixture'

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
