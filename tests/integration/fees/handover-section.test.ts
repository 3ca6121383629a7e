import { describe, expect, it } from 'vitest'
import type { ReceiptView } from '../../../shared/fees/fees'
import type { HandoverWindow } from '../../../shared/handover/sections'
import { localDate } from '../../../shared/kernel/calendar'
import { feesHandover, moneySection } from '../../../electron/main/services/fees/handover-section'
import { eachTest } from '../../helpers/each-test'
import { setUpCounter, type FeesEnv } from '../../helpers/fees'

// The handover's money: what was done on the window's shifts, taken through fees.pay, fees.void,
// fees.refund and the paper books. The setup's sign-in opened the counter's first shift; `newShift`
// closes it as a handover would and the cashier's next sign-in opens the next one.
let env: FeesEnv
let cashier: string
eachTest(setUpCounter, async (e) => {
  env = e
  cashier = e.cashierToken
  await e.addStaff('boss', 'manager')
})

const approval = { username: 'boss', password: 'pass1234' }
const sqlite = () => env.core.store.sqlite
const counter = () => env.clientFor(() => cashier)
const openShiftId = () => (sqlite().prepare('SELECT id FROM shifts WHERE closed_at IS NULL').get() as { id: number }).id

async function newShift(): Promise<number> {
  env.clock.advanceMinutes(30)
  sqlite().prepare('UPDATE shifts SET closed_at = ? WHERE closed_at IS NULL').run(env.clock.now().toISOString())
  env.clock.advanceMinutes(1)
  cashier = await env.signIn('cashier1', 'pass1234')
  return openShiftId()
}

/** The window from a shift's opening to now (the clock moves on a minute first). */
function windowOf(shiftIds: number[]): HandoverWindow {
  env.clock.advanceMinutes(1)
  const { from } = sqlite()
    .prepare(`SELECT min(opened_at) AS "from" FROM shifts WHERE id IN (${shiftIds.join(',')})`)
    .get() as { from: string }
  const to = env.clock.now().toISOString()
  return { counterId: 1, shiftIds, from, to, today: localDate(to) }
}

type Method = 'cash' | 'wechat' | 'alipay' | 'transfer'

/** A 装修保证金 of `amount` charged to 3-2-1502 (its amount is agreed per case) and paid as told. */
async function paid(amount: string, payments: { method: Method; amount: string }[]): Promise<ReceiptView> {
  const roomId = env.rooms.r3_2_1502
  const charge = await counter().fees.addCharge({ roomId, itemId: env.items.deposit.id, amount })
  return counter().fees.pay({
    roomId,
    receivableIds: [charge.id],
    payerName: '张三',
    payments,
    expectedTotal: amount
  })
}
const cash = (amount: string) => paid(amount, [{ method: 'cash', amount }])

