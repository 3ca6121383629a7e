import { describe, expect, it } from 'vitest'
import type { CheckinView } from '../../../shared/checkin/api'
import { DEFAULT_CHECKIN_SETTINGS } from '../../../shared/checkin/settings'
import { formatFen } from '../../../shared/domain/money'
import type { ReceiptView } from '../../../shared/fees/fees'
import { clerkApi, completeAll, count, env, save, sqlite, start, supervisorApi } from './checkin-fixture'

/**
 * 入住收费 after 房屋托管: 3-2-1502 (120.35 ㎡, 物业管理费 1.85 元/㎡/月, 70 % in trusteeship) moves in
 * on 2026-11-22. One month costs 222.65 元 in full and 155.85 元 at the trusteeship share.
 */
const FULL = 22265
const SHARE = 15585

/** Three months of trusteeship from the move-in day: November, December and January. */
const threeMonths = { wanted: true, agreementSignedOn: '2026-11-22', from: '2026-11-22', to: '2027-02-21' }

/** The move-in fees paid in cash exactly as the check-in shows them, through checkin.pay. */
function payAsShown(view: CheckinView, extra: Record<string, unknown> = {}, procedure = 'checkin.pay') {
  const amount = formatFen(view.fees.totalFen, { grouping: false })
  const input = {
    ...(procedure === 'checkin.pay' ? { checkinId: view.id } : {}),
    roomId: view.roomId,
    prepay: view.fees.prepay.map((p) => ({ itemId: p.itemId, months: p.months })),
    payerName: '张三',
    payments: [{ method: 'cash', amount }],
    expectedTotal: amount,
    ...extra
  }
  return env.mutate(procedure, input, env.cashierToken)
}

const lines = (receiptId: number) =>
  sqlite()
    .prepare(
      `SELECT r.period, r.percent, l.amount_fen AS amountFen FROM receipt_lines l JOIN receivables r ON r.id = l.receivable_id
        WHERE l.receipt_id = ? ORDER BY r.period`
    )
    .all(receiptId)

async function prepayMonths(months: number) {
  await supervisorApi.checkin.saveSettings({ ...DEFAULT_CHECKIN_SETTINGS, prepayMonths: months })
}

describe('the move-in fees follow the trusteeship answered before them', () => {
  it('a trusteeship of three months from the move-in prices those months at 70 % and the rest in full', async () => {
    await prepayMonths(6)
    const { id } = await start()
    const view = await completeAll(id, { trusteeship: threeMonths })
    const [prepay] = view.fees.prepay
    expect(prepay!.monthly.slice(0, 6)).toEqual([
      { period: '2026-11', percent: 70, amountFen: SHARE },
      { period: '2026-12', percent: 70, amountFen: SHARE },
      { period: '2027-01', percent: 70, amountFen: SHARE },
      { period: '2027-02', percent: 100, amountFen: FULL },
      { period: '2027-03', percent: 100, amountFen: FULL },
      { period: '2027-04', percent: 100, amountFen: FULL }
    ])
    expect(prepay).toMatchObject({ months: 6, amountFen: 3 * SHARE + 3 * FULL })
    expect(view.fees.totalFen).toBe(113550)

    const paid = await payAsShown(view)
    expect(paid).toMatchObject({ ok: true, data: { totalFen: 113550 } })
    const receipt = paid.ok ? (paid.data as ReceiptView) : null
    expect(receipt!.code).toMatch(/^SJ2026\d{6}$/)
    const rows = lines(receipt!.id) as { percent: number; amountFen: number }[]
    expect(rows.map((r) => r.percent)).toEqual([70, 70, 70, 100, 100, 100])
    expect(rows.reduce((sum, r) => sum + r.amountFen, 0)).toBe(receipt!.totalFen)

    expect(await save(id, 'fees', { receiptIds: [receipt!.id] })).toMatchObject({ ok: true })
    const done = await clerkApi.checkin.finish({ checkinId: id })
    expect(done).toMatchObject({ status: 'done', outcome: 'trusteeship', roomStatus: 'trusteeship' })
  })

  it('an open-ended trusteeship prices every prepaid month at the share; no trusteeship, none', async () => {
    const { id } = await start()
    const open = await completeAll(id, { trusteeship: { ...threeMonths, to: null } })
    expect(open.fees.prepay[0]!.monthly.every((m) => m.percent === 70)).toBe(true)
    expect(open.fees.totalFen).toBe(3 * SHARE)
    const none = await completeAll(id, { trusteeship: { wanted: false } })
    expect(none.fees.totalFen).toBe(3 * FULL)
  })

  it('a rate change inside the prepaid months prices each month at the rate in force for it', async () => {
    await env.admin.fees.setPrice({ itemId: env.items.property.id, price: '2.00', effectiveFrom: '2027-01-01' })
    const { id } = await start()
    const view = await completeAll(id)
    // 2.00 元 × 120.35 ㎡ = 240.70 元 from January.
    expect(view.fees.prepay[0]!.monthly.slice(0, 3).map((m) => m.amountFen)).toEqual([FULL, FULL, 24070])
    expect(view.fees.totalFen).toBe(2 * FULL + 24070)
    const paid = await payAsShown(view)
    expect(paid).toMatchObject({ ok: true, data: { totalFen: 2 * FULL + 24070 } })
  })

  it('both at once: the January rate at the trusteeship share', async () => {
    await env.admin.fees.setPrice({ itemId: env.items.property.id, price: '2.00', effectiveFrom: '2027-01-01' })
    await prepayMonths(4)
    const { id } = await start()
    const view = await completeAll(id, { trusteeship: threeMonths })
    // 240.70 元 × 70 % = 168.49 元.
    expect(view.fees.prepay[0]!.monthly.slice(0, 4).map((m) => m.amountFen)).toEqual([SHARE, SHARE, 16849, 24070])
    const paid = await payAsShown(view)
    expect(paid).toMatchObject({ ok: true, data: { totalFen: 2 * SHARE + 16849 + 24070 } })
  })
})

