import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ReceiptView } from '../../../shared/fees/fees'
import { tempDir } from '../../helpers/core'
import { setUpFees } from '../../helpers/fees'

let tmp: ReturnType<typeof tempDir>
let env: Awaited<ReturnType<typeof setUpFees>>
beforeEach(async () => {
  tmp = tempDir()
  env = await setUpFees(tmp.dir)
  // 3-2-1502 (120.35 ㎡) is lived in; 3-1-101 (89.50 ㎡) is in trusteeship.
  await env.admin.households.updateRoom({
    roomId: env.rooms.r3_2_1502,
    type: 'residence',
    status: 'occupied',
    vip: false,
    tags: []
  })
  await env.admin.households.updateRoom({
    roomId: env.rooms.r3_1_101,
    type: 'residence',
    status: 'trusteeship',
    vip: false,
    tags: []
  })
})
afterEach(() => {
  env.core.close()
  tmp.cleanup()
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

describe('taking a payment', () => {
  it('twelve months of property fee in cash with change: one receipt, lines = total = payments', async () => {
    const receipt = await env.payOk({
      roomId: env.rooms.r3_2_1502,
      prepay: [{ itemId: env.items.property.id, months: 12 }],
      payerName: '张三',
      payments: [{ method: 'cash', amount: '2,671.80' }],
      tendered: '2,700',
      expectedTotal: '2671.80'
    })
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
    await env.admin.fees.generateBills({ period: '2026-10', itemIds: [env.items.property.id] })
    const [bill] = (await env.account(env.rooms.r3_2_1502)).unpaid
    const wrong = await env.pay({
      roomId: env.rooms.r3_2_1502,
      receivableIds: [bill!.id],
      payerName: '张三',
      payments: [
        { method: 'wechat', amount: '100' },
        { method: 'cash', amount: '100' }
      ],
      expectedTotal: '222.65'
    })
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'PAYMENTS_MISMATCH', message: '各支付方式合计 200.00 元，与应收 222.65 元不一致' }
    })
    const receipt = await env.payOk({
      roomId: env.rooms.r3_2_1502,
      receivableIds: [bill!.id],
      payerName: '张三',
      payments: [
        { method: 'wechat', amount: '122.65' },
        { method: 'cash', amount: '100' }
      ],
      expectedTotal: '222.65'
    })
    expect(receipt.payments.map((p) => [p.method, p.amountFen])).toEqual([
      ['wechat', 12265],
      ['cash', 10000]
    ])
  })

  it('a double click or a retry with the same request id returns the same receipt, never a second', async () => {
    await env.admin.fees.generateBills({ period: '2026-10', itemIds: [env.items.property.id] })
    const [bill] = (await env.account(env.rooms.r3_2_1502)).unpaid
    const input = {
      roomId: env.rooms.r3_2_1502,
      receivableIds: [bill!.id],
      payerName: '张三',
      payments: [{ method: 'cash', amount: '222.65' }],
      expectedTotal: '222.65'
    }
    const meta = { requestId: 'pay-once-0001' }
    const [a, b] = await Promise.all([env.pay(input, meta), env.pay(input, meta)])
    const c = await env.pay(input, meta)
    expect((a as { data: ReceiptView }).data.code).toBe('SJ2026000001')
    expect(b).toEqual(a)
    expect(c).toEqual(a)
    expect(count(`SELECT count(*) AS n FROM receipts`)).toBe(1)
  })

  it('a receivable is never paid twice, also when two counters submit at once', async () => {
    await env.admin.fees.generateBills({ period: '2026-10', itemIds: [env.items.property.id] })
    const [bill] = (await env.account(env.rooms.r3_2_1502)).unpaid
    const input = {
      roomId: env.rooms.r3_2_1502,
      receivableIds: [bill!.id],
      payerName: '张三',
      payments: [{ method: 'cash', amount: '222.65' }],
      expectedTotal: '222.65'
    }
    const results = await Promise.all([env.pay(input), env.pay(input)])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { code: 'ALREADY_PAID' } })
    expect(count(`SELECT count(*) AS n FROM receipts`)).toBe(1)
    expect(count(`SELECT last_number AS n FROM receipt_series`)).toBe(1)
  })

  it('the confirmed total must be the real total, or nothing happens', async () => {
    await env.admin.fees.generateBills({ period: '2026-10', itemIds: [env.items.property.id] })
    const [bill] = (await env.account(env.rooms.r3_2_1502)).unpaid
    const result = await env.pay({
      roomId: env.rooms.r3_2_1502,
      receivableIds: [bill!.id],
      payerName: '张三',
      payments: [{ method: 'cash', amount: '200' }],
      expectedTotal: '200'
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'AMOUNT_MISMATCH' } })
    expect(count(`SELECT count(*) AS n FROM receipts`)).toBe(0)
  })

  it('amounts are typed as text and parsed without floats; negative or absurd amounts are refused with a clear message', async () => {
    const base = {
      roomId: env.rooms.r3_2_1502,
      prepay: [{ itemId: env.items.property.id, months: 1 }],
      payerName: '张三',
      expectedTotal: '222.65'
    }
    for (const [amount, messageText] of [
      ['-5', '金额不能为负数'],
      ['1.234', '金额最多两位小数（到分）'],
      ['1e9', '金额不是数字（例如 1,234.50）'],
      ['999,999,999,999', '金额过大，请核对']
    ]) {
      const result = await env.pay({ ...base, payments: [{ method: 'cash', amount }] })
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', details: { fields: { 'payments.0.amount': messageText } } }
      })
    }
    // 0.1 + 0.2 in floats is 0.30000000000000004; in fen it is 30.
    const charge = await env.cashierApi.fees.addCharge({
      roomId: env.rooms.r3_2_1502,
      itemId: env.items.deposit.id,
      amount: '0.1'
    })
    const charge2 = await env.cashierApi.fees.addCharge({
      roomId: env.rooms.r3_2_1502,
      itemId: env.items.deposit.id,
      amount: '0.2'
    })
    expect(charge.amountFen + charge2.amountFen).toBe(30)
  })

  it('cash tendered below the cash due is refused', async () => {
    const result = await env.pay({
      roomId: env.rooms.r3_2_1502,
      prepay: [{ itemId: env.items.property.id, months: 1 }],
      payerName: '张三',
      payments: [{ method: 'cash', amount: '222.65' }],
      tendered: '200',
      expectedTotal: '222.65'
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'TENDERED_SHORT' } })
  })
})