describe('the money section', () => {
  it('counts the window’s shifts only: two cash receipts and a WeChat one, the 50.00 voided', async () => {
    await cash('80') // on the first shift: outside the window
    const shift = await newShift()
    const first = await cash('100')
    const voided = await cash('50')
    const wechat = await paid('70', [{ method: 'wechat', amount: '70' }])
    await counter().fees.void({ receiptId: voided.id, reason: '金额录错' })

    const [section] = feesHandover(sqlite(), windowOf([shift]))
    expect(section).toEqual({
      kind: 'money',
      id: 'money',
      titleKey: 'handover.section.money',
      order: 10,
      receipts: { count: 3, firstCode: first.code, lastCode: wechat.code, totalFen: 22000 },
      byMethod: [
        { method: 'cash', count: 2, totalFen: 15000 },
        { method: 'wechat', count: 1, totalFen: 7000 }
      ],
      voids: { count: 1, totalFen: 5000, codes: [voided.code] },
      refunds: { count: 0, totalFen: 0, codes: [] },
      spoiled: { count: 0, numbers: [] },
      paperBooks: [],
      cashNetFen: 10000
    })
    // Both shifts together: the 80.00 of the first one joins.
    const both = moneySection(sqlite(), windowOf([shift - 1, shift]))
    expect(both.receipts).toMatchObject({ count: 4, totalFen: 30000 })
    expect(both.cashNetFen).toBe(18000)
  })

  it('takes a split payment in each method, a void of an earlier shift’s receipt and a cash refund', async () => {
    const earlier = await cash('30')
    const deposit = await paid('2000', [{ method: 'transfer', amount: '2000' }])
    const shift = await newShift()
    const split = await paid('120', [
      { method: 'cash', amount: '20' },
      { method: 'alipay', amount: '100' }
    ])
    // Voiding a receipt of the shift before needs a supervisor: the cash goes back from this drawer.
    expect(
      await counter().attempt.fees.void({ receiptId: earlier.id, reason: '重复收费' }, { approval })
    ).toMatchObject({ ok: true })
    const refund = await counter().fees.refund(
      {
        receiptId: deposit.id,
        deductions: [{ description: '损坏公共墙面', amount: '1900' }],
        method: 'cash',
        reason: '装修验收合格'
      },
      { approval }
    )

    const money = moneySection(sqlite(), windowOf([shift]))
    expect(money.receipts).toEqual({ count: 1, firstCode: split.code, lastCode: split.code, totalFen: 12000 })
    expect(money.byMethod).toEqual([
      { method: 'cash', count: 1, totalFen: 2000 },
      { method: 'alipay', count: 1, totalFen: 10000 }
    ])
    expect(money.voids).toEqual({ count: 1, totalFen: 3000, codes: [earlier.code] })
    expect(money.refunds).toEqual({ count: 1, totalFen: -10000, codes: [refund.code] })
    // 20.00 in, the 30.00 of the voided receipt and the 100.00 refund out.
    expect(money.cashNetFen).toBe(2000 - 3000 - 10000)
  })

  it('voiding a cash refund takes its cash back into the drawer', async () => {
    const deposit = await paid('500', [{ method: 'transfer', amount: '500' }])
    const shift = await newShift()
    const refund = await counter().fees.refund(
      { receiptId: deposit.id, deductions: [], method: 'cash', reason: '验收合格' },
      { approval }
    )
    await counter().fees.void({ receiptId: refund.id, reason: '退款方式有误' }, { approval })
    const money = moneySection(sqlite(), windowOf([shift]))
    expect(money.refunds).toEqual({ count: 1, totalFen: -50000, codes: [refund.code] })
    expect(money.voids).toEqual({ count: 1, totalFen: -50000, codes: [refund.code] })
    expect(money.cashNetFen).toBe(0)
    expect(money.receipts).toEqual({ count: 0, firstCode: null, lastCode: null, totalFen: 0 })
  })

  it('lists the window’s people’s paper books with their next form, and the forms spoiled in the window', async () => {
    const cashierId = (sqlite().prepare(`SELECT id FROM staff WHERE username = 'cashier1'`).get() as { id: number }).id
    const bossId = (sqlite().prepare(`SELECT id FROM staff WHERE username = 'boss'`).get() as { id: number }).id
    await env.admin.printing.registerBook({ label: '收据本 A', from: 1001, to: 1005, holderId: cashierId })
    await env.admin.printing.registerBook({ label: '收据本 B', from: 2001, to: 2050, holderId: cashierId })
    // Held by someone who worked no shift of the window: not this desk's.
    await env.admin.printing.registerBook({ label: '收据本 C', from: 3001, to: 3050, holderId: bossId })
    await counter().printing.spoilPaper({ paperNumber: 1001, reason: '卡纸' }) // before the window
    const shift = await newShift()
    await cash('10') // the cashier issues a receipt on the shift
    await counter().printing.spoilPaper({ paperNumber: 1002, throughNumber: 1003, reason: '打印错位' })
    await counter().printing.spoilPaper({ paperNumber: 1005, reason: '污损' })

    const money = moneySection(sqlite(), windowOf([shift]))
    expect(money.spoiled).toEqual({ count: 3, numbers: ['1002', '1003', '1005'] })
    expect(money.paperBooks).toEqual([
      { book: '收据本 A', nextNumber: '1004', remaining: 1 },
      { book: '收据本 B', nextNumber: '2001', remaining: 50 }
    ])
    await counter().printing.spoilPaper({ paperNumber: 1004, reason: '卡纸' })
    // Used up in the window: still listed, with no next form.
    expect(moneySection(sqlite(), windowOf([shift])).paperBooks[0]).toEqual({
      book: '收据本 A',
      nextNumber: null,
      remaining: 0
    })
  })
})
