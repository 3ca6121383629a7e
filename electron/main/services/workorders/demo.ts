import { api } from '../../../../shared/api'
import type { DemoPlanContext } from '../../tools/capability'
import type { DemoDesk } from '../../tools/demo/desk'
import { personName, random } from '../../tools/demo/people'
import { moment, type DemoEvent } from '../../tools/demo/schedule'
import { localDate } from '../../../../shared/kernel/calendar'
import { complaintEvents, TOPICS, type ComplaintPlan } from './demo-complaints'
import { orderEvents, type DemoRoom, type OrderContext } from './demo-orders'
import { occupiedRooms, ordinaryOrder, SERVICE_LIST } from './demo-plans'
import { recentComplaints, recentOrders } from './demo-recent'

/**
 * 报修投诉 after a year at the counter: the published service list with prices (and the fees item
 * paid work is charged on), about a repair a day — leaks, plumbing, doors and windows, the estate's
 * own facilities — most dispatched, repaired, followed up and closed in time, some late, a few
 * reworked after an unsatisfied visit, paid ones charged and receipted; services from the list; a
 * complaint every few days. At "now" orders stand in every state, some follow-ups overdue, one
 * room has had its third leak within 90 days, and a major complaint is open with its escalation.
 */

/** The service list and the fees item paid work is charged on (the fees demo's 有偿维修服务). */
function planSetup(desk: DemoDesk, c: OrderContext, at: Date): DemoEvent {
  return {
    at,
    staff: 'super',
    run(s) {
      for (const item of SERVICE_LIST) {
        const saved = desk.call(api.serviceItems.save, item, s)
        c.items.set(saved.name, { id: saved.id, needsApproval: saved.needsApproval })
      }
      const feeItem = desk.call(api.fees.items, {}, s).find((i) => i.category === 'paidService')
      const settings = desk.call(api.repairs.settings, {}, s)
      desk.call(api.repairs.saveSettings, { ...settings, serviceFeeItemId: feeItem?.id ?? null }, s)
    }
  }
}

function history(c: OrderContext, rooms: DemoRoom[], from: Date, until: Date, now: Date): DemoEvent[] {
  const { r, desk } = c
  const events: DemoEvent[] = []
  for (
    let day = localDate(from);
    day < localDate(until);
    day = localDate(new Date(moment(day, 12).getTime() + 86_400_000))
  ) {
    const orders = r.chance(0.5) ? 1 : r.chance(0.5) ? 2 : 0
    for (let i = 0; i < orders; i += 1)
      events.push(...orderEvents(c, ordinaryOrder(r, r.pick(rooms), moment(day, r.int(9, 18), r.int(0, 59))), now))
    if (r.chance(0.18)) {
      const room = r.chance(0.85) ? r.pick(rooms) : null
      const severity = r.chance(0.08) ? 'major' : r.chance(0.3) ? 'important' : 'minor'
      const plan: ComplaintPlan = {
        room,
        customer: room?.owner ?? personName(r, r.chance(0.5) ? 'male' : 'female'),
        severity,
        topic: r.pick(TOPICS),
        createdAt: moment(day, r.int(9, 18), r.int(0, 59)),
        invalid: r.chance(0.08),
        stopAt: 'visited',
        resolveDays:
          severity === 'major'
            ? r.int(3, 9)
            : severity === 'important'
              ? r.int(1, r.chance(0.85) ? 3 : 5)
              : r.int(0, r.chance(0.9) ? 2 : 4)
      }
      events.push(...complaintEvents(desk, r, plan, now, c.clerk))
    }
  }
  return events
}

export async function planWorkOrders({ store, desk, now, historyStart }: DemoPlanContext): Promise<DemoEvent[]> {
  const r = random(20261212)
  let turn = 0
  const c: OrderContext = { desk, r, clerk: () => (turn++ % 3 === 2 ? 'clerk2' : 'clerk1'), items: new Map() }
  const rooms = occupiedRooms(store)
  if (rooms.length < 20) return []
  const setupAt = new Date(historyStart.getTime() + 60 * 60_000)
  return [
    planSetup(desk, c, setupAt),
    ...history(c, rooms, new Date(setupAt.getTime() + 86_400_000), now, now),
    ...recentOrders(c, rooms, now),
    ...recentComplaints(c, rooms, now)
  ]
}
