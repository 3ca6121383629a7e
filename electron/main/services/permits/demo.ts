import { api } from '../../../../shared/api'
import { addMonths, localDate } from '../../../../shared/kernel/calendar'
import type { DemoPlanContext } from '../../tools/capability'
import { random, type Random } from '../../tools/demo/people'
import { addDays, type DemoEvent } from '../../tools/demo/schedule'
import { demoCaller, type DemoCall } from './demo-call'
import {
  approvalDocNo,
  approvalScan,
  chooseWorks,
  contractors,
  ownerRooms,
  shopRooms,
  tenantRooms,
  type PermitRoom
} from './demo-plans'
import { releaseEvents } from './demo-releases'
import { renovationEvents, type RenovationContext, type RenovationPlan } from './demo-renovations'
import { recentPlans } from './demo-recent'

/**
 * 证件 after a year at the counter: the permit settings naming the fees demo's 装修垃圾清运费 and
 * 装修保证金; about one renovation a week in homes whose owners moved in, by a handful of
 * decoration companies, most completed, inspected and their deposits refunded; at "now" a
 * renovation in every state (demo-recent.ts) — one active with an expired and a revoked pass and
 * violations, one whose permit ends within three days, a revoked one with a pass still out — and
 * release slips over the last weeks, some used at the gate, a few today.
 */

/** The supervisor names the fee items the renovation charges (the fees demo made them). */
function setupEvent(call: DemoCall, at: Date): DemoEvent {
  return {
    at,
    staff: 'super',
    run(s) {
      const items = call(api.fees.items, {}, s)
      const settings = call(api.renovations.settings, {}, s)
      call(
        api.renovations.saveSettings,
        {
          ...settings,
          garbageItemId: items.find((i) => i.category === 'garbage')?.id ?? null,
          depositItemId: items.find((i) => i.category === 'renovationDeposit')?.id ?? null
        },
        s
      )
    }
  }
}

/** About one renovation a week from the set-up until ~100 days ago, each finished long before "now". */
function historyPlans(r: Random, rooms: () => PermitRoom, from: string, until: string): RenovationPlan[] {
  const companies = contractors()
  const plans: RenovationPlan[] = []
  let n = 0
  for (let week = from; week < until; week = addDays(week, 7)) {
    if (!r.chance(0.9)) continue
    n += 1
    const applyDay = addDays(week, r.int(0, 6))
    const failedFirst = r.chance(0.1)
    const startsOn = addDays(applyDay, r.int(3, 6) + (failedFirst ? 4 : 0))
    const endsOn = addDays(startsOn, r.int(20, 55))
    const load = n === 9
    const extendTo = r.chance(0.1) ? addDays(endsOn, r.int(10, 20)) : null
    plans.push({
      room: rooms(),
      contractor: companies[r.int(0, companies.length - 1)]!,
      works: chooseWorks(r, { load }),
      approvalDocNo: load ? approvalDocNo(r, applyDay.slice(0, 4)) : '',
      applyDay,
      startsOn,
      endsOn,
      stopAt: r.chance(0.06) ? 'cancelled' : 'closed',
      failedFirst,
      failedInspection: r.chance(0.1),
      workers: r.int(2, 4),
      violations: r.chance(0.3) ? [{ day: r.int(3, 15), index: r.int(0, 4), rectify: r.chance(0.8) }] : [],
      ...(r.chance(0.08) ? { pauseDay: r.int(5, 12) } : {}),
      ...(r.chance(0.06) ? { revokePassDay: r.int(2, 10) } : {}),
      ...(extendTo ? { extend: { on: addDays(endsOn, -3), to: extendTo } } : {})
    })
  }
  return plans
}

export async function planPermits({ store, desk, now, historyStart }: DemoPlanContext): Promise<DemoEvent[]> {
  const r = random(20261515)
  const { call, prepareFiles } = await demoCaller(store, desk)
  const owners = ownerRooms(store)
  if (owners.length < 30) return []
  // Each renovation its own room, taken in a shuffled order the seed fixes.
  const queue = [...owners]
  for (let i = queue.length - 1; i > 0; i -= 1) {
    const j = r.int(0, i)
    ;[queue[i], queue[j]] = [queue[j]!, queue[i]!]
  }
  const renovationRooms = [...queue]
  const nextRoom = () => {
    const room = renovationRooms.shift()
    if (!room) throw new Error('the demo estate has too few occupied homes for its renovations')
    return room
  }
  let turn = 0
  const c: RenovationContext = { call, r, clerk: () => (turn++ % 3 === 2 ? 'clerk2' : 'clerk1') }
  const today = localDate(now)
  const setupAt = new Date(historyStart.getTime() + 90 * 60_000)
  // The fee items' prices take effect on the first day of the first billed month, the month after the set-up.
  const firstMonth = `${addMonths(localDate(historyStart).slice(0, 7), 1)}-01`
  const plans = [
    ...historyPlans(r, nextRoom, addDays(firstMonth, 7), addDays(today, -100)),
    ...recentPlans(r, nextRoom, contractors(), today)
  ]
  for (const plan of plans.filter((p) => p.approvalDocNo !== '')) {
    const upload = approvalScan(plan.room.code)
    plan.approvalScan = { upload, prepared: await prepareFiles(api.renovations.apply, { approvalDoc: upload }) }
  }
  return [
    setupEvent(call, setupAt),
    ...plans.flatMap((plan) => renovationEvents(c, plan)),
    ...releaseEvents(call, r, { owners: queue, tenants: tenantRooms(store), shops: shopRooms(store) }, now)
  ]
}
