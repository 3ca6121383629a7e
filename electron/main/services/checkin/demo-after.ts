import type { Store } from '../../../../db/open'
import { api } from '../../../../shared/api'
import { weekStart } from '../../../../shared/checkin/rules'
import { formatFen, sumFen } from '../../../../shared/domain/money'
import { addMonths, localDate, localDateTime } from '../../../../shared/kernel/calendar'
import type { DemoDesk } from '../../tools/demo/desk'
import type { Random } from '../../tools/demo/people'
import { addDays, moment, serviceMinute, type DemoEvent } from '../../tools/demo/schedule'
import { reading, type Visit } from './demo-visit'

/**
 * What follows a check-in over the months: the defects' work orders repaired, re-inspected and
 * accepted (or still waiting), the trusteeship homes patrolled every week and their meters read
 * every month, and the property fee paid by the quarter once the prepaid months are used up.
 */

const MINUTE = 60_000
const CLERKS = ['clerk1', 'clerk2']
const PATROLLERS = ['秩序维护部 陈志强', '秩序维护部 黄文斌', '工程部 林建伟']
const FINDINGS = [
  '门窗完好，室外无异常',
  '门窗完好，室外无异常',
  '门窗完好，室外无异常',
  '门口有小广告，已清理',
  '信报箱积压信件，已代为收存',
  '阳台窗户未关，已电话告知业主'
]

const daysBetween = (from: string, to: string) =>
  Math.round((moment(to, 12).getTime() - moment(from, 12).getTime()) / 86_400_000)
/** The local wall-clock time the booking form sends ("YYYY-MM-DDTHH:mm"). */
const localInput = (d: Date) => localDateTime(d).replace(' ', 'T')

/** The latest minute the counter was open at or before `now` (today's, else yesterday's closing). */
function lastOpenMinute(now: Date): Date {
  const today = localDate(now)
  const latest = new Date(Math.min(now.getTime() - MINUTE, moment(today, 20, 50).getTime()))
  return latest < moment(today, 9, 10) ? moment(addDays(today, -1), 20, 50) : latest
}

/** A reading follows a patrol by ten minutes: the latest patrol leaves both before now and before closing. */
function latestPatrolMinute(now: Date): Date {
  const latest = lastOpenMinute(new Date(now.getTime() - 15 * MINUTE))
  return new Date(Math.min(latest.getTime(), moment(localDate(latest), 20, 35).getTime()))
}

/**
 * Defects of a check-in a week old or less wait for the repair (待派工); those of the last month
 * are repaired and re-checked (已完成), the owner booked for the re-inspection in the next days;
 * older ones were accepted by the owner at the re-inspection (已关闭) — a few still wait for the owner.
 */
export function planRepairs(desk: DemoDesk, r: Random, visit: Visit, today: string): DemoEvent[] {
  const age = daysBetween(visit.day, today)
  if (visit.defects.length === 0 || age < 8) return []
  const recent = age <= 30
  const ownerAway = !recent && r.chance(0.2)
  const completeDay = addDays(visit.day, recent ? r.int(3, Math.min(6, age - 2)) : r.int(4, 12))
  const completedAt = serviceMinute(r, completeDay, 60)
  const appointment = moment(recent ? addDays(today, r.int(1, 4)) : addDays(completeDay, 2), r.pick([10, 15]))
  const staff = r.pick(CLERKS)
  return visit.defects.flatMap((_, k) => {
    const workOrderId = () => visit.workOrderIds[k]!
    const events: DemoEvent[] = [
      {
        at: completedAt,
        staff,
        run: (s) =>
          void desk.call(api.workOrders.complete, { workOrderId: workOrderId(), note: '维修完成，复查合格' }, s)
      }
    ]
    if (ownerAway) return events
    events.push({
      at: new Date(completedAt.getTime() + 5 * MINUTE),
      staff,
      run: (s) =>
        void desk.call(
          api.workOrders.bookReinspection,
          { workOrderId: workOrderId(), at: localInput(appointment), note: '已电话约业主复验' },
          s
        )
    })
    if (!recent)
      events.push({
        at: new Date(appointment.getTime() + 25 * MINUTE),
        staff,
        run: (s) =>
          void desk.call(
            api.workOrders.accept,
            { workOrderId: workOrderId(), signedBy: visit.ownerName, note: '业主复验满意，签字确认' },
            s
          )
      })
    return events
  })
}

/** Rainstorms of the last summer (June to September, any not yet come left out by the planner): the days the trusteeship homes are checked around. */
export function rainstorms(r: Random, today: string): string[] {
  const year = Number(today.slice(0, 4)) - (today.slice(5) < '06-01' ? 1 : 0)
  return ['06', '07', '08', '09']
    .filter(() => r.chance(0.75))
    .map((month) => `${year}-${month}-${String(r.int(3, 25)).padStart(2, '0')}`)
}

export interface TrusteeshipPlan {
  /** The finish of the check-in: nothing of the trusteeship happens before it. */
  startedAt: Date
  /** No weekly patrol yet this week (the 工作台 shows it due). */
  skipThisWeek: boolean
  /** The latest reading shows electricity 35 kWh above the start: someone is using the home. */
  overLimit: boolean
  /** The days of the summer's rainstorms: every trusteeship home is checked the afternoon before and the morning after. */
  storms: readonly string[]
}