describe('what was paid must match the trusteeship answer', () => {
  it('a receipt taken in full before the trusteeship was answered is refused by the step and the finish', async () => {
    const { id } = await start()
    const view = await completeAll(id)
    const paid = await payAsShown(view)
    const receipt = paid.ok ? (paid.data as ReceiptView) : null
    expect(await save(id, 'fees', { receiptIds: [receipt!.id] })).toMatchObject({ ok: true })
    // The owner changes his mind after paying: the trusteeship answer now calls for 70 %.
    expect(await save(id, 'trusteeship', threeMonths)).toMatchObject({ ok: true })
    const refusal = {
      ok: false,
      error: {
        code: 'CHECKIN_RECEIPT_SHARE',
        message: `收据 ${receipt!.code} 的物业管理费 2026-11 按 100% 收取，与房屋托管的答复（应按 70%）不符：请作废该收据后重新收费`
      }
    }
    expect(await clerkApi.attempt.checkin.finish({ checkinId: id })).toMatchObject(refusal)
    expect(await save(id, 'fees', { receiptIds: [receipt!.id] })).toMatchObject(refusal)
    expect(count('checkins', `status = 'done'`)).toBe(0)
    expect(count('trusteeships')).toBe(0)
  })

  it('a payment at the share for a trusteeship then answered no is refused at the finish', async () => {
    const { id } = await start()
    const view = await completeAll(id, { trusteeship: threeMonths })
    const paid = await payAsShown(view)
    const receipt = paid.ok ? (paid.data as ReceiptView) : null
    await save(id, 'fees', { receiptIds: [receipt!.id] })
    await save(id, 'trusteeship', { wanted: false })
    expect(await clerkApi.attempt.checkin.finish({ checkinId: id })).toMatchObject({
      ok: false,
      error: { code: 'CHECKIN_RECEIPT_SHARE' }
    })
  })

  it('the share is had only through the open check-in that answered trusteeship, never from fees.pay', async () => {
    const { id } = await start()
    const view = await completeAll(id, { trusteeship: threeMonths })
    const plan = { trusteeship: { from: threeMonths.from, to: threeMonths.to } }
    // fees.pay takes no trusteeship plan, and without one it charges in full: not the total shown.
    expect(await payAsShown(view, plan, 'fees.pay')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' }
    })
    expect(await payAsShown(view, {}, 'fees.pay')).toMatchObject({
      ok: false,
      error: { code: 'AMOUNT_MISMATCH' }
    })
    // checkin.pay takes the plan from the check-in, not from the screen, and only for its own room.
    expect(await payAsShown(view, plan)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await payAsShown(view, { roomId: env.rooms.r3_1_101 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
    await clerkApi.checkin.cancel({ checkinId: id, reason: '业主改期' })
    expect(await payAsShown(view)).toMatchObject({ ok: false, error: { code: 'CHECKIN_CLOSED' } })
    expect(count('receipts')).toBe(0)
    expect(count('receivables')).toBe(0)
  })
})
