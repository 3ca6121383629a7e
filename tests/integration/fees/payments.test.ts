import { describe, expect, it } from 'vitest'
import type { ReceiptView } from '../../../shared/fees/fees'
import { eachTest } from '../../helpers/each-test'
import { billInput, octoberBill, prepayInput, setUpBilling, type FeesEnv } from '../../helpers/fees'

// 3-2-1502 (120.35 ㎡) is lived in; 3-1-101 (89.50 ㎡) is in trusteeship.
let env: FeesEnv
eachTest(setUpBilling, (e) => {
  env = e
})

const count = (sql: string) => (env.core.store.sqlite.prepare(sql).get() as { n: number }).n

describe('taking a payment', () => {
  it('twelve months of property fee in cash with change: one receipt, lines = total = payments', async () => {
    const receipt = await env.payOk(prepayInput(env, 12, '2,671.80', { tendered: '2,700', expectedTotal: '2671.80' }))
    expect(receipt).toMatchObject({ code: 'SJ2026000001', kind: 'payment', totalFen: 267180, status: 'valid' })
    // Twelve months at one monthly amount are shown and printed as one line; the data keeps twelve.
    expect(receipt.lines).toEqual([
      expect.objectContaining({
        itemName: '物业管理费',
        periodLabel: '2026-11 至 2027-10',
        months: 12,
        monthlyFen: 22265,
        amountFen: 267180
      })
    ])
    expect(receipt.lines.reduce((s, l) => s + l.amountFen, 0)).toBe(receipt.totalFen)
    expect(count(`SELECT count(*) AS n FROM receipt_lines`)).toBe(12)
    expect(receipt.payments).toEqual([{ method: 'cash', amountFen: 267180, tenderedFen: 270000, changeFen: 2820 }])
    expect((await env.account(env.rooms.r3_2_1502)).prepayable[0]).toMatchObject({ nextPeriod: '2027-11' })
  })

  it('a split across methods must add up to the total', async () => {
    const bill = await octoberBill(env)
    const split = (wechat: string) => ({
      ...billInput(env, bill.id),
      payments: [
        { method: 'wechat', amount: wechat },
        { method: 'cash', amount: '100' }
      ]
    })
    expect(await env.pay(split('100'))).toMatchObject({
      ok: false,
      error: { code: 'PAYMENTS_MISMATCH', message: '各支付方式合计 200.00 元，与应收 222.65 元不一致' }
    })
    const receipt = await env.payOk(split('122.65'))
    expect(receipt.payments.map((p) => [p.method, p.amountFen])).toEqual([
      ['wechat', 12265],
      ['cash', 10000]
    ])
  })

  it('a double click or a retry with the same request id returns the same receipt, never a second', async () => {
    const input = billInput(env, (await octoberBill(env)).id)
    const meta = { requestId: 'pay-once-0001' }
    const [a, b] = await Promise.all([env.pay(input, meta), env.pay(input, meta)])
    const c = await env.pay(input, meta)
    expect((a as { data: ReceiptView }).data.code).toBe('SJ2026000001')
    expect(b).toEqual(a)
    expect(c).toEqual(a)
    expect(count(`SELECT count(*) AS n FROM receipts`)).toBe(1)
  })

  it('a receivable is never paid twice, also when two counters submit at once', async () => {
    const input = billInput(env, (await octoberBill(env)).id)
    const results = await Promise.all([env.pay(input), env.pay(input)])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { code: 'ALREADY_PAID' } })
    expect(count(`SELECT count(*) AS n FROM receipts`)).toBe(1)
    expect(count(`SELECT last_number AS n FROM receipt_series`)).toBe(1)
  })

  it('the confirmed total must be the real total, or nothing happens', async () => {
    const result = await env.pay(billInput(env, (await octoberBill(env)).id, '200'))
    expect(result).toMatchObject({ ok: false, error: { code: 'AMOUNT_MISMATCH' } })
    expect(count(`SELECT count(*) AS n FROM receipts`)).toBe(0)
  })

  it('amounts are typed as text and parsed without floats; negative or absurd amounts are refused with a clear message', async () => {
    for (const [amount, messageText] of [
      ['-5', '金额不能为负数'],
      ['1.234', '金额最多两位小数（到分）'],
      ['1e9', '金额不是数字（例如 1,234.50）'],
      ['999,999,999,999', '金额过大，请核对']
    ]) {
      const result = await env.pay(prepayInput(env, 1, amount!, { expectedTotal: '222.65' }))
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', details: { fields: { 'payments.0.amount': messageText } } }
      })
    }
    // 0.1 + 0.2 in floats is 0.30000000000000004; in fen it is 30.
    const charge = (amount: string) =>
      env.cashierApi.fees.addCharge({ roomId: env.rooms.r3_2_1502, itemId: env.items.deposit.id, amount })
    const [tenth, fifth] = [await charge('0.1'), await charge('0.2')]
    expect(tenth.amountFen + fifth.amountFen).toBe(30)
  })

  it('cash tendered below the cash due is refused', async () => {
    const result = await env.pay(prepayInput(env, 1, '222.65', { tendered: '200' }))
    expect(result).toMatchObject({ ok: false, error: { code: 'TENDERED_SHORT' } })
  })
})
