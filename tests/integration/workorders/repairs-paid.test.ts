// Local years and times below are the counter's (UTC+8), whatever the machine running the tests says.
process.env.TZ = 'Asia/Shanghai'
import { describe, expect, it } from 'vitest'
import { clerkApi, env, sqlite } from './workorders-fixture'
import { asCashier, asManager, at, call, paidServiceItem, snapshot } from './repairs-fixture'

const paid = () =>
  call({
    category: 'plumbing',
    description: '更换户内水管（保修期外）',
    charge: 'paid',
    partsFen: 3000,
    labourFen: 5000,
    quoteAgreedBy: '张三'
  })

/** A paid order taken to 已完成 with its final fee (parts 35.00, labour 50.00). */
async function finished() {
  const order = await clerkApi.repairs.create(paid())
  await clerkApi.repairs.dispatch({ workOrderId: order.id, assignee: '工程部 水电班' })
  await at('2026-11-22T10:00')
  await clerkApi.repairs.arrive({ workOrderId: order.id })
  return clerkApi.repairs.finish({ workOrderId: order.id, workDone: '换水管 2 米', partsFen: 3500, signedBy: '张三' })
}

describe('a paid repair', () => {
  it('needs the quote and who agreed to it, and nothing is saved without them', async () => {
    const before = snapshot()
    expect(await clerkApi.attempt.repairs.create(call({ charge: 'paid' }))).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: {
          fields: {
            partsFen: '有偿维修请填写材料费和人工费',
            labourFen: '有偿维修请填写材料费和人工费',
            quoteAgreedBy: '请填写同意报价的住户'
          }
        }
      }
    })
    expect(await clerkApi.attempt.repairs.create(call({ partsFen: 100 }))).toMatchObject({
      error: { code: 'VALIDATION', details: { fields: { partsFen: '免费维修不填费用' } } }
    })
    expect(snapshot()).toEqual(before)
    const order = await clerkApi.repairs.create(paid())
    expect(order).toMatchObject({
      charge: 'paid',
      partsFen: 3000,
      labourFen: 5000,
      feeFen: 8000,
      quoteAgreedBy: '张三'
    })
  })

  it('is charged on a receipt after the resident signed, and closes only once charged', async () => {
    // The fee item exists (the administrator made it) but the settings do not name it yet.
    const feeItemId = await paidServiceItem(false)
    await asCashier()
    const order = await finished()
    expect(order).toMatchObject({ status: 'completed', partsFen: 3500, labourFen: 5000, feeFen: 8500, charged: null })

    // No fee item named in the settings yet: the refusal says where to set it.
    expect(await clerkApi.attempt.repairs.charge({ workOrderId: order.id, settlement: 'receipt' })).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_FEE_ITEM_UNSET', message: expect.stringContaining('设置 → 报修投诉') }
    })
    const manager = await asManager()
    const settings = await manager.repairs.settings({})
    await manager.repairs.saveSettings({ ...settings, serviceFeeItemId: feeItemId })

    await clerkApi.repairs.visit({ workOrderId: order.id, method: 'phone', reached: true, result: 'satisfied' })
    expect(await clerkApi.attempt.repairs.close({ workOrderId: order.id, note: '' })).toMatchObject({
      ok: false,
      error: { code: 'WORK_ORDER_STATE', message: '工作单 WX2026-000001 当前为“未收费”，不能关闭' }
    })

    const charged = await clerkApi.repairs.charge({ workOrderId: order.id, settlement: 'receipt' })
    expect(charged).toMatchObject({ settlement: 'receipt', charged: { receiptCode: null } })
    const receivableId = charged.charged!.receivableId
    expect(charged.events.at(-1)).toMatchObject({
      kind: 'charged',
      details: { receivableId, amountFen: 8500, settlement: 'receipt' }
    })
    expect(await clerkApi.attempt.repairs.charge({ workOrderId: order.id, settlement: 'receipt' })).toMatchObject({
      error: { code: 'WORK_ORDER_STATE', message: '工作单 WX2026-000001 当前为“已收费”，不能收费' }
    })

    // The room's unpaid list shows it; the cashier takes it as a normal receipt.
    const cashier = await asCashier()
    const account = await cashier.fees.account({ roomId: env.rooms.r3_2_1502 })
    const line = account.unpaid.find((r) => r.id === receivableId)
    expect(line).toMatchObject({ amountFen: 8500, dueOn: '2026-11-22', note: 'WX2026-000001 水电' })
    const receipt = await cashier.fees.pay({
      roomId: env.rooms.r3_2_1502,
      receivableIds: [receivableId],
      payerName: '张三',
      payments: [{ method: 'cash', amount: '85' }],
      expectedTotal: '85'
    } as never)
    const paidView = await clerkApi.workOrders.get({ workOrderId: order.id })
    expect(paidView.charged).toEqual({ receivableId, receiptCode: (receipt as { code: string }).code })
    expect((await clerkApi.workOrders.list({})).find((o) => o.id === order.id)?.charged?.receiptCode).toBe(
      (receipt as { code: string }).code
    )

    expect(await clerkApi.repairs.close({ workOrderId: order.id, note: '' })).toMatchObject({ status: 'closed' })
    // The household's history words each step in the reader's language.
    const history = (await clerkApi.households.timeline({ roomId: env.rooms.r3_2_1502 })).map((e) => e.summary)
    expect(history).toContain('工作单 WX2026-000001 收费 85.00（前台收据）')
    expect(history).toContain('工作单 WX2026-000001 完工（张三 签认）')
  })

  it('may stay on the room’s account for the monthly settlement', async () => {
    await paidServiceItem()
    const order = await finished()
    const charged = await clerkApi.repairs.charge({ workOrderId: order.id, settlement: 'account' })
    expect(charged).toMatchObject({ settlement: 'account', charged: { receiptCode: null } })
    const row = sqlite()
      .prepare('SELECT amount_fen AS amountFen, due_on AS dueOn, source FROM receivables WHERE id = ?')
      .get(charged.charged!.receivableId)
    expect(row).toEqual({ amountFen: 8500, dueOn: '2026-11-30', source: 'adhoc' })
  })

  it('a free order is never charged', async () => {
    await paidServiceItem()
    const order = await clerkApi.repairs.create(call({ category: 'plumbing' }))
    await clerkApi.repairs.dispatch({ workOrderId: order.id, assignee: '张师傅' })
    await clerkApi.repairs.arrive({ workOrderId: order.id })
    await clerkApi.repairs.finish({ workOrderId: order.id, workDone: '疏通', signedBy: '张三' })
    const before = snapshot()
    expect(await clerkApi.attempt.repairs.charge({ workOrderId: order.id, settlement: 'receipt' })).toMatchObject({
      error: { code: 'WORK_ORDER_STATE', message: '工作单 WX2026-000001 当前为“免费”，不能收费' }
    })
    expect(snapshot()).toEqual(before)
  })
})
