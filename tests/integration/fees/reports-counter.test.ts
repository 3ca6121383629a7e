// The counter's time zone: receipts carry UTC instants, a report's day is China's calendar day.
process.env.TZ = 'Asia/Shanghai'

import { describe, expect, it } from 'vitest'
import type { ArrearsList } from '../../../shared/fees/arrears'
import type { DailyCollection, ReceiptRegister } from '../../../shared/fees/reports'
import { eachTest } from '../../helpers/each-test'
import { octoberBill, setUpCounter, type FeesEnv } from '../../helpers/fees'
import { askOf } from '../../helpers/reports-day'

let env: FeesEnv
eachTest(setUpCounter, (e) => {
  env = e
})

describe('with the counter’s own procedures', () => {
  it('a payment shows in the day’s collection and the register; voiding it moves it to the voids and the room back into arrears', async () => {
    const room = env.rooms.r3_2_1502
    const bill = await octoberBill(env)
    const receipt = await env.payOk({
      roomId: room,
      receivableIds: [bill.id],
      payerName: '张三',
      payments: [{ method: 'wechat', amount: '222.65' }],
      expectedTotal: '222.65'
    })
    const query = askOf(env)
    const day = await query<DailyCollection>('reports.dailyCollection', { date: '2026-11-22' })
    expect(day.total).toEqual({ count: 1, fen: receipt.totalFen })
    expect(day.byMethod).toEqual([{ method: 'wechat', count: 1, fen: 22265 }])
    expect((await query<ReceiptRegister>('reports.register', { seriesPrefix: 'SJ2026' })).gaps).toEqual([])
    expect((await query<ArrearsList>('arrears.list', { sort: 'room' })).total).toBe(0)
    await env.cashier('fees.void', { receiptId: receipt.id, reason: '收错房号' })
    const after = await query<DailyCollection>('reports.dailyCollection', { date: '2026-11-22' })
    expect(after.total).toEqual({ count: 0, fen: 0 })
    expect(after.voids).toEqual([expect.objectContaining({ code: receipt.code, totalFen: 22265, reason: '收错房号' })])
    expect((await query<ArrearsList>('arrears.list', { sort: 'room' })).rows).toEqual([
      expect.objectContaining({ roomId: room, overdueFen: 22265, oldestDue: '2026-10-20', ageMonths: 2 })
    ])
  })
})
