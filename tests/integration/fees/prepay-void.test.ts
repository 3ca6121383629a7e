// The counter's time zone: stored instants are UTC, due dates and ages are China's calendar days.
process.env.TZ = 'Asia/Shanghai'

import { describe, expect, it } from 'vitest'
import type { ArrearsList, PaymentNotices } from '../../../shared/fees/arrears'
import type { ReceiptView, RoomAccount } from '../../../shared/fees/fees'
import type { Ledger } from '../../../shared/fees/reports'
import { expectOk } from '../../helpers/core'
import { eachTest } from '../../helpers/each-test'
import { setRoomStatus, setUpCounter, type FeesEnv } from '../../helpers/fees'

// Today is 2026-11-22 (the test clock). 3-2-1502 (120.35 ㎡) pays 222.65 a month of 物业管理费;
// 3-1-101 (89.50 ㎡, 165.58) is billed alongside it.
let env: FeesEnv
let room: number
eachTest(setUpCounter, async (e) => {
  env = e
  room = env.rooms.r3_2_1502
  await setRoomStatus(env, env.rooms.r3_1_101, 'occupied')
})

const MONTH_FEN = 22265
const yuan = (fen: number) => (fen / 100).toFixed(2)
const bill = (period: string) => env.admin.fees.generateBills({ period, itemIds: [env.items.property.id] })
/** The whole account but the receipt list (which rightly shows the voided receipt afterwards). */
const accountOf = async () => {
  const { recentReceipts: _r, ...rest } = await env.account(room)
  return rest
}
async function pay(receivableIds: number[], prepayMonths: number): Promise<ReceiptView> {
  const unpaid = (await env.account(room)).unpaid.filter((r) => receivableIds.includes(r.id))
  const total = unpaid.reduce((s, r) => s + r.amountFen, 0) + prepayMonths * MONTH_FEN
  return env.payOk({
    roomId: room,
    receivableIds,
    prepay: prepayMonths ? [{ itemId: env.items.property.id, months: prepayMonths }] : [],
    payerName: '张三',
    payments: [{ method: 'cash', amount: yuan(total) }],
    expectedTotal: yuan(total)
  })
}
const voidIt = (receipt: ReceiptView) => env.cashierApi.fees.void({ receiptId: receipt.id, reason: '收错房间' })
const periodsOf = (account: RoomAccount | Omit<RoomAccount, 'recentReceipts'>) => account.unpaid.map((r) => r.period)

describe('voiding a payment leaves the account exactly as it was before it', () => {
  it('arrears only: the settled months are unpaid again', async () => {
    await bill('2026-09')
    await bill('2026-10')
    const before = await accountOf()
    expect(periodsOf(before)).toEqual(['2026-09', '2026-10'])
    const receipt = await pay(
      before.unpaid.map((r) => r.id),
      0
    )
    expect((await accountOf()).unpaid).toEqual([])
    await voidIt(receipt)
    expect(await accountOf()).toEqual(before)
  })

  it('prepay only: the months it created are cancelled, and the next prepayment starts where it did before', async () => {
    const before = await accountOf()
    expect(before).toMatchObject({
      unpaid: [],
      unpaidTotalFen: 0,
      prepayable: [{ nextPeriod: '2026-11', monthlyFen: MONTH_FEN }]
    })
    const receipt = await pay([], 3)
    expect(receipt.lines).toEqual([expect.objectContaining({ periodLabel: '2026-11 至 2027-01', months: 3 })])
    expect((await accountOf()).prepayable[0]).toMatchObject({ nextPeriod: '2027-02' })
    await voidIt(receipt)
    expect(await accountOf()).toEqual(before)
    // The cancelled rows are kept (append-only), marked by the void.
    const rows = env.core.store.sqlite
      .prepare(
        `SELECT period, paid_receipt_id AS paid, cancelled_void_id AS cancelled FROM receivables ORDER BY period`
      )
      .all() as { period: string; paid: number | null; cancelled: number | null }[]
    expect(rows.map((r) => [r.period, r.paid, r.cancelled !== null])).toEqual([
      ['2026-11', null, true],
      ['2026-12', null, true],
      ['2027-01', null, true]
    ])
    const again = await pay([], 3)
    expect(again.lines).toEqual([
      expect.objectContaining({ periodLabel: '2026-11 至 2027-01', months: 3, amountFen: 3 * MONTH_FEN })
    ])
    // Voiding the second prepayment as well: the same months cancelled twice, still nothing owed.
    await voidIt(again)
    expect(await accountOf()).toEqual(before)
  })

  it('mixed: the arrears are owed again, the prepaid months are gone', async () => {
    await bill('2026-10')
    const before = await accountOf()
    expect(before).toMatchObject({
      unpaidTotalFen: MONTH_FEN,
      overdueTotalFen: MONTH_FEN,
      prepayable: [{ nextPeriod: '2026-11' }]
    })
    const receipt = await pay(
      before.unpaid.map((r) => r.id),
      3
    )
    expect(receipt.totalFen).toBe(4 * MONTH_FEN)
    await voidIt(receipt)
    const after = await accountOf()
    expect(after).toEqual(before)
    // Not twice the debt (the bug: 2026-10 plus the three prepaid months, all ticked to pay).
    expect(after.unpaidTotalFen).toBe(MONTH_FEN)
  })

  it('a cancelled month can never be paid', async () => {
    const receipt = await pay([], 1)
    await voidIt(receipt)
    const [cancelled] = env.core.store.sqlite.prepare(`SELECT id FROM receivables`).all() as { id: number }[]
    const result = await env.pay({
      roomId: room,
      receivableIds: [cancelled!.id],
      payerName: '张三',
      payments: [{ method: 'cash', amount: yuan(MONTH_FEN) }],
      expectedTotal: yuan(MONTH_FEN)
    })
    expect(result).toMatchObject({ ok: false })
    expect(() =>
      env.core.store.sqlite
        .prepare(`UPDATE receivables SET paid_receipt_id = ? WHERE id = ?`)
        .run(receipt.id, cancelled!.id)
    ).toThrow(/cannot be paid/)
  })
})

