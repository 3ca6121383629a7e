// Local years and times below are the counter's (UTC+8), whatever the machine running the tests says.
process.env.TZ = 'Asia/Shanghai'
import { describe, expect, it } from 'vitest'
import { clerkApi, defect, env, makeOrders, sqlite } from './workorders-fixture'
import { at as repairAt, call, paidServiceItem, snapshot } from './repairs-fixture'
import { at, register } from './complaints-fixture'

// The test clock starts on Sunday 2026-11-22 at 09:00 local time (01:00 UTC).

describe("a move-in inspection's order keeps its own way", () => {
  it('is never dispatched nor followed up through the repairs procedures, and nothing changes', async () => {
    const [id] = makeOrders([defect()])
    const before = snapshot()
    expect(await clerkApi.attempt.repairs.dispatch({ workOrderId: id!, assignee: '水电班' })).toMatchObject({
      error: { code: 'WORK_ORDER_STATE', details: { status: 'pending', action: 'dispatch' } }
    })
    expect(snapshot()).toEqual(before)

    await clerkApi.workOrders.complete({ workOrderId: id! })
    const completed = snapshot()
    expect(
      await clerkApi.attempt.repairs.visit({ workOrderId: id!, method: 'phone', reached: true, result: 'unsatisfied' })
    ).toMatchObject({ error: { code: 'WORK_ORDER_STATE', details: { status: 'completed', action: 'visit' } } })
    expect(snapshot()).toEqual(completed)
    expect((await clerkApi.workOrders.get({ workOrderId: id! })).status).toBe('completed')
  })
})

describe("the complaints' due filters", () => {
  it("agree with the work orders': 'today' holds the overdue ones too", async () => {
    await at('2026-11-22T10:00')
    const major = await register()
    // The escalation of a major complaint is due within the day; the next morning it is overdue.
    await at('2026-11-23T10:00')
    const ids = async (due: 'today' | 'overdue') => (await clerkApi.complaints.list({ due })).map((c) => c.id)
    expect(await ids('overdue')).toEqual([major.id])
    expect(await ids('today')).toEqual([major.id])
  })

  it('a typed % or _ in the search is a character, not a wildcard', async () => {
    await register()
    expect(await clerkApi.complaints.list({ search: '%' })).toEqual([])
    expect(await clerkApi.complaints.list({ search: '_' })).toEqual([])
    expect(await clerkApi.complaints.list({ search: 'TS2026' })).toHaveLength(1)
  })
})

describe('the contact on a complaint', () => {
  it('is masked for a clerk and shown once the clerk is among the reveal roles, as on the household file', async () => {
    const { id } = await register()
    expect((await clerkApi.complaints.get({ complaintId: id })).contact).toBe('139****5678')
    sqlite()
      .prepare(`INSERT OR REPLACE INTO settings (key, value) VALUES ('revealRoles', ?)`)
      .run(JSON.stringify(['supervisor', 'manager', 'clerk']))
    expect((await clerkApi.households.get({ roomId: env.rooms.r3_2_1502 })).mayReveal).toBe(true)
    expect((await clerkApi.complaints.get({ complaintId: id })).contact).toBe('13912345678')
  })
})

describe('a charged order finished again after a rework', () => {
  it('keeps the fee it was charged: a new fee is refused and nothing changes', async () => {
    await paidServiceItem()
    const order = await clerkApi.repairs.create(
      call({ category: 'plumbing', charge: 'paid', partsFen: 3000, labourFen: 5000, quoteAgreedBy: '张三' })
    )
    await clerkApi.repairs.dispatch({ workOrderId: order.id, assignee: '水电班' })
    await repairAt('2026-11-22T10:00')
    await clerkApi.repairs.arrive({ workOrderId: order.id })
    await clerkApi.repairs.finish({ workOrderId: order.id, workDone: '换水管', signedBy: '张三' })
    await clerkApi.repairs.charge({ workOrderId: order.id, settlement: 'account' })
    await repairAt('2026-11-22T11:00')
    await clerkApi.repairs.visit({ workOrderId: order.id, method: 'phone', reached: true, result: 'unsatisfied' })
    await clerkApi.repairs.dispatch({ workOrderId: order.id, assignee: '水电班' })
    await repairAt('2026-11-22T12:00')
    await clerkApi.repairs.arrive({ workOrderId: order.id })
    const before = snapshot()
    const again = { workOrderId: order.id, workDone: '重新接头', signedBy: '张三' }
    expect(await clerkApi.attempt.repairs.finish({ ...again, partsFen: 9000 })).toMatchObject({
      error: { code: 'VALIDATION', details: { fields: { partsFen: '已收费的工作单不能再改费用' } } }
    })
    expect(snapshot()).toEqual(before)
    expect(await clerkApi.repairs.finish(again)).toMatchObject({ status: 'completed', feeFen: 8000 })
  })
})
