import type { Store } from '../../../../db/open'
import { api } from '../../../../shared/api'
import { addMonthsToDate } from '../../../../shared/fees/arrears-rules'
import { addMonths, dueDate, periodBounds } from '../../../../shared/fees/periods'
import { formatFen, sumFen } from '../../../../shared/domain/money'
import { demandClock, reminderStates } from './arrears-records'
import { localDate } from '../../../../shared/kernel/calendar'
import { SERVICE_CLOSES, SERVICE_OPENS, type DemoDesk } from '../../tools/demo/desk'
import { planAhead } from './demo-ahead'
import type { Random } from '../../tools/demo/people'
import { addDays, moment, serviceMinute, inServiceHours, type DemoEvent } from '../../tools/demo/schedule'

/** When each month's bills were generated. */
export type Bills = Map<string, Date>

interface Plan {
  now: Date
  first: string
  thisMonth: string
  billedOn: Bills
  itemId: (index: number) => number
}

interface Room {
  id: number
  code: string
  status: string
  type: string
  areaCenti: number
  owner: string | null
}

const METHODS = ['cash', 'wechat', 'wechat', 'alipay', 'wechat', 'card', 'transfer'] as const
const CASHIERS = ['cashier', 'clerk1', 'clerk2']
/** Rooms the e2e tests and the guide rely on: 1-1-303 and 1-1-304 have paid everything billed, 1-1-1303 and 1-1-1304 owe. */
const BEHIND: Record<string, number> = { '1-1-303': 0, '1-1-304': 0, '1-1-1303': 2, '1-1-1304': 3 }
const MINUTE = 60_000

/**
 * The year's payments, reminders and letters, planned per room and played by ./schedule.ts:
 * most rooms pay by the quarter (three months in the month the third falls in), some half a
 * year or a year ahead (./fees-ahead.ts), some are months behind; those get a phone reminder once a month is overdue and, if still unpaid three months
 * later, a demand letter when the reminder rules say one is due. Two receipts are voided and
 * issued afresh: one by its issuer minutes later in the same shift, one the next day with the
 * supervisor's approval.
 */
export function planPayments(store: Store, desk: DemoDesk, r: Random, plan: Plan): DemoEvent[] {
  const sqlite = store.sqlite
  const today = localDate(plan.now)
  const rooms = sqlite
    .prepare(
      `SELECT r.id, r.code, r.status, r.type, r.area_centi AS areaCenti, (SELECT p.name FROM room_persons rp JOIN persons p ON p.id = rp.person_id WHERE rp.room_id = r.id AND rp.relation = 'owner' AND rp.ended_on IS NULL LIMIT 1) AS owner
       FROM rooms r WHERE r.status != 'undelivered' AND r.type IN ('residence', 'shop', 'parking') ORDER BY r.id`
    )
    .all() as Room[]
  const unpaid = sqlite.prepare(
    `SELECT id, amount_fen AS fen FROM receivables WHERE room_id = ? AND item_id = ? AND period IN (SELECT value FROM json_each(?)) AND paid_receipt_id IS NULL AND cancelled_void_id IS NULL`
  )
  const opens = moment(today, SERVICE_OPENS)
  const opened = plan.now >= opens ? opens : null
  let walkIns = 0
  const openMinutes = Math.floor(
    (Math.min(plan.now.getTime(), moment(today, SERVICE_CLOSES - 1, 45).getTime()) - opens.getTime()) / MINUTE
  )
  const payments: {
    event: DemoEvent
    receipt: { id: number | null }
    pay: (session: Parameters<DemoEvent['run']>[0]) => number | null
  }[] = []
  const events: DemoEvent[] = []

  const payer = (room: Room, periods: string[]) => (session: Parameters<DemoEvent['run']>[0]) => {
    const bills = unpaid.all(room.id, plan.itemId(room.type === 'parking' ? 1 : 0), JSON.stringify(periods)) as {
      id: number
      fen: number
    }[]
    if (bills.length === 0) return null
    const total = sumFen(bills.map((b) => b.fen))
    const method = r.pick(METHODS)
    const amount = formatFen(total, { grouping: false })
    const tendered = method === 'cash' ? formatFen(Math.ceil(total / 10_000) * 10_000, { grouping: false }) : undefined
    return desk.call(
      api.fees.pay,
      {
        roomId: room.id,
        receivableIds: bills.map((b) => b.id),
        payerName: room.owner ?? '业主',
        payments: [{ method, amount }],
        tendered,
        expectedTotal: amount
      },
      session
    ).id
  }

  for (const room of rooms) {
    const periods: string[] = []
    for (let p = plan.first; p <= plan.thisMonth; p = addMonths(p, 1)) periods.push(p)
    const behind = BEHIND[room.code] ?? (r.chance(0.12) ? r.int(2, 9) : r.chance(0.15) ? 1 : 0)
    // Those who are up to date pay by the quarter, or half a year or a year ahead.
    const ahead = behind > 0 || room.code in BEHIND ? 0 : r.pick([0, 0, 0, 0, 0, 6, 6, 6, 12, 12])
    if (ahead) {
      events.push(
        ...planAhead(store, desk, r, room, {
          itemId: () => plan.itemId(room.type === 'parking' ? 1 : 0),
          first: plan.first,
          thisMonth: plan.thisMonth,
          now: plan.now,
          months: ahead,
          staff: CASHIERS
        })
      )
      continue
    }
    const payable = periods.slice(0, Math.max(0, periods.length - behind))
    for (let i = 0; i < payable.length; i += 3) {
      const chunk = payable.slice(i, i + 3)
      const last = chunk[chunk.length - 1]!
      let at = serviceMinute(r, `${last}-${String(r.int(1, Number(periodBounds(last).to.slice(-2)))).padStart(2, '0')}`)
      // A room that has paid everything billed paid its last quarter once it was billed.
      if (at > plan.now && room.code in BEHIND) at = moment(addDays(localDate(plan.billedOn.get(last)!), 1), 10, 15)
      // A few come in on the demo's own day once the counter is open (at 09:00 sharp if that is now).
      else if (at > plan.now && last === plan.thisMonth && opened && walkIns++ % 25 === 0)
        at = new Date(opened.getTime() + r.int(0, openMinutes) * MINUTE)
      if (at > plan.now) break
      const receipt = { id: null as number | null }
      const pay = payer(room, chunk)
      const event: DemoEvent = { at, staff: r.pick(CASHIERS), run: (session) => void (receipt.id = pay(session)) }
      payments.push({ event, receipt, pay })
      events.push(event)
    }
    if (behind >= 3 && r.chance(0.7))
      events.push(
        ...planReminders(desk, store, r, room, {
          due: dueDate(periods[periods.length - behind]!, 20),
          today,
          letter: behind >= 5
        })
      )
  }
  events.push(...planVoids(desk, payments, plan.now))
  return events
}

