// Local times below are the counter's (UTC+8), whatever the machine running the tests says.
process.env.TZ = 'Asia/Shanghai'
import { describe, expect, it } from 'vitest'
import type { HandoverWindow, MattersSection } from '../../../shared/handover/sections'
import { localDate } from '../../../shared/kernel/calendar'
import { workOrdersHandover } from '../../../electron/main/services/workorders/handover-section'
import { at, iso, register } from './complaints-fixture'
import { repairAt, workThrough } from './stats-fixture'
import { clerkApi, clock, defect, env, makeOrders, sqlite } from './workorders-fixture'

// The handover's open repairs and complaints, made through repairs.* and complaints.*: the
// deadline engine's due moments, read at the window's end. The window's shifts do not matter:
// open matters pass from shift to shift.

function sectionsAt(): Record<string, MattersSection> {
  const to = clock.now().toISOString()
  const window: HandoverWindow = { counterId: 1, shiftIds: [], from: to, to, today: localDate(to) }
  const sections = workOrdersHandover(sqlite(), window) as MattersSection[]
  return Object.fromEntries(sections.map((s) => [s.id, s]))
}

describe('the repairs and complaints sections', () => {
  it('hands on dispatches, follow-ups and unanswered complaints with their due moments, most urgent first', async () => {
    makeOrders([defect()]) // a move-in inspection's order: its own re-inspection, not listed
    const late = await repairAt('2026-11-22T09:30', {
      category: 'plumbing',
      location: '厨房',
      description: '水龙头漏水'
    })
    const visit = await repairAt('2026-11-22T09:35', { roomId: env.rooms.r3_1_101 })
    await workThrough(visit.id, {
      dispatch: '2026-11-22T09:36',
      arrive: '2026-11-22T09:37',
      finish: '2026-11-22T09:38'
    })
    const rework = await repairAt('2026-11-22T09:40', { roomId: env.rooms.r5_1_101, location: '门面' })
    await workThrough(
      rework.id,
      {
        dispatch: '2026-11-22T09:50',
        arrive: '2026-11-22T10:00',
        finish: '2026-11-22T10:05',
        visit: '2026-11-22T10:15'
      },
      'unsatisfied'
    )
    const dispatched = await repairAt('2026-11-22T10:16')
    await clerkApi.repairs.dispatch({ workOrderId: dispatched.id, assignee: '李师傅' })
    await at('2026-11-22T10:20')
    const major = await register({ severity: 'major', subject: '保安部', roomId: undefined, customer: '路人' })
    await at('2026-11-22T10:25')
    const minor = await register({ severity: 'minor', subject: '', description: '电梯噪音大', category: 'other' })
    await at('2026-11-22T10:30')
    const important = await register({ severity: 'important', subject: '保洁部', customer: '李女士' })
    await at('2026-11-22T10:35')
    await clerkApi.repairs.visit({ workOrderId: visit.id, method: 'phone', reached: false })
    await at('2026-11-22T10:40')

    const sections = sectionsAt()
    expect(sections['repairs.dispatch']).toEqual({
      kind: 'matters',
      id: 'repairs.dispatch',
      titleKey: 'workOrders.handover.dispatch',
      order: 120,
      items: [
        {
          ref: late.number,
          roomCode: '3-2-1502',
          text: '水电 · 厨房：水龙头漏水',
          statusKey: 'workOrders.status.pending',
          due: iso('2026-11-22T10:00'),
          urgency: 'overdue',
          route: `#/workorders/${late.id}`
        },
        // Reworked at 10:15: the new cycle's 30 working minutes to dispatch end at 10:45.
        expect.objectContaining({
          ref: rework.number,
          roomCode: '5-1-101',
          statusKey: 'workOrders.status.rework',
          due: iso('2026-11-22T10:45'),
          urgency: 'dueSoon'
        })
      ],
      total: 2
    })
    // The leak's visit: 3 days after the leak test; the resident was not reached once.
    expect(sections['repairs.followUp']).toMatchObject({
      titleKey: 'workOrders.handover.followUp',
      order: 125,
      items: [
        {
          ref: visit.number,
          roomCode: '3-1-101',
          text: '渗漏水 · 卫生间：天花渗水',
          statusKey: 'workOrders.event.visitAttempt',
          due: new Date(2026, 10, 25, 23, 59, 59, 999).toISOString(),
          urgency: 'upcoming',
          route: `#/workorders/visits/${visit.id}`
        }
      ],
      total: 1
    })
    const complaints = sections['complaints.reply']!
    expect(complaints).toMatchObject({ titleKey: 'workOrders.handover.complaints', order: 130, total: 3 })
    expect(complaints.items.map((i) => [i.ref, i.statusParams?.step, i.urgency])).toEqual([
      [important.number, 'complaints.step.escalate', 'dueSoon'],
      [major.number, 'complaints.step.escalate', 'dueToday'],
      [minor.number, 'complaints.step.resolve', 'upcoming']
    ])
    expect(complaints.items[1]).toEqual({
      ref: major.number,
      roomCode: null,
      text: '路人：保安部',
      statusKey: 'workOrders.handover.complaintStep',
      statusParams: { severity: 'complaints.severity.major', step: 'complaints.step.escalate' },
      due: new Date(2026, 10, 22, 23, 59, 59, 999).toISOString(),
      urgency: 'dueToday',
      route: `#/workorders/complaints/${major.id}`
    })
    expect(complaints.items[2]).toMatchObject({ text: '张先生：电梯噪音大', due: iso('2026-11-24T23:59:59.999') })
  })

  it('lists at most 50, the most urgent first, and counts them all', async () => {
    await at('2026-11-22T09:30')
    for (let i = 0; i < 52; i += 1) await clerkApi.repairs.create(repairInput(i))
    const dispatch = sectionsAt()['repairs.dispatch']!
    expect(dispatch.total).toBe(52)
    expect(dispatch.items).toHaveLength(50)
    const numbers = (sqlite().prepare('SELECT number FROM work_orders ORDER BY id').all() as { number: string }[]).map(
      (r) => r.number
    )
    expect(dispatch.items.map((i) => i.ref)).toEqual(numbers.slice(0, 50))
  })
})

const repairInput = (i: number) => ({
  kind: 'repair' as const,
  roomId: env.rooms.r3_2_1502,
  source: 'counter' as const,
  reporter: '王女士',
  contact: '13912345678',
  location: `位置 ${i}`,
  category: 'plumbing',
  description: '跳闸'
})
