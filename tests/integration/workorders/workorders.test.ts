// Local years and times below are the counter's (UTC+8), whatever the machine running the tests says.
process.env.TZ = 'Asia/Shanghai'
import { describe, expect, it } from 'vitest'
import { workOrderIdsOfCheckin } from '../../../electron/main/services/workorders/records'
import { clerkApi, clock, defect, env, later, makeOrders, sqlite } from './workorders-fixture'

const numbers = async () => (await clerkApi.workOrders.list()).map((o) => o.number).sort()

describe('work order numbers', () => {
  it('run gapless through the year, WX{year}-{six digits}, in the order given', async () => {
    const first = makeOrders([defect(), defect({ location: '主卧', category: '门窗', description: '窗户关不严' })])
    const second = makeOrders([defect({ roomId: env.rooms.r3_1_101, route: 'maintenance' })])
    expect(await numbers()).toEqual(['WX2026-000001', 'WX2026-000002', 'WX2026-000003'])
    const view = await clerkApi.workOrders.get({ workOrderId: first[1]! })
    expect(view).toMatchObject({
      number: 'WX2026-000002',
      roomCode: '3-2-1502',
      source: 'checkin',
      location: '主卧',
      category: '门窗',
      description: '窗户关不严',
      route: 'developer',
      status: 'pending',
      reinspectionAt: null,
      createdBy: 'clerk1',
      createdAt: clock.now().toISOString(),
      attachmentId: null,
      events: [{ kind: 'created', staffName: 'clerk1', note: '', appointmentAt: null, signedBy: null }]
    })
    expect((await clerkApi.workOrders.get({ workOrderId: second[0]! })).number).toBe('WX2026-000003')
  })

  it('start again at 000001 on the 1st of January, local time', async () => {
    // 2026-12-31 23:30 in the counter's time is still 2026; an hour later it is 2027 there (16:30 UTC).
    const toNewYearsEve = (Date.parse('2026-12-31T15:30:00Z') - clock.now().getTime()) / 60_000
    clock.advanceMinutes(toNewYearsEve)
    makeOrders([defect()])
    clock.advanceMinutes(60)
    makeOrders([defect(), defect()])
    await later(0)
    expect(await numbers()).toEqual(['WX2026-000001', 'WX2027-000001', 'WX2027-000002'])
  })

  it('take the year\u2019s highest plus one, so no number is used twice', () => {
    makeOrders([defect(), defect()])
    const rows = sqlite().prepare('SELECT year, sequence, number FROM work_orders ORDER BY id').all()
    expect(rows).toEqual([
      { year: 2026, sequence: 1, number: 'WX2026-000001' },
      { year: 2026, sequence: 2, number: 'WX2026-000002' }
    ])
    expect(() =>
      sqlite()
        .prepare(
          `INSERT INTO work_orders (number, year, sequence, room_id, source, location, category, description, route, status, created_at, created_by)
           SELECT number, year, 3, room_id, source, location, category, description, route, status, created_at, created_by FROM work_orders WHERE id = 1`
        )
        .run()
    ).toThrow(/UNIQUE/)
  })

  it('a room that does not exist makes no order at all', async () => {
    expect(() => makeOrders([defect(), defect({ roomId: 99_999 })])).toThrow()
    expect(await numbers()).toEqual([])
  })

  it('a check-in finds the orders its inspection made', async () => {
    const checkinId = Number(
      sqlite()
        .prepare(
          `INSERT INTO checkins (room_id, status, started_at, started_by, last_saved_at)
           VALUES (?, 'open', '2026-11-22T01:00:00.000Z', 1, '2026-11-22T01:00:00.000Z')`
        )
        .run(env.rooms.r3_2_1502).lastInsertRowid
    )
    const ids = makeOrders([defect({ checkinId }), defect({ checkinId }), defect()])
    expect(workOrderIdsOfCheckin(env.core.store.db, checkinId)).toEqual(ids.slice(0, 2))
    expect(workOrderIdsOfCheckin(env.core.store.db, checkinId + 1)).toEqual([])
  })
})