/** Each week one outside patrol (and two more around each summer rainstorm); the meters read monthly. */
export function planTrusteeship(
  desk: DemoDesk,
  r: Random,
  visit: Visit,
  plan: TrusteeshipPlan,
  now: Date
): DemoEvent[] {
  const today = localDate(now)
  const thisWeek = weekStart(today)
  const latest = latestPatrolMinute(now)
  const events: DemoEvent[] = []
  const used = { water: 0, electricity: 0 }
  let readMonth = visit.day.slice(0, 7)
  let lastPatrol: Date | null = null
  const id = () => visit.trusteeshipId!
  const patrol = (at: Date, kind: 'weekly' | 'beforeRain' | 'afterRain', findings: string) =>
    events.push({
      at,
      staff: r.pick(CLERKS),
      run: (s) =>
        void desk.call(
          api.trusteeship.patrol,
          { trusteeshipId: id(), kind, patrolledOn: localDate(at), patrolledBy: r.pick(PATROLLERS), findings },
          s
        )
    })
  for (let monday = weekStart(visit.day); monday <= thisWeek; monday = addDays(monday, 7)) {
    const current = monday === thisWeek
    if (current && plan.skipThisWeek) break
    let at = moment(addDays(monday, r.int(0, 4)), r.int(9, 16), r.int(0, 59))
    if (at <= plan.startedAt) at = moment(addDays(visit.day, 1), 10, r.int(0, 59))
    if (at >= moment(addDays(monday, 7), 0)) continue
    if (at > latest) at = latest
    if (at <= plan.startedAt || localDate(at) < monday) continue
    patrol(at, 'weekly', r.pick(FINDINGS))
    lastPatrol = at
    const month = localDate(at).slice(0, 7)
    if (month > readMonth && !(current && plan.overLimit)) {
      readMonth = month
      used.water += r.int(2, 15)
      used.electricity += r.int(40, 120)
      events.push(readingEvent(desk, visit, new Date(at.getTime() + 10 * MINUTE), used, id))
    }
  }
  for (const storm of plan.storms) {
    const before = moment(addDays(storm, -1), 16, r.int(0, 30))
    const after = moment(addDays(storm, 1), 10, r.int(0, 30))
    if (before <= plan.startedAt || after >= latest) continue
    patrol(before, 'beforeRain', '暴雨预警，已检查阳台地漏通畅、门窗关闭')
    patrol(after, 'afterRain', '雨后检查，外墙、窗台及地漏无渗水积水')
  }
  if (plan.overLimit && lastPatrol) {
    const over = { water: used.water + r.int(20, 60), electricity: 3500 + r.int(10, 90) }
    events.push(readingEvent(desk, visit, new Date(lastPatrol.getTime() + 10 * MINUTE), over, id))
  }
  return events
}

function readingEvent(
  desk: DemoDesk,
  visit: Visit,
  at: Date,
  used: { water: number; electricity: number },
  id: () => number
): DemoEvent {
  const readings = [
    { kind: 'water' as const, reading: reading(visit.meters.water + used.water) },
    { kind: 'electricity' as const, reading: reading(visit.meters.electricity + used.electricity) }
  ]
  return {
    at,
    staff: visit.staff,
    run: (s) => void desk.call(api.trusteeship.reading, { trusteeshipId: id(), readOn: localDate(at), readings }, s)
  }
}

/**
 * The property fee after the prepaid months: paid in the last month of each billed quarter,
 * everything the room owes by then (a trusteeship home at its share).
 */
export function planLaterFees(store: Store, desk: DemoDesk, r: Random, visit: Visit, now: Date): DemoEvent[] {
  const unpaid = store.sqlite.prepare(
    `SELECT id, amount_fen AS fen FROM receivables WHERE room_id = ? AND paid_receipt_id IS NULL AND cancelled_void_id IS NULL AND period IS NOT NULL AND period <= ?`
  )
  const events: DemoEvent[] = []
  for (let month = addMonths(visit.day.slice(0, 7), 5); ; month = addMonths(month, 3)) {
    const at = serviceMinute(r, `${month}-${String(r.int(1, 28)).padStart(2, '0')}`)
    if (at > now) break
    const period = month
    const method = visit.method
    events.push({
      at,
      staff: r.pick(['cashier', ...CLERKS]),
      run(s) {
        const bills = unpaid.all(visit.roomId, period) as { id: number; fen: number }[]
        if (bills.length === 0) return
        const total = sumFen(bills.map((b) => b.fen))
        const amount = formatFen(total, { grouping: false })
        const tendered =
          method === 'cash' ? formatFen(Math.ceil(total / 10_000) * 10_000, { grouping: false }) : undefined
        desk.call(
          api.fees.pay,
          {
            roomId: visit.roomId,
            receivableIds: bills.map((b) => b.id),
            payerName: visit.ownerName,
            payments: [{ method, amount }],
            tendered,
            expectedTotal: amount
          },
          s
        )
      }
    })
  }
  return events
}
