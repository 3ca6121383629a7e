// Local years and times below are the counter's (UTC+8), whatever the machine running the tests says.
process.env.TZ = 'Asia/Shanghai'
import { describe, expect, it } from 'vitest'
import { clerkApi, sqlite } from './workorders-fixture'
import { asManager, call, snapshot } from './repairs-fixture'

const airCon = {
  name: '空调清洗',
  category: 'paid' as const,
  unit: '台',
  priceFen: 8000,
  needsApproval: true,
  note: '挂机',
  sortKey: 10
}

describe('the published list of services', () => {
  it('is kept by supervisors: saved, changed by id, retired but never deleted, audited', async () => {
    expect(await clerkApi.attempt.serviceItems.save(airCon)).toMatchObject({ error: { code: 'FORBIDDEN' } })
    const manager = await asManager()
    const item = await manager.serviceItems.save(airCon)
    expect(item).toMatchObject({ ...airCon, active: true })
    const unblock = await manager.serviceItems.save({
      name: '疏通下水道',
      category: 'convenience',
      unit: '次',
      priceFen: null
    })
    expect(unblock).toMatchObject({ priceFen: null, needsApproval: false, sortKey: 0 })
    const changed = await manager.serviceItems.save({ ...airCon, id: item.id, priceFen: 9000 })
    expect(changed).toMatchObject({ id: item.id, priceFen: 9000 })
    await manager.serviceItems.save({ ...airCon, id: item.id, priceFen: 9000, active: false })
    expect((await clerkApi.serviceItems.list({})).map((i) => i.name)).toEqual(['疏通下水道'])
    expect((await clerkApi.serviceItems.list({ includeRetired: true })).map((i) => [i.name, i.active])).toEqual([
      ['疏通下水道', true],
      ['空调清洗', false]
    ])
    expect(await manager.attempt.serviceItems.save({ ...airCon, id: 999 })).toMatchObject({
      error: { code: 'NOT_FOUND' }
    })
    const audits = sqlite()
      .prepare(`SELECT count(*) AS n FROM audit_log WHERE summary_key = 'audit.serviceItemSaved'`)
      .get()
    expect(audits).toEqual({ n: 4 })
  })
})

describe('a service order', () => {
  it('takes its item’s price × quantity and waits for a supervisor’s approval before dispatch', async () => {
    const manager = await asManager()
    const item = await manager.serviceItems.save(airCon)
    const order = await clerkApi.repairs.create(
      call({
        kind: 'service',
        source: 'counter',
        category: 'service',
        location: '主卧',
        description: '清洗两台空调',
        serviceItemId: item.id,
        quantityCenti: 200,
        appointmentAt: '2026-11-23T10:00'
      })
    )
    expect(order).toMatchObject({
      kind: 'service',
      category: `service:${item.id}`,
      categoryName: '空调清洗',
      charge: 'paid',
      feeFen: 16000,
      quoteAgreedBy: '张三',
      quantityCenti: 200,
      serviceItem: { id: item.id, name: '空调清洗', unit: '台', priceFen: 8000 },
      approvalRequired: true,
      approvedBy: null
    })
    expect(await clerkApi.attempt.repairs.dispatch({ workOrderId: order.id, assignee: '保洁部' })).toMatchObject({
      error: { code: 'WORK_ORDER_STATE', message: '工作单 WX2026-000001 当前为“待批准”，不能派工' }
    })
    expect(await clerkApi.attempt.repairs.approve({ workOrderId: order.id })).toMatchObject({
      error: { code: 'FORBIDDEN' }
    })
    const approved = await manager.repairs.approve({ workOrderId: order.id, note: '同意' })
    expect(approved).toMatchObject({ approvedBy: 'boss', approvedAt: expect.any(String) })
    expect(await manager.attempt.repairs.approve({ workOrderId: order.id })).toMatchObject({
      error: { code: 'WORK_ORDER_STATE', message: '工作单 WX2026-000001 当前为“已批准”，不能批准' }
    })
    // The agreed time from the registration stays the appointment when the dispatch names none.
    const dispatched = await clerkApi.repairs.dispatch({ workOrderId: order.id, assignee: '保洁部' })
    expect(dispatched).toMatchObject({ status: 'dispatched', appointmentAt: '2026-11-23T02:00:00.000Z' })
    expect(dispatched.deadlines.find((d) => d.step === 'arrive')).toMatchObject({ dueAt: '2026-11-23T02:15:00.000Z' })
  })

  it('is quoted like a paid repair when the item’s price is 面议, and refused for a retired item', async () => {
    const manager = await asManager()
    const unblock = await manager.serviceItems.save({
      name: '疏通下水道',
      category: 'convenience',
      unit: '次',
      priceFen: null
    })
    const retired = await manager.serviceItems.save({ ...airCon, active: false })
    const service = (extra: object) => call({ kind: 'service', category: 'service', description: '下水道堵', ...extra })
    const before = snapshot()
    expect(await clerkApi.attempt.repairs.create(service({ serviceItemId: unblock.id }))).toMatchObject({
      error: {
        code: 'VALIDATION',
        details: { fields: { partsFen: expect.any(String), quoteAgreedBy: expect.any(String) } }
      }
    })
    expect(await clerkApi.attempt.repairs.create(service({ serviceItemId: retired.id }))).toMatchObject({
      error: { code: 'VALIDATION', details: { fields: { serviceItemId: '该服务项目已停用' } } }
    })
    expect(await clerkApi.attempt.repairs.create(service({}))).toMatchObject({
      error: { code: 'VALIDATION', details: { fields: { serviceItemId: '请选择服务项目' } } }
    })
    expect(snapshot()).toEqual(before)
    const quoted = await clerkApi.repairs.create(
      service({ serviceItemId: unblock.id, partsFen: 0, labourFen: 6000, quoteAgreedBy: '张三' })
    )
    expect(quoted).toMatchObject({ charge: 'paid', feeFen: 6000, approvalRequired: false, categoryName: '疏通下水道' })
  })
})