describe('the list', () => {
  it('filters by room, status and source, newest first', async () => {
    const [a, b] = makeOrders([defect(), defect({ roomId: env.rooms.r3_1_101, source: 'counter' })])
    await clerkApi.workOrders.complete({ workOrderId: a! })
    expect((await clerkApi.workOrders.list()).map((o) => o.id)).toEqual([b, a])
    expect((await clerkApi.workOrders.list({ status: 'completed' })).map((o) => o.id)).toEqual([a])
    expect((await clerkApi.workOrders.list({ status: 'pending' })).map((o) => o.id)).toEqual([b])
    expect((await clerkApi.workOrders.list({ source: 'counter' })).map((o) => o.id)).toEqual([b])
    expect((await clerkApi.workOrders.list({ roomId: env.rooms.r3_2_1502 })).map((o) => o.id)).toEqual([a])
    expect(await clerkApi.workOrders.list({ roomId: env.rooms.r5_1_101 })).toEqual([])
    expect(await clerkApi.workOrders.list({ limit: 1 })).toHaveLength(1)
  })
})

describe('from the defect to the owner\u2019s signature', () => {
  it('completed, booked (and moved), signed: each step an event, the row where it stands now', async () => {
    const [id] = makeOrders([defect()])
    await later(60)
    const done = await clerkApi.workOrders.complete({ workOrderId: id!, note: '已修补并复检' })
    expect(done).toMatchObject({ status: 'completed', reinspectionAt: null })
    const booked = await clerkApi.workOrders.bookReinspection({ workOrderId: id!, at: '2026-11-25T10:00' })
    expect(booked).toMatchObject({ status: 'completed', reinspectionAt: '2026-11-25T02:00:00.000Z' })
    const moved = await clerkApi.workOrders.bookReinspection({
      workOrderId: id!,
      at: '2026-11-26T15:30',
      note: '业主改期'
    })
    expect(moved.reinspectionAt).toBe('2026-11-26T07:30:00.000Z')
    const closed = await clerkApi.workOrders.accept({ workOrderId: id!, signedBy: '张三' })
    expect(closed).toMatchObject({ status: 'closed', reinspectionAt: '2026-11-26T07:30:00.000Z' })
    expect(closed.events).toMatchObject([
      { kind: 'created', appointmentAt: null, signedBy: null },
      { kind: 'completed', note: '已修补并复检', staffName: 'clerk1', at: clock.now().toISOString() },
      { kind: 'reinspectionBooked', appointmentAt: '2026-11-25T02:00:00.000Z', note: '' },
      { kind: 'reinspectionBooked', appointmentAt: '2026-11-26T07:30:00.000Z', note: '业主改期' },
      { kind: 'accepted', signedBy: '张三', appointmentAt: null }
    ])
    expect(await clerkApi.workOrders.list({ status: 'closed' })).toHaveLength(1)
  })

  it('every step is on the room\u2019s timeline, in words', async () => {
    const [id] = makeOrders([defect()])
    await clerkApi.workOrders.complete({ workOrderId: id! })
    await clerkApi.workOrders.bookReinspection({ workOrderId: id!, at: '2026-11-25T10:00' })
    await clerkApi.workOrders.accept({ workOrderId: id!, signedBy: '张三' })
    const timeline = await clerkApi.households.timeline({ roomId: env.rooms.r3_2_1502 })
    expect(timeline.slice(0, 4).map((e) => e.summary)).toEqual([
      '维修工作单 WX2026-000001 业主签收（张三），工作单关闭',
      '维修工作单 WX2026-000001 预约复验：2026-11-25 10:00',
      '维修工作单 WX2026-000001 维修完成（已复检）',
      '维修工作单 WX2026-000001：客厅 墙面 — 墙面裂缝（入住验收）'
    ])
    expect(timeline[0]).toMatchObject({ staffName: 'clerk1', procedure: 'workOrders.accept' })
    const other = await clerkApi.households.timeline({ roomId: env.rooms.r3_1_101 })
    expect(other.some((e) => e.summary.includes('WX2026'))).toBe(false)
  })

  it('the summaries read in the reader\u2019s language', async () => {
    const [id] = makeOrders([defect()])
    await clerkApi.workOrders.complete({ workOrderId: id! })
    await clerkApi.staff.setLocale({ locale: 'en' })
    const timeline = await clerkApi.households.timeline({ roomId: env.rooms.r3_2_1502 })
    expect(timeline.map((e) => e.summary)).toContain(
      'Work order WX2026-000001: 客厅 墙面 — 墙面裂缝 (Move-in inspection)'
    )
    expect(timeline.map((e) => e.summary)).toContain('Work order WX2026-000001 repaired (re-checked)')
  })
})
