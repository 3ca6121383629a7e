import { describe, expect, it } from 'vitest'
import { eachTest } from '../../helpers/each-test'
import { setUpBilling, type FeesEnv } from '../../helpers/fees'

// 3-2-1502 (120.35 ㎡) is lived in; 3-1-101 (89.50 ㎡) is in trusteeship.
let env: FeesEnv
eachTest(setUpBilling, (e) => {
  env = e
})

const count = (sql: string) => (env.core.store.sqlite.prepare(sql).get() as { n: number }).n

describe('billing', () => {
  it('a month is billed once per applicable, delivered room; running it again adds nothing', async () => {
    const first = await env.admin.fees.generateBills({ period: '2026-10', itemIds: [env.items.property.id] })
    expect(first.created).toBe(2)
    const again = await env.admin.fees.generateBills({ period: '2026-10', itemIds: [env.items.property.id] })
    expect(again).toMatchObject({ created: 0, skipped: 2 })
    const account = await env.account(env.rooms.r3_2_1502)
    // 1.85 × 120.35 = 222.6475 → 222.65, due on the 20th.
    expect(account.unpaid).toEqual([
      expect.objectContaining({ period: '2026-10', amountFen: 22265, dueOn: '2026-10-20', overdue: true })
    ])
  })

  it('a room in trusteeship is billed at 70 %', async () => {
    await env.admin.fees.generateBills({ period: '2026-10', itemIds: [env.items.property.id] })
    const account = await env.account(env.rooms.r3_1_101)
    // 1.85 × 89.50 × 70 % = 115.9025 → 115.90
    expect(account.unpaid[0]).toMatchObject({ amountFen: 11590, percent: 70 })
  })

  it('a new price applies from its date; earlier months keep the old one', async () => {
    await env.admin.fees.setPrice({ itemId: env.items.property.id, price: '2.00', effectiveFrom: '2026-11-01' })
    await env.admin.fees.generateBills({ period: '2026-10', itemIds: [env.items.property.id] })
    await env.admin.fees.generateBills({ period: '2026-11', itemIds: [env.items.property.id] })
    const unpaid = (await env.account(env.rooms.r3_2_1502)).unpaid
    expect(unpaid.map((r) => [r.period, r.priceE4, r.amountFen])).toEqual([
      ['2026-10', 18500, 22265],
      ['2026-11', 20000, 24070]
    ])
    expect(() => env.core.store.sqlite.exec(`UPDATE fee_rates SET price_e4 = 1`)).toThrow(/new rate/)
  })

  it('meter readings bill the difference; a lower reading is refused unless the meter was replaced', async () => {
    await env.cashierApi.fees.enterReadings({
      itemId: env.items.water.id,
      readOn: '2026-10-31',
      readings: [{ roomId: env.rooms.r3_2_1502, reading: '120.5' }]
    })
    const billed = await env.cashierApi.fees.enterReadings({
      itemId: env.items.water.id,
      readOn: '2026-11-30',
      readings: [{ roomId: env.rooms.r3_2_1502, reading: '132.8' }]
    })
    // 12.30 吨 × 3.45 = 42.435 → 42.44
    expect(billed).toEqual({ created: 1, totalFen: 4244 })
    const lower = await env.cashierApi.attempt.fees.enterReadings({
      itemId: env.items.water.id,
      readOn: '2026-12-31',
      readings: [{ roomId: env.rooms.r3_2_1502, reading: '5' }]
    })
    expect(lower).toMatchObject({
      ok: false,
      error: { code: 'READING_LOWER', message: '3-2-1502 本次读数 5.00 低于上次 132.80；如已换表，请勾选“换表”' }
    })
    await env.cashierApi.fees.enterReadings({
      itemId: env.items.water.id,
      readOn: '2026-12-31',
      readings: [{ roomId: env.rooms.r3_2_1502, reading: '5', replacement: true }]
    })
    expect(count(`SELECT count(*) AS n FROM meter_readings`)).toBe(3)
  })
})
