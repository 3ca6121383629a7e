process.env.TZ = 'Asia/Shanghai'
import { describe, expect, it } from 'vitest'
import { clerkApi, defect, env, makeOrders, MANAGER, sqlite } from './workorders-fixture'

/** What the order's rows and events look like, to show a refusal changed nothing. */
const snapshot = () => ({
  orders: sqlite().prepare('SELECT * FROM work_orders ORDER BY id').all(),
  events: sqlite().prepare('SELECT * FROM work_order_events ORDER BY id').all(),
  audits: sqlite().prepare('SELECT COUNT(*) AS n FROM audit_log').get()
})

describe('a step that does not follow from where the order stands is refused', () => {
  it('only a pending order can be marked repaired', async () => {
    const [id] = makeOrders([defect()])
    await clerkApi.workOrders.complete({ workOrderId: id! })
    const before = snapshot()
    expect(await clerkApi.attempt.workOrders.complete({ workOrderId: id! })).toMatchObject({
      ok: false,
      error: {
        code: 'WORK_ORDER_STATE',
        message: '工作单 WX2026-000001 当前为“已完成，尚未预约复验”，不能登记维修完成',
        details: { status: 'completed', action: 'complete' }
      }
    })
    expect(snapshot()).toEqual(before)
  })

  it('a re-inspection is booked only after the repair passed the re-check', async () => {
    const [id] = makeOrders([defect()])
    const before = snapshot()
    expect(
      await clerkApi.attempt.workOrders.bookReinspection({ workOrderId: id!, at: '2026-11-25T10:00' })
    ).toMatchObject({
      ok: false,
      error: { code: 'WORK_ORDER_STATE', message: '工作单 WX2026-000001 当前为“待派工”，不能预约复验' }
    })
    expect(snapshot()).toEqual(before)
  })

  it('the owner signs only a completed order with a re-inspection booked', async () => {
    const [id] = makeOrders([defect()])
    expect(await clerkApi.attempt.workOrders.accept({ workOrderId: id!, signedBy: '张三' })).toMatchObject({
      ok: false,
      error: { code: 'WORK_ORDER_STATE', message: '工作单 WX2026-000001 当前为“待派工”，不能业主签收' }
    })
    await clerkApi.workOrders.complete({ workOrderId: id! })
    expect(await clerkApi.attempt.workOrders.accept({ workOrderId: id!, signedBy: '张三' })).toMatchObject({
      ok: false,
      error: { message: '工作单 WX2026-000001 当前为“已完成，尚未预约复验”，不能业主签收' }
    })
    await clerkApi.workOrders.bookReinspection({ workOrderId: id!, at: '2026-11-25T10:00' })
    await clerkApi.workOrders.accept({ workOrderId: id!, signedBy: '张三' })
    const before = snapshot()
    for (const attempt of [
      clerkApi.attempt.workOrders.accept({ workOrderId: id!, signedBy: '张三' }),
      clerkApi.attempt.workOrders.bookReinspection({ workOrderId: id!, at: '2026-11-27T10:00' }),
      clerkApi.attempt.workOrders.complete({ workOrderId: id! })
    ])
      expect(await attempt).toMatchObject({ ok: false, error: { code: 'WORK_ORDER_STATE' } })
    expect((await clerkApi.attempt.workOrders.complete({ workOrderId: id! })).ok).toBe(false)
    expect(snapshot()).toEqual(before)
  })

  it('the refusal reads in the clerk\u2019s language', async () => {
    const [id] = makeOrders([defect()])
    await clerkApi.staff.setLocale({ locale: 'zh-TW' })
    expect(await clerkApi.attempt.workOrders.accept({ workOrderId: id!, signedBy: '張三' })).toMatchObject({
      error: { message: '工作單 WX2026-000001 目前為「待派工」，不能業主簽收' }
    })
    await clerkApi.staff.setLocale({ locale: 'en' })
    expect(
      await clerkApi.attempt.workOrders.bookReinspection({ workOrderId: id!, at: '2026-11-25T10:00' })
    ).toMatchObject({
      error: { message: 'Work order WX2026-000001 is “Awaiting dispatch”: it cannot be booked for re-inspection' }
    })
  })

  it('an order that does not exist is NOT_FOUND', async () => {
    expect(await clerkApi.attempt.workOrders.get({ workOrderId: 404 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
    expect(await clerkApi.attempt.workOrders.complete({ workOrderId: 404 })).toMatchObject({
      error: { code: 'NOT_FOUND' }
    })
  })
})

describe('the re-inspection time', () => {
  it('must be a real local moment later than now, said beside the field', async () => {
    const [id] = makeOrders([defect()])
    await clerkApi.workOrders.complete({ workOrderId: id! })
    const before = snapshot()
    const cases: [string, string][] = [
      ['2026-02-30T10:00', '格式不正确'],
      ['2026-13-45T99:99', '格式不正确'],
      ['2026-11-22T08:59', '复验时间应晚于现在'],
      ['2026-11-22T09:00', '复验时间应晚于现在']
    ]
    for (const [at, text] of cases)
      expect(await clerkApi.attempt.workOrders.bookReinspection({ workOrderId: id!, at })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', details: { fields: { at: text } } }
      })
    expect(
      await clerkApi.attempt.workOrders.bookReinspection({ workOrderId: id!, at: '2026-11-25 10:00' })
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { at: '日期格式应为 YYYY-MM-DD' } } }
    })
    expect(snapshot()).toEqual(before)
  })
})

