// Local years and times below are the counter's (UTC+8), whatever the machine running the tests says.
process.env.TZ = 'Asia/Shanghai'
import { describe, expect, it } from 'vitest'
import { clerkApi, env, sqlite } from './workorders-fixture'
import { asManager, at, call, local, snapshot } from './repairs-fixture'

// The test clock starts on Sunday 2026-11-22 at 09:00 local time (01:00 UTC).

const due = async (filter: 'overdue' | 'today') =>
  (await clerkApi.workOrders.list({ due: filter })).map((o) => o.number)

describe('a leak reported by phone', () => {
  it('is dispatched, repaired with a leak test and followed up 3 days after the test, by 23:59:59 local', async () => {
    const created = await clerkApi.repairs.create(call())
    expect(created).toMatchObject({
      number: 'WX2026-000001',
      kind: 'repair',
      source: 'phone',
      status: 'pending',
      category: 'leak',
      categoryName: '渗漏水',
      reporter: '张三',
      // A clerk may not read a resident's phone in full (the household file's reveal rule).
      contact: '139****5678',
      charge: 'free',
      feeFen: null,
      charged: null,
      deadlines: [{ step: 'dispatch', dueAt: local('2026-11-22T09:30'), doneAt: null, urgency: 'dueSoon' }],
      next: { step: 'dispatch' },
      events: [{ kind: 'created' }]
    })
    expect(sqlite().prepare('SELECT contact FROM work_orders').get()).toEqual({ contact: '13912345678' })
    // The phone is on the row only, never in the event's facts the drawer shows.
    expect(created.events[0]!.details).toMatchObject({ kind: 'repair', reporter: '张三', urgent: false })
    expect(JSON.stringify(created.events)).not.toContain('13912345678')
    // The manager is among the roles that may reveal (settings.revealRoles) and sees the number.
    expect((await (await asManager()).workOrders.get({ workOrderId: created.id })).contact).toBe('13912345678')

    await at('2026-11-22T09:10')
    const dispatched = await clerkApi.repairs.dispatch({
      workOrderId: created.id,
      assignee: '工程部 水电班',
      appointmentAt: '2026-11-22T14:00'
    })
    expect(dispatched).toMatchObject({
      status: 'dispatched',
      assignee: '工程部 水电班',
      appointmentAt: local('2026-11-22T14:00'),
      dispatchedAt: local('2026-11-22T09:10')
    })
    expect(dispatched.deadlines).toEqual([
      { step: 'dispatch', dueAt: local('2026-11-22T09:30'), doneAt: local('2026-11-22T09:10'), urgency: 'done' },
      { step: 'arrive', dueAt: local('2026-11-22T14:15'), doneAt: null, urgency: 'dueToday' },
      { step: 'complete', dueAt: '2026-11-24T15:59:59.999Z', doneAt: null, urgency: 'upcoming' }
    ])
    expect(dispatched.events.at(-1)).toMatchObject({
      kind: 'dispatched',
      staffName: 'clerk1',
      details: { assignee: '工程部 水电班', appointmentAt: local('2026-11-22T14:00') }
    })

    await at('2026-11-22T14:20')
    const arrived = await clerkApi.repairs.arrive({ workOrderId: created.id, at: '2026-11-22T14:05' })
    expect(arrived).toMatchObject({ status: 'inProgress', arrivedAt: local('2026-11-22T14:05') })
    expect(arrived.deadlines[1]).toMatchObject({ step: 'arrive', urgency: 'done' })

    // The category counts its follow-up from the leak test: without its date nothing is saved.
    await at('2026-11-23T15:00')
    const before = snapshot()
    const finish = { workOrderId: created.id, workDone: '更换楼上防水层', signedBy: '张三' }
    expect(await clerkApi.attempt.repairs.finish(finish)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { leakTestOn: '该类别从试漏日起计回访，请填写试漏日期' } } }
    })
    for (const leakTestOn of ['2026-11-24', '2026-11-21', '2026-02-30'])
      expect((await clerkApi.attempt.repairs.finish({ ...finish, leakTestOn })).ok).toBe(false)
    expect(snapshot()).toEqual(before)

    const done = await clerkApi.repairs.finish({ ...finish, leakTestOn: '2026-11-23', materials: '防水涂料 2 桶' })
    expect(done).toMatchObject({
      status: 'completed',
      completedAt: local('2026-11-23T15:00'),
      leakTestOn: '2026-11-23',
      signedBy: '张三',
      workDone: '更换楼上防水层',
      materials: '防水涂料 2 桶'
    })
    // 3 days after the leak test, by the end of that local day.
    expect(done.next).toEqual({ step: 'visit', dueAt: '2026-11-26T15:59:59.999Z', doneAt: null, urgency: 'upcoming' })
    expect(await due('today')).toEqual([])

    await at('2026-11-26T10:00')
    expect(await due('today')).toEqual(['WX2026-000001'])
    expect(await due('overdue')).toEqual([])
    await at('2026-11-27T00:01')
    expect(await due('overdue')).toEqual(['WX2026-000001'])
    expect((await clerkApi.workOrders.get({ workOrderId: created.id })).next).toMatchObject({ urgency: 'overdue' })

    // Nobody home: the attempt is kept with its time and the visit stays due.
    const attempt = await clerkApi.repairs.visit({ workOrderId: created.id, method: 'phone', reached: false })
    expect(attempt).toMatchObject({ status: 'completed', visitedAt: null, next: { step: 'visit', urgency: 'overdue' } })
    expect(attempt.events.at(-1)).toMatchObject({
      kind: 'visitAttempt',
      details: { at: local('2026-11-27T00:01'), method: 'phone', reached: false }
    })
    expect(await due('overdue')).toEqual(['WX2026-000001'])

    await at('2026-11-27T10:00')
    const visited = await clerkApi.repairs.visit({
      workOrderId: created.id,
      method: 'visit',
      reached: true,
      result: 'satisfied',
      comments: '不再渗水'
    })
    expect(visited).toMatchObject({ status: 'visited', visitResult: 'satisfied', visitedAt: local('2026-11-27T10:00') })
    expect(visited.deadlines.at(-1)).toMatchObject({ step: 'visit', urgency: 'late' })
    expect(visited.next).toBeNull()
    expect(await due('overdue')).toEqual([])

    const closed = await clerkApi.repairs.close({ workOrderId: created.id, note: '' })
    expect(closed).toMatchObject({ status: 'closed', closedAt: local('2026-11-27T10:00'), next: null })
    expect(closed.events.map((e) => e.kind)).toEqual([
      'created',
      'dispatched',
      'arrived',
      'completed',
      'visitAttempt',
      'visited',
      'closed'
    ])
    // Every step is on the room's timeline, which the household page reads.
    const timeline = sqlite()
      .prepare(`SELECT summary_key AS k FROM audit_log WHERE room_id = ? AND entity_type = 'workOrder' ORDER BY id`)
      .all(env.rooms.r3_2_1502)
    expect(timeline.map((r) => (r as { k: string }).k)).toEqual([
      'audit.workOrderCreated',
      'audit.workOrderDispatched',
      'audit.workOrderArrived',
      'audit.workOrderFinished',
      'audit.workOrderVisitAttempt',
      'audit.workOrderVisited',
      'audit.workOrderClosed'
    ])
  })

  it('an unsatisfied visit sends it back to rework, dispatched again with new deadlines', async () => {
    const { id } = await clerkApi.repairs.create(call({ category: 'plumbing', description: '水龙头漏水' }))
    await clerkApi.repairs.dispatch({ workOrderId: id, assignee: '张师傅' })
    await at('2026-11-22T10:00')
    await clerkApi.repairs.arrive({ workOrderId: id })
    await clerkApi.repairs.finish({ workOrderId: id, workDone: '换阀芯', signedBy: '张三' })
    await at('2026-11-23T10:00')
    expect(await clerkApi.attempt.repairs.visit({ workOrderId: id, method: 'phone', reached: true })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { result: '联系上住户时请选择回访结果' } } }
    })
    const rework = await clerkApi.repairs.visit({
      workOrderId: id,
      method: 'phone',
      reached: true,
      result: 'unsatisfied'
    })
    expect(rework).toMatchObject({ status: 'rework', reworkCount: 1, visitResult: 'unsatisfied' })
    // The cycle starts again at the rework: only its dispatch is due, 30 working minutes on.
    expect(rework.deadlines).toEqual([
      { step: 'dispatch', dueAt: local('2026-11-23T10:30'), doneAt: null, urgency: 'dueSoon' }
    ])
    expect(await clerkApi.attempt.repairs.arrive({ workOrderId: id })).toMatchObject({
      error: { code: 'WORK_ORDER_STATE', message: '工作单 WX2026-000001 当前为“返工”，不能登记到场' }
    })
    await at('2026-11-23T10:20')
    const again = await clerkApi.repairs.dispatch({
      workOrderId: id,
      assignee: '李师傅',
      appointmentAt: '2026-11-23T15:00'
    })
    expect(again).toMatchObject({ status: 'dispatched', assignee: '李师傅', reworkCount: 1 })
    expect(again.deadlines).toEqual([
      { step: 'dispatch', dueAt: local('2026-11-23T10:30'), doneAt: local('2026-11-23T10:20'), urgency: 'done' },
      { step: 'arrive', dueAt: local('2026-11-23T15:15'), doneAt: null, urgency: 'dueToday' },
      { step: 'complete', dueAt: '2026-11-25T15:59:59.999Z', doneAt: null, urgency: 'upcoming' }
    ])
    await at('2026-11-23T15:00')
    await clerkApi.repairs.arrive({ workOrderId: id })
    const redone = await clerkApi.repairs.finish({ workOrderId: id, workDone: '换整个龙头', signedBy: '张三' })
    expect(redone.next).toMatchObject({ step: 'visit', dueAt: '2026-11-25T15:59:59.999Z', doneAt: null })
  })
})

describe('deadlines of the 24-hour line and of working time', () => {
  it('an urgent call needs someone on site within 15 minutes', async () => {
    const order = await clerkApi.repairs.create(call({ urgent: true, category: 'safety', description: '消防栓漏水' }))
    expect(order.deadlines).toEqual([
      { step: 'dispatch', dueAt: local('2026-11-22T09:15'), doneAt: null, urgency: 'dueSoon' },
      { step: 'arrive', dueAt: local('2026-11-22T09:15'), doneAt: null, urgency: 'dueSoon' }
    ])
    await at('2026-11-22T09:16')
    expect(await due('overdue')).toEqual([order.number])
  })

  it('a call at 20:50 is due for dispatch at 09:20 the next morning', async () => {
    await at('2026-11-22T20:50')
    const order = await clerkApi.repairs.create(call({ category: 'doorWindow', description: '窗户关不上' }))
    expect(order.next).toEqual({
      step: 'dispatch',
      dueAt: local('2026-11-23T09:20'),
      doneAt: null,
      urgency: 'upcoming'
    })
    expect(await due('today')).toEqual([])
    await at('2026-11-23T08:00')
    expect(await due('today')).toEqual([order.number])
  })
})