describe('billing after a void', () => {
  it('a month the void took back is billed normally when the monthly billing reaches it, once', async () => {
    await voidIt(await pay([], 3))
    expect(await bill('2026-12')).toMatchObject({ created: 2 })
    expect(await bill('2026-12')).toMatchObject({ created: 0, skipped: 2 })
    const account = await accountOf()
    expect(account.unpaid).toEqual([
      expect.objectContaining({
        period: '2026-12',
        source: 'billing',
        amountFen: MONTH_FEN,
        dueOn: '2026-12-20',
        overdue: false
      })
    ])
    expect(account.prepayable[0]).toMatchObject({ nextPeriod: '2027-01' })
  })

  it('a prepaid month is not billed while the prepayment stands; a month billing already reached is owed after the void', async () => {
    const receipt = await pay([], 3)
    // 3-1-101 is billed; 3-2-1502 has paid November ahead.
    expect(await bill('2026-11')).toMatchObject({ created: 1, skipped: 1 })
    await voidIt(receipt)
    const account = await accountOf()
    // November was billed for every room while the prepayment stood: without it the room owes it.
    expect(account.unpaid).toEqual([
      expect.objectContaining({ period: '2026-11', source: 'billing', amountFen: MONTH_FEN, overdue: true })
    ])
    expect(account.prepayable[0]).toMatchObject({ nextPeriod: '2026-12' })
    expect(await bill('2026-11')).toMatchObject({ created: 0, skipped: 2 })
  })
})

describe('reports do not count cancelled receivables', () => {
  const ask = async <T>(name: string, input: unknown) =>
    expectOk(await env.core.call(name, input, { session: env.adminToken })) as T
  const reports = async () => ({
    ledger: await ask<Ledger>('reports.ledger', { fromPeriod: '2026-01', toPeriod: '2027-12' }),
    arrears: await ask<ArrearsList>('arrears.list', { sort: 'room' }),
    summary: await ask('arrears.summary', {}),
    notices: (await ask<PaymentNotices>('arrears.notices', { period: '2027-01', roomIds: [room] })).notices,
    letter: await env.admin.attempt.arrears.demandLetter({ roomId: room })
  })

  it('ledger, arrears list, summary, notices and demand letter read the same before the payment and after its void', async () => {
    await bill('2026-10')
    const before = await reports()
    expect(before.ledger.totals).toMatchObject({ receivableFen: MONTH_FEN + 16558, receivedFen: 0 })
    const receipt = await pay([(await env.account(room)).unpaid[0]!.id], 3)
    await voidIt(receipt)
    expect(await reports()).toEqual(before)
  })
})
