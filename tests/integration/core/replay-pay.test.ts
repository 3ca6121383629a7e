import { describe, expect, it } from 'vitest'
import type { ReceiptView } from '../../../shared/fees/fees'
import { eachTest } from '../../helpers/each-test'
import { prepayInput, setRoomStatus, setUpCounter, type FeesEnv } from '../../helpers/fees'

/*
 * A request id names one payment. Sent again with the same payload by the same person it answers
 * the first receipt; anything else reusing it (another room, other months, another staff member,
 * another procedure) is a CONFLICT that writes nothing.
 */
let env: FeesEnv
eachTest(setUpCounter, (world) => {
  env = world
})

const REQUEST = { requestId: 'pay-0000-0001' }
const count = (table: 'receipts' | 'payments' | 'receivables' | 'request_log') =>
  (env.core.store.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
/** What a replay must leave as it was: every receipt, payment, month and logged request. */
const written = () => ({
  receipts: count('receipts'),
  payments: count('payments'),
  receivables: count('receivables'),
  requests: count('request_log')
})
const ONE_MONTH = '222.65'
/** prepayInput, typed for the client. */
const payment = (months: number, amount: string, more: Record<string, unknown> = {}) => ({
  ...prepayInput(env, months, amount, more),
  payments: [{ method: 'cash' as const, amount }]
})
/** 3-1-101 (89.50 ㎡) lived in too: one month there is 165.58 — a payment that would go through. */
const otherRoom = () => payment(1, '165.58', { roomId: env.rooms.r3_1_101 })

describe('request-id replay of a payment', () => {
  it('the same payload again answers the same receipt and writes nothing more', async () => {
    const first = await env.cashierApi.fees.pay(payment(1, ONE_MONTH), REQUEST)
    const before = written()
    const again = await env.cashierApi.fees.pay(payment(1, ONE_MONTH), REQUEST)
    expect(again).toEqual(first)
    expect(written()).toEqual(before)
    expect(before).toMatchObject({ receipts: 1 })
  })

  it('the same id for another room is a CONFLICT, not the first room’s receipt; nothing is written', async () => {
    await setRoomStatus(env, env.rooms.r3_1_101, 'occupied')
    const first = await env.cashierApi.fees.pay(payment(1, ONE_MONTH), REQUEST)
    const before = written()
    const replay = await env.cashierApi.attempt.fees.pay(otherRoom(), REQUEST)
    expect(replay).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { requestId: REQUEST.requestId } } })
    expect(written()).toEqual(before)
    expect((await env.account(env.rooms.r3_1_101)).recentReceipts).toHaveLength(0)
    // The payload itself was fine: under a fresh id it is a second, separate receipt.
    const second = await env.cashierApi.fees.pay(otherRoom())
    expect(second.code).not.toBe(first.code)
  })

  it('the same id with other months or another amount is a CONFLICT', async () => {
    await env.cashierApi.fees.pay(payment(1, ONE_MONTH), REQUEST)
    const before = written()
    for (const changed of [payment(2, '445.30'), payment(1, ONE_MONTH, { payerName: '李四' })]) {
      expect(await env.cashierApi.attempt.fees.pay(changed, REQUEST)).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT' }
      })
    }
    expect(written()).toEqual(before)
  })

  it('another staff member replaying the id is refused, even with the same payload', async () => {
    const first = await env.cashierApi.fees.pay(payment(1, ONE_MONTH), REQUEST)
    await env.addStaff('cashier2', 'cashier')
    const other = env.clientFor(await env.signIn('cashier2', 'pass1234'))
    const before = written()
    const replay = await other.attempt.fees.pay(payment(1, ONE_MONTH), REQUEST)
    expect(replay).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(JSON.stringify(replay)).not.toContain(first.code)
    expect(written()).toEqual(before)
    expect(await env.cashierApi.fees.pay(payment(1, ONE_MONTH), REQUEST)).toEqual(first)
  })

  it('the id of a payment cannot be reused by another procedure', async () => {
    await env.cashierApi.fees.pay(payment(1, ONE_MONTH), REQUEST)
    const before = written()
    const charge = { roomId: env.rooms.r3_2_1502, itemId: env.items.garbage.id, amount: '300' }
    expect(await env.cashierApi.attempt.fees.addCharge(charge, REQUEST)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
    expect(written()).toEqual(before)
  })

  it('two concurrent sends of one id with different rooms: one receipt, the other a CONFLICT', async () => {
    await setRoomStatus(env, env.rooms.r3_1_101, 'occupied')
    const [a, b] = await Promise.all([
      env.cashierApi.attempt.fees.pay(payment(1, ONE_MONTH), REQUEST),
      env.cashierApi.attempt.fees.pay(otherRoom(), REQUEST)
    ])
    expect([a.ok, b.ok].sort()).toEqual([false, true])
    expect([a, b].find((r) => !r.ok)).toMatchObject({ error: { code: 'CONFLICT' } })
    expect(count('receipts')).toBe(1)
  })

  it('a refused first try keeps nothing: the corrected payment may use the same id', async () => {
    const wrong = await env.cashierApi.attempt.fees.pay(payment(1, '200', { expectedTotal: '200' }), REQUEST)
    expect(wrong.ok).toBe(false)
    const logged = env.core.store.sqlite
      .prepare(`SELECT 1 FROM request_log WHERE request_id = ?`)
      .get(REQUEST.requestId)
    expect([count('receipts'), logged]).toEqual([0, undefined])
    const paid: ReceiptView = await env.cashierApi.fees.pay(payment(1, ONE_MONTH), REQUEST)
    expect(await env.cashierApi.fees.pay(payment(1, ONE_MONTH), REQUEST)).toEqual(paid)
    expect(count('receipts')).toBe(1)
  })
})

describe('request ids logged without their payload', () => {
  it('a row stored before payloads were kept answers CONFLICT, never its stored result', async () => {
    const staffId = (await env.cashierApi.staff.me()).id
    env.core.store.sqlite
      .prepare(`INSERT INTO request_log (request_id, procedure, staff_id, result, at) VALUES (?, 'fees.pay', ?, ?, ?)`)
      .run('pay-legacy-0001', staffId, JSON.stringify({ code: 'SJ2026-000001' }), '2026-11-22T01:00:00.000Z')
    const replay = await env.cashierApi.attempt.fees.pay(payment(1, ONE_MONTH), {
      requestId: 'pay-legacy-0001'
    })
    expect(replay).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(count('receipts')).toBe(0)
  })
})