/** A phone reminder once the debt is overdue; if it is still unpaid three months on, a demand letter when the rules make one due. */
function planReminders(
  desk: DemoDesk,
  store: Store,
  r: Random,
  room: Room,
  at: { due: string; today: string; letter: boolean }
): DemoEvent[] {
  const firstDay = addDays(at.due, 1)
  const lastDay = addDays(at.today, -1)
  if (firstDay > lastDay) return []
  const span = Math.round((moment(lastDay, 12).getTime() - moment(firstDay, 12).getTime()) / 86_400_000)
  const phoneDay = addDays(firstDay, r.int(0, at.letter ? Math.min(span, 20) : span))
  const staff = r.pick(CASHIERS)
  const events: DemoEvent[] = [
    {
      at: serviceMinute(r, phoneDay),
      staff,
      run: (session) =>
        void desk.call(
          api.arrears.remind,
          {
            roomId: room.id,
            kind: 'phone',
            outcome: r.pick(['业主称本月底前来缴', '电话无人接听', '业主对维修问题有意见，暂缓缴费']),
            nextStep: '月底再次电话提醒'
          },
          session
        )
    }
  ]
  const letterDay = addDays(addMonthsToDate(phoneDay, 3), r.int(1, 10))
  if (at.letter && letterDay < at.today) {
    events.push({
      at: serviceMinute(r, letterDay),
      staff,
      run(session) {
        const sqlite = store.sqlite
        const oldest = sqlite
          .prepare(
            `SELECT min(due_on) AS due FROM receivables WHERE room_id = ? AND paid_receipt_id IS NULL AND cancelled_void_id IS NULL AND due_on < ?`
          )
          .get(room.id, letterDay) as { due: string | null }
        // Only where the rule makes a letter due (a phone call three months ago about this debt).
        if (!oldest.due || !demandClock(reminderStates(sqlite, [room.id]).get(room.id), oldest.due, letterDay).due)
          return
        desk.call(
          api.arrears.remind,
          {
            roomId: room.id,
            kind: 'letter',
            outcome: '催缴函已由 EMS 寄出',
            nextStep: '十五日内仍未缴费，报主任考虑诉讼'
          },
          session
        )
      }
    })
  }
  return events
}

/** Two mistakes put right: a void by the issuer in the same shift, and one the next day with the supervisor's approval; each re-issued. */
function planVoids(
  desk: DemoDesk,
  payments: {
    event: DemoEvent
    receipt: { id: number | null }
    pay: (session: Parameters<DemoEvent['run']>[0]) => number | null
  }[],
  now: Date
): DemoEvent[] {
  const sorted = [...payments].sort((a, b) => a.event.at.getTime() - b.event.at.getTime())
  const fits = (at: Date) => at <= now && inServiceHours(at)
  const events: DemoEvent[] = []
  const plan = (
    found: (typeof payments)[number] | undefined,
    voidAt: (paidAt: Date) => Date,
    approval: string | undefined,
    reason: string
  ) => {
    if (!found) return
    const at = voidAt(found.event.at)
    const staff = found.event.staff
    events.push({
      at,
      staff,
      run: (session) => void desk.call(api.fees.void, { receiptId: found.receipt.id!, reason }, session, approval)
    })
    events.push({ at: new Date(at.getTime() + 3 * MINUTE), staff, run: (session) => void found.pay(session) })
  }
  const sameShift = (paid: Date) => new Date(paid.getTime() + 7 * MINUTE)
  plan(
    sorted
      .slice(Math.floor(sorted.length * 0.6))
      .find((p) => fits(sameShift(p.event.at)) && fits(new Date(sameShift(p.event.at).getTime() + 3 * MINUTE))),
    sameShift,
    undefined,
    '金额录入错误，已重新开具'
  )
  // The other on the demo's own day once the counter has opened (else the day before), so the
  // daily report shows a void of a receipt issued on an earlier day: the last one before that day.
  const today = localDate(now)
  const voidDay = now >= moment(today, 9, 30) ? today : addDays(today, -1)
  const earlier = sorted.filter((p) => p.event.at < moment(voidDay, 0)).at(-1)
  plan(earlier, () => moment(voidDay, 9, 20), 'super', '缴费人姓名有误，业主要求重新开具')
  return events
}