describe('malformed input changes nothing', () => {
  it('missing, empty, too long or unknown fields are refused with a field message', async () => {
    const [id] = makeOrders([defect()])
    await clerkApi.workOrders.complete({ workOrderId: id! })
    await clerkApi.workOrders.bookReinspection({ workOrderId: id!, at: '2026-11-25T10:00' })
    const before = snapshot()
    const bad: unknown[] = [
      { workOrderId: id, signedBy: '' },
      { workOrderId: id, signedBy: '张'.repeat(31) },
      { workOrderId: id, signedBy: '张三', note: 'x'.repeat(301) },
      { workOrderId: id, signedBy: '张三', extra: 1 },
      { workOrderId: -1, signedBy: '张三' },
      { workOrderId: '1', signedBy: '张三' },
      { signedBy: '张三' }
    ]
    for (const input of bad)
      expect(await env.mutate('workOrders.accept', input, env.adminToken)).toMatchObject({ ok: false })
    for (const input of bad) {
      const result = await clerkApi.attempt.workOrders.accept(input as never)
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    }
    expect(await clerkApi.attempt.workOrders.list({ status: 'open' } as never)).toMatchObject({
      error: { code: 'VALIDATION' }
    })
    expect(await clerkApi.attempt.workOrders.list({ limit: 0 })).toMatchObject({ error: { code: 'VALIDATION' } })
    expect(snapshot()).toEqual(before)
  })
})

describe('who may do what', () => {
  it('everyone reads; the counter roles move orders on; the administrator does not', async () => {
    const [id] = makeOrders([defect()])
    expect(await env.admin.workOrders.list()).toHaveLength(1)
    expect(await env.admin.attempt.workOrders.complete({ workOrderId: id! })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    const manager = env.clientFor(await env.signIn(MANAGER.username, MANAGER.password))
    expect((await manager.workOrders.complete({ workOrderId: id! })).events.at(-1)).toMatchObject({
      kind: 'completed',
      staffName: MANAGER.username
    })
    const cashier = await env.addStaff('cashier1', 'cashier')
    const cashierApi = env.clientFor(await env.signIn(cashier.username, cashier.password))
    await cashierApi.workOrders.bookReinspection({ workOrderId: id!, at: '2026-11-25T10:00' })
    expect(await env.clientFor('nobody').attempt.workOrders.list()).toMatchObject({ ok: false })
  })
})

describe('the history is append-only', () => {
  it('events cannot be changed or deleted; orders keep their number and are never deleted', async () => {
    const [id] = makeOrders([defect()])
    await clerkApi.workOrders.complete({ workOrderId: id! })
    expect(() => sqlite().prepare(`UPDATE work_order_events SET note = 'x' WHERE work_order_id = ?`).run(id)).toThrow(
      /append-only/
    )
    expect(() => sqlite().prepare('DELETE FROM work_order_events WHERE work_order_id = ?').run(id)).toThrow(
      /append-only/
    )
    expect(() => sqlite().prepare('DELETE FROM work_orders WHERE id = ?').run(id)).toThrow(/never deleted/)
    expect(() => sqlite().prepare(`UPDATE work_orders SET number = 'WX2026-000009' WHERE id = ?`).run(id)).toThrow(
      /keeps its number/
    )
    expect(() =>
      sqlite().prepare('UPDATE work_orders SET room_id = ? WHERE id = ?').run(env.rooms.r3_1_101, id)
    ).toThrow(/keeps its number/)
    expect((await clerkApi.workOrders.get({ workOrderId: id! })).events.map((e) => e.kind)).toEqual([
      'created',
      'completed'
    ])
  })
})
