// Local times below are the counter's (UTC+8), whatever the machine running the tests says.
process.env.TZ = 'Asia/Shanghai'
import { describe, expect, it } from 'vitest'
import { at, iso, register } from './complaints-fixture'
import { repairAt, workThrough } from './stats-fixture'
import { clerkApi, defect, env, makeOrders } from './workorders-fixture'

const due = () => clerkApi.workOrderStats.due({})

describe('the due list', () => {
  it('is quiet with nothing open, and leaves out move-in orders (they have their own re-inspection)', async () => {
    makeOrders([defect()])
    expect(await due()).toEqual({ overdue: [], today: [] })
  })

  it('lists overdue and due-today steps of repairs, services and complaints, most urgent first', async () => {
    const late = await repairAt('2026-11-22T09:30', { category: 'plumbing', location: '厨房' })
    const visitDue = await repairAt('2026-11-22T09:35', { roomId: env.rooms.r3_1_101 })
    await workThrough(visitDue.id, {
      dispatch: '2026-11-22T09:40',
      arrive: '2026-11-22T09:50',
      finish: '2026-11-22T10:00'
    })
    const done = await repairAt('2026-11-22T10:10', { roomId: env.rooms.r5_1_101 })
    await clerkApi.repairs.dispatch({ workOrderId: done.id, assignee: '李师傅' })
    const major = await register({ severity: 'major', subject: '保安部', roomId: undefined, customer: '路人' })
    // The next morning: the first repair's dispatch is long overdue, the leak's visit (3 days from the
    // leak test) still to come, the major complaint's escalation (same day) overdue, its answer due today.
    await at('2026-11-23T10:00')
    const lists = await due()
    expect(lists.overdue.map((d) => [d.type, d.number, d.step])).toEqual([
      ['repair', late.number, 'dispatch'],
      ['complaint', major.number, 'escalate']
    ])
    expect(lists.overdue[0]).toMatchObject({
      roomCode: '3-2-1502',
      title: '水电 · 厨房',
      urgency: 'overdue',
      severity: null
    })
    expect(lists.overdue[1]).toMatchObject({ roomCode: null, severity: 'major', title: '重大 · 保安部' })
    expect(lists.overdue[0]!.dueAt).toBe(iso('2026-11-22T10:00'))
    // The dispatched one is due to be completed by the end of tomorrow: not listed today.
    expect(lists.today).toEqual([])

    await at('2026-11-24T12:00')
    const next = await due()
    expect(next.today.map((d) => [d.number, d.step])).toEqual([[done.number, 'complete']])
    await clerkApi.complaints.escalate({ complaintId: major.id, to: '张经理' })
    // Escalated: the major complaint's answer (within 2 days) is due today, with the completion.
    const after = await due()
    expect(after.overdue.map((d) => [d.number, d.step])).toEqual([[late.number, 'dispatch']])
    expect(after.today.map((d) => [d.number, d.step, d.urgency])).toEqual([
      [major.number, 'answer', 'dueToday'],
      [done.number, 'complete', 'dueToday']
    ])
    expect((await clerkApi.workOrderStats.due({ limit: 1 })).today).toHaveLength(1)
  })
})
