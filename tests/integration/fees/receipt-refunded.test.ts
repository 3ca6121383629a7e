import { describe, expect, it } from 'vitest'
import type { ReceiptSummary, ReceiptView } from '../../../shared/fees/fees'
import { eachTest } from '../../helpers/each-test'
import { paidDeposit, setUpCounter, type FeesEnv } from '../../helpers/fees'

// The counter hides 作废 on a deposit receipt whose deposit was refunded (the core refuses that
// void until the refund itself is voided): the receipt views must say so.
let env: FeesEnv
eachTest(setUpCounter, (e) => {
  env = e
})

const approval = { username: 'boss', password: 'pass1234' }
const summaryOf = async (id: number) =>
  (await env.account(env.rooms.r3_2_1502)).recentReceipts.find((r: ReceiptSummary) => r.id === id)!

describe('a refunded deposit receipt', () => {
  it('is marked refunded in the list and the detail while its refund stands, and not after the refund is voided', async () => {
    await env.addStaff('boss', 'manager')
    const paid = await paidDeposit(env)
    expect(await summaryOf(paid.id)).toMatchObject({ refundable: true, refunded: false })

    const input = { receiptId: paid.id, deductions: [], method: 'transfer' as const, reason: '装修验收合格' }
    const refund = (await env.cashierApi.attempt.fees.refund(input, { approval })) as { ok: true; data: ReceiptView }
    expect(refund.ok).toBe(true)
    expect(await summaryOf(paid.id)).toMatchObject({ status: 'valid', refundable: false, refunded: true })
    expect(await summaryOf(refund.data.id)).toMatchObject({ kind: 'refund', refunded: false })
    expect(await env.admin.fees.receipt({ receiptId: paid.id })).toMatchObject({ refunded: true })

    const voided = await env.cashierApi.attempt.fees.void(
      { receiptId: refund.data.id, reason: '退款方式有误' },
      { approval }
    )
    expect(voided).toMatchObject({ ok: true })
    expect(await summaryOf(paid.id)).toMatchObject({ refundable: true, refunded: false })
  })
})
