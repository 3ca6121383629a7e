import { localDate } from '../../../../shared/kernel/calendar'
import type { Random } from '../../tools/demo/people'
import { inServiceHours, moment, type DemoEvent } from '../../tools/demo/schedule'
import { complaintEvents, TOPICS, type ComplaintPlan } from './demo-complaints'
import { orderEvents, type DemoRoom, type OrderContext, type OrderPlan } from './demo-orders'
import { ordinaryOrder } from './demo-plans'

/**
 * The last days before the demo's "now", planned so every state is on screen: orders 待派工 (one
 * past its dispatch rule), 已派工 with an appointment, 处理中, 已完成 with follow-ups due and overdue,
 * 已回访, 返工; a paid order on the room's account; the third leak in one room within 90 days; and
 * complaints of each severity — a major one open with its escalation made.
 */

const DAY = 86_400_000

/** A local moment `days` before now's day at hh:mm. */
const daysAgo = (now: Date, days: number, hour: number, minute = 0) =>
  moment(localDate(new Date(now.getTime() - days * DAY)), hour, minute)

/** `minutes` before now when that is still today's service time, else yesterday evening. */
function minutesAgo(now: Date, minutes: number): Date {
  const at = new Date(now.getTime() - minutes * 60_000)
  return inServiceHours(at) && localDate(at) === localDate(now) ? at : daysAgo(now, 1, 19, 60 - Math.min(minutes, 59))
}

const quick = { dispatch: 10, arrive: 50, finish: 90, visitDays: 1, close: 30 }

function plan(
  r: Random,
  room: DemoRoom,
  at: Date,
  stopAt: OrderPlan['stopAt'],
  extra: Partial<OrderPlan> = {}
): OrderPlan {
  const base = ordinaryOrder(r, room, at, stopAt)
  return { ...base, gaps: quick, rework: false, ...extra }
}

const leak = (room: DemoRoom): Partial<OrderPlan> => ({
  kind: 'repair',
  category: 'leak',
  location: '卫生间',
  description: '卫生间天花又渗水，楼上淋浴时明显',
  room,
  paid: false,
  serviceItem: undefined,
  approval: undefined,
  quote: undefined,
  settlement: undefined
})

const repair = (category: string, location: string, description: string): Partial<OrderPlan> => ({
  kind: 'repair',
  category,
  location,
  description,
  paid: false,
  serviceItem: undefined,
  approval: undefined,
  quote: undefined,
  settlement: undefined
})

export function recentOrders(c: OrderContext, rooms: DemoRoom[], now: Date): DemoEvent[] {
  const { r } = c
  const room = (i: number) => rooms[(i * 37) % rooms.length]!
  const leakRoom = room(7)
  const plans: OrderPlan[] = [
    // The recurring leak: three within 90 days of any month's end in one room, the last one's follow-up overdue.
    plan(r, leakRoom, daysAgo(now, 55, 10, 30), 'closed', leak(leakRoom)),
    plan(r, leakRoom, daysAgo(now, 30, 15, 0), 'closed', leak(leakRoom)),
    plan(r, leakRoom, daysAgo(now, 6, 10, 0), 'completed', { ...leak(leakRoom), gaps: { ...quick, finish: 120 } }),
    plan(r, room(1), daysAgo(now, 4, 10, 20), 'completed', repair('plumbing', '卫生间', '马桶水箱一直流水')),
    plan(r, room(2), daysAgo(now, 1, 11, 0), 'completed', repair('doorWindow', '卧室', '卧室窗户关不严，漏风')),
    plan(r, room(3), daysAgo(now, 2, 14, 0), 'completed', {
      ...repair('plumbing', '厨房', '厨房下水管破裂，更换管件'),
      quote: { partsFen: 4500, labourFen: 6000 },
      paid: true,
      settlement: 'account'
    }),
    plan(r, room(4), daysAgo(now, 3, 9, 40), 'visited', repair('public', '3 栋电梯厅', '电梯厅灯管闪烁')),
    plan(r, room(5), daysAgo(now, 3, 10, 10), 'rework', {
      ...repair('doorWindow', '入户', '入户门锁芯卡滞'),
      rework: true
    }),
    plan(r, room(6), daysAgo(now, 1, 10, 0), 'inProgress', repair('plumbing', '客厅', '客厅灯不亮，开关无反应')),
    plan(r, room(8), daysAgo(now, 1, 15, 0), 'dispatched', {
      ...repair('doorWindow', '阳台', '阳台推拉门滑轨变形'),
      appointmentIn: 20 * 60
    }),
    plan(r, room(9), minutesAgo(now, 50), 'pending', repair('leak', '厨房', '厨房水槽下方渗水')),
    plan(r, room(10), minutesAgo(now, 8), 'pending', {
      ...repair('safety', '楼道', '楼道应急灯不亮'),
      source: 'phone'
    }),
    plan(r, room(11), daysAgo(now, 1, 16, 0), 'visited', {
      ...repair('other', '室内', '预约疏通下水道'),
      kind: 'service',
      serviceItem: '疏通下水道',
      paid: true,
      settlement: 'receipt',
      gaps: { ...quick, visitDays: 0 }
    })
  ]
  return plans.flatMap((p) => orderEvents(c, p, now))
}

export function recentComplaints(c: OrderContext, rooms: DemoRoom[], now: Date): DemoEvent[] {
  const { r, desk } = c
  const topic = (category: string) => TOPICS.find((t) => t.category === category)!
  const room = (i: number) => rooms[(i * 53) % rooms.length]!
  const plans: ComplaintPlan[] = [
    // Open and escalated to the manager yesterday: the clear answer is due by the end of tomorrow.
    {
      room: room(1),
      customer: room(1).owner,
      severity: 'major',
      topic: topic('repair'),
      createdAt: daysAgo(now, 1, 10, 30),
      stopAt: 'escalated',
      resolveDays: 10
    },
    {
      room: room(2),
      customer: room(2).owner,
      severity: 'important',
      topic: topic('attitude'),
      createdAt: minutesAgo(now, 40),
      stopAt: 'created',
      resolveDays: 3
    },
    {
      room: room(3),
      customer: room(3).owner,
      severity: 'minor',
      topic: topic('cleaning'),
      createdAt: daysAgo(now, 2, 15, 0),
      stopAt: 'created',
      resolveDays: 2
    },
    {
      room: null,
      customer: '访客 周先生',
      severity: 'minor',
      topic: topic('security'),
      createdAt: daysAgo(now, 4, 11, 0),
      invalid: true,
      stopAt: 'closed',
      resolveDays: 1
    },
    {
      room: room(5),
      customer: room(5).owner,
      severity: 'important',
      topic: topic('neighbour'),
      createdAt: daysAgo(now, 5, 14, 0),
      stopAt: 'visited',
      resolveDays: 2
    }
  ]
  return plans.flatMap((p) => complaintEvents(desk, r, p, now, c.clerk))
}
