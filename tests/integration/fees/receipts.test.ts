import { describe, expect, it } from 'vitest'
import type { ReceiptView } from '../../../shared/fees/fees'
import { eachTest } from '../../helpers/each-test'
import { billInput, octoberBill, paidDeposit, prepayInput, setUpBilling, type FeesEnv } from '../../helpers/fees'

// 3-2-1502 (120.35 ㎡) is lived in; 3-1-101 (89.50 ㎡) is in trusteeship.
let env: FeesEnv
eachTest(setUpBilling, (e) => {
  env = e
})

/** `months` of 3-2-1502's 物业管理费 at 222.65 each, paid exactly in cash. */
const prepay = (months: number) => prepayInput(env, months, ((22265 * months) / 100).toFixed(2))

describe('receipt numbers stay gapless', () => {
  it('across retries, refusals, a failure mid-transaction, and voids', async () => {
    const pay = (months: number) => env.pay(prepay(months))
    expect(await pay(1)).toMatchObject({ ok: true, data: { code: 'SJ2026000001' } })
    expect(await env.pay(prepayInput(env, 1, '1'))).toMatchObject({ ok: false })
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
    const pay = () => env.payOk(prepay(1))
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
    const bill = await octoberBill(env)
    const paid = (await env.pay(billInput(env, bill.id), {}, clerk)) as { data: ReceiptView }
    expect(paid.data.voidNeedsApproval).toBe(false)
    const voided = await env
      .clientFor(clerk)
      .attempt.fees.void({ receiptId: paid.data.id, reason: '客户要求改为微信支付' })
    expect(voided).toMatchObject({
      ok: true,
      data: { code: paid.data.code, status: 'void', void: { reason: '客户要求改为微信支付', staffName: 'clerk1' } }
    })
    expect((await env.account(env.rooms.r3_2_1502)).unpaid.map((r) => r.id)).toEqual([bill.id])
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
    const paid = (await env.pay(prepay(1), {}, clerk1)) as { data: ReceiptView }
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
    const paid = await paidDeposit(env)
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
    await env.payOk(prepay(1))
    for (const table of ['receipts', 'receipt_lines', 'payments']) {
      expect(() => env.core.store.sqlite.exec(`UPDATE ${table} SET id = id`)).toThrow(/append-only/)
      expect(() => env.core.store.sqlite.exec(`DELETE FROM ${table}`)).toThrow(/append-only/)
    }
    expect(() => env.core.store.sqlite.exec(`UPDATE receivables SET amount_fen = 1`)).toThrow(/fixed/)
  })
})