describe('receipt numbers stay gapless', () => {
  it('across retries, refusals, a failure mid-transaction, and voids', async () => {
    const pay = (months: number) =>
      env.pay({
        roomId: env.rooms.r3_2_1502,
        prepay: [{ itemId: env.items.property.id, months }],
        payerName: '张三',
        payments: [{ method: 'cash', amount: ((22265 * months) / 100).toFixed(2) }],
        expectedTotal: ((22265 * months) / 100).toFixed(2)
      })
    expect(await pay(1)).toMatchObject({ ok: true, data: { code: 'SJ2026000001' } })
    expect(
      await env.pay({
        roomId: env.rooms.r3_2_1502,
        prepay: [{ itemId: env.items.property.id, months: 1 }],
        payerName: '张三',
        payments: [{ method: 'cash', amount: '1' }],
        expectedTotal: '1'
      })
    ).toMatchObject({ ok: false })
    // The disk fills (or anything fails) after the number was taken: the whole payment rolls back.
    env.core.store.sqlite.exec(
      `CREATE TRIGGER fail_payments BEFORE INSERT ON payments BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`
    )
    expect(await pay(1)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    env.core.store.sqlite.exec(`DROP TRIGGER fail_payments`)
    const second = await pay(1)
    expect(second).toMatchObject({ ok: true, data: { code: 'SJ2026000002' } })
    await env.cashierApi.fees.void({ receiptId: (second as { data: ReceiptView }).data.id, reason: '金额录错' })
    expect(await pay(1)).toMatchObject({ ok: true, data: { code: 'SJ2026000003' } })
    const numbers = env.core.store.sqlite
      .prepare(`SELECT number FROM receipts ORDER BY number`)
      .all()
      .map((r) => (r as { number: number }).number)
    expect(numbers).toEqual([1, 2, 3])
  })
})

describe('receipt prefixes', () => {
  it('the counter prefix is a setting; a new prefix starts its own series at 000001', async () => {
    const pay = () =>
      env.payOk({
        roomId: env.rooms.r3_2_1502,
        prepay: [{ itemId: env.items.property.id, months: 1 }],
        payerName: '张三',
        payments: [{ method: 'cash', amount: '222.65' }],
        expectedTotal: '222.65'
      })
    expect((await pay()).code).toBe('SJ2026000001')
    const settings = await env.admin.settings.get({})
    expect(await env.admin.attempt.settings.update({ ...settings, receiptPrefix: 'sj 1' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' }
    })
    await env.admin.settings.update({ ...settings, receiptPrefix: 'DM{year}' })
    expect((await pay()).code).toBe('DM2026000001')
  })
})

describe('voids and refunds', () => {
  it('the issuing clerk voids within the shift; the receivables are unpaid again and the receipt keeps its number', async () => {
    await env.addStaff('clerk1', 'clerk')
    const clerk = await env.signIn('clerk1', 'pass1234')
    await env.admin.fees.generateBills({ period: '2026-10', itemIds: [env.items.property.id] })
    const [bill] = (await env.account(env.rooms.r3_2_1502)).unpaid
    const paid = (await env.pay(
      {
        roomId: env.rooms.r3_2_1502,
        receivableIds: [bill!.id],
        payerName: '张三',
        payments: [{ method: 'cash', amount: '222.65' }],
        expectedTotal: '222.65'
      },
      {},
      clerk
    )) as { data: ReceiptView }
    expect(paid.data.voidNeedsApproval).toBe(false)
    const voided = await env
      .clientFor(clerk)
      .attempt.fees.void({ receiptId: paid.data.id, reason: '客户要求改为微信支付' })
    expect(voided).toMatchObject({
      ok: true,
      data: { code: paid.data.code, status: 'void', void: { reason: '客户要求改为微信支付', staffName: 'clerk1' } }
    })
    expect((await env.account(env.rooms.r3_2_1502)).unpaid.map((r) => r.id)).toEqual([bill!.id])
    expect(await env.clientFor(clerk).attempt.fees.void({ receiptId: paid.data.id, reason: 'again' })).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_VOID' }
    })
  })

  it('another clerk, or after the shift, needs a supervisor on the spot', async () => {
    await env.addStaff('clerk1', 'clerk')
    await env.addStaff('clerk2', 'clerk')
    await env.addStaff('super1', 'supervisor')
    const clerk1 = await env.signIn('clerk1', 'pass1234')
    const clerk2 = await env.signIn('clerk2', 'pass1234')
    const paid = (await env.pay(
      {
        roomId: env.rooms.r3_2_1502,
        prepay: [{ itemId: env.items.property.id, months: 1 }],
        payerName: '张三',
        payments: [{ method: 'cash', amount: '222.65' }],
        expectedTotal: '222.65'
      },
      {},
      clerk1
    )) as { data: ReceiptView }
    const meta = { requestId: 'void-by-other-1' }
    expect(
      await env.clientFor(clerk2).attempt.fees.void({ receiptId: paid.data.id, reason: '重复收费' }, meta)
    ).toMatchObject({ ok: false, error: { code: 'APPROVAL_REQUIRED' } })
    const approved = await env
      .clientFor(clerk2)
      .attempt.fees.void(
        { receiptId: paid.data.id, reason: '重复收费' },
        { ...meta, approval: { username: 'super1', password: 'pass1234' } }
      )
    expect(approved).toMatchObject({ ok: true, data: { status: 'void', void: { approverName: 'super1' } } })
  })

  it('a deposit is refunded less itemised deductions as a new negative receipt, with the manager approving', async () => {
    await env.addStaff('boss', 'manager')
    await env.cashierApi.fees.addCharge({ roomId: env.rooms.r3_2_1502, itemId: env.items.deposit.id, amount: '2000' })
    const [deposit] = (await env.account(env.rooms.r3_2_1502)).unpaid
    const paid = await env.payOk({
      roomId: env.rooms.r3_2_1502,
      receivableIds: [deposit!.id],
      payerName: '张三',
      payments: [{ method: 'transfer', amount: '2000' }],
      expectedTotal: '2000'
    })
    const input = {
      receiptId: paid.id,
      deductions: [{ description: '损坏电梯轿厢', amount: '350' }],
      method: 'transfer' as const,
      reason: '装修验收合格'
    }
    expect(await env.cashierApi.attempt.fees.refund(input, { requestId: 'refund-0001' })).toMatchObject({
      ok: false,
      error: { code: 'APPROVAL_REQUIRED', message: '此操作需要管理处主任现场审批' }
    })
    const refund = await env.cashierApi.attempt.fees.refund(input, {
      requestId: 'refund-0001',
      approval: { username: 'boss', password: 'pass1234' }
    })
    expect(refund).toMatchObject({
      ok: true,
      data: { kind: 'refund', code: 'SJ2026000002', totalFen: -165000, refersToCode: paid.code }
    })
    const r = (refund as { data: ReceiptView }).data
    expect(r.lines.reduce((s, l) => s + l.amountFen, 0)).toBe(r.totalFen)
    expect(r.payments).toEqual([expect.objectContaining({ method: 'transfer', amountFen: -165000 })])
    expect(
      await env.cashierApi.attempt.fees.refund(input, { approval: { username: 'boss', password: 'pass1234' } })
    ).toMatchObject({ ok: false, error: { code: 'ALREADY_REFUNDED' } })
  })

  it('receipts and payments can never be updated or deleted', async () => {
    await env.payOk({
      roomId: env.rooms.r3_2_1502,
      prepay: [{ itemId: env.items.property.id, months: 1 }],
      payerName: '张三',
      payments: [{ method: 'cash', amount: '222.65' }],
      expectedTotal: '222.65'
    })
    for (const table of ['receipts', 'receipt_lines', 'payments']) {
      expect(() => env.core.store.sqlite.exec(`UPDATE ${table} SET id = id`)).toThrow(/append-only/)
      expect(() => env.core.store.sqlite.exec(`DELETE FROM ${table}`)).toThrow(/append-only/)
    }
    expect(() => env.core.store.sqlite.exec(`UPDATE receivables SET amount_fen = 1`)).toThrow(/fixed/)
  })
})
