import { api } from '../../../../shared/api'
import { formatFen } from '../../../../shared/domain/money'
import { localDate } from '../../../../shared/kernel/calendar'
import type { WorkOrderStatus } from '../../../../shared/workorders/api'
import type { DemoDesk } from '../../tools/demo/desk'
import type { Random } from '../../tools/demo/people'
import { SERVICE_CLOSES, SERVICE_OPENS } from '../../tools/demo/desk'
import { moment, type DemoEvent } from '../../tools/demo/schedule'

/**
 * One repair or service order of the demo, from registration to where it stands at the demo's
 * "now": each step is a procedure call at its moment, in service hours, by the clerk on duty
 * (the cashier takes a paid order's receipt, the supervisor approves a service that needs it).
 * A plan names the state to stop at; steps that would fall after "now" are simply not yet done.
 */

export const MINUTE = 60_000

export interface DemoRoom {
  id: number
  code: string
  owner: string
}

export interface OrderPlan {
  room: DemoRoom
  kind: 'repair' | 'service'
  source: 'counter' | 'phone'
  category: string
  location: string
  description: string
  createdAt: Date
  /** A service's item, looked up by name when the order is registered (the list is seeded first). */
  serviceItem?: string
  /** A paid repair's quote. */
  quote?: { partsFen: number; labourFen: number }
  /** Charged after acceptance (a paid repair, or a service with a price). */
  paid: boolean
  /** A service whose item needs a supervisor's approval before dispatch. */
  approval?: boolean
  settlement?: 'receipt' | 'account'
  stopAt: WorkOrderStatus
  /** The first visit finds the resident unsatisfied: 返工, then repaired again. */
  rework?: boolean
  /** Minutes from one step to the next, in service time (the planner's choice: some late). */
  gaps: { dispatch: number; arrive: number; finish: number; visitDays: number; close: number }
  /** An appointment booked at dispatch, this many minutes after it. */
  appointmentIn?: number
}

/** `minutes` after `at`, carried into the next morning when it would fall outside service hours. */
export function later(at: Date, minutes: number, r: Random): Date {
  const next = new Date(at.getTime() + minutes * MINUTE)
  const closing = moment(localDate(next), SERVICE_CLOSES - 1, 45)
  if (next.getHours() < SERVICE_OPENS) return moment(localDate(next), SERVICE_OPENS, r.int(5, 40))
  if (next > closing) {
    const tomorrow = new Date(next.getTime() + 12 * 3_600_000)
    return moment(localDate(tomorrow), SERVICE_OPENS, r.int(5, 40))
  }
  return next
}

/** A moment on the day `days` after `at`, at a time in the morning or afternoon. */
const daysLater = (at: Date, days: number, r: Random) =>
  moment(localDate(new Date(at.getTime() + days * 86_400_000)), r.pick([9, 10, 11, 14, 15, 16]), r.int(0, 59))

const ORDER_OF_STEPS: WorkOrderStatus[] = ['pending', 'dispatched', 'inProgress', 'completed', 'visited', 'closed']

interface Ctx {
  desk: DemoDesk
  r: Random
  clerk: () => string
  items: Map<string, { id: number; needsApproval: boolean }>
}

type Step = { at: Date; staff: string; run: (s: Parameters<DemoEvent['run']>[0]) => void }

/** The steps of one cycle of work: dispatch, arrival, completion. */
function workSteps(c: Ctx, p: OrderPlan, id: () => number, from: Date, steps: Step[]): Date {
  const { desk, r } = c
  const dispatchAt = later(from, p.gaps.dispatch, r)
  const appointment = p.appointmentIn ? later(dispatchAt, p.appointmentIn, r) : null
  const staff = c.clerk()
  steps.push({
    at: dispatchAt,
    staff,
    run: (s) =>
      void desk.call(
        api.repairs.dispatch,
        {
          workOrderId: id(),
          assignee: r.pick(['工程部 水电班', '工程部 土建班', '维修工 陈师傅', '维修工 黄师傅']),
          ...(appointment ? { appointmentAt: localMinute(appointment) } : {})
        },
        s
      )
  })
  const arriveAt = later(appointment ?? dispatchAt, appointment ? r.int(0, 10) : p.gaps.arrive, r)
  steps.push({ at: arriveAt, staff, run: (s) => void desk.call(api.repairs.arrive, { workOrderId: id() }, s) })
  const finishAt = later(arriveAt, p.gaps.finish, r)
  const leak = p.category === 'leak'
  steps.push({
    at: finishAt,
    staff,
    run: (s) =>
      void desk.call(
        api.repairs.finish,
        {
          workOrderId: id(),
          workDone: WORK_DONE[p.category] ?? '已处理完毕，现场清理干净',
          materials: leak ? '防水涂料 2 kg' : '',
          signedBy: p.room.owner,
          ...(leak ? { leakTestOn: localDate(finishAt) } : {})
        },
        s
      )
  })
  return finishAt
}

const localMinute = (at: Date) =>
  `${localDate(at)}T${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`

const WORK_DONE: Record<string, string> = {
  leak: '重做防水层，闭水试验 48 小时无渗漏',
  plumbing: '更换损坏配件，通水通电试验正常',
  doorWindow: '调整合页与滑轨，更换密封条',
  public: '更换损坏部件，恢复正常使用',
  safety: '更换灭火器 / 应急灯，检查合格',
  other: '已处理完毕，现场清理干净'
}

/** A paid order after the resident's acceptance: charged, and at the counter its receipt taken. */
function chargeSteps(c: Ctx, p: OrderPlan, id: () => number, finishAt: Date, steps: Step[]): Date {
  const settlement = p.settlement ?? 'receipt'
  const chargeAt = later(finishAt, c.r.int(5, 30), c.r)
  let receivableId: number | null = null
  let fen = 0
  steps.push({
    at: chargeAt,
    staff: c.clerk(),
    run(s) {
      const view = c.desk.call(api.repairs.charge, { workOrderId: id(), settlement }, s)
      receivableId = view.charged?.receivableId ?? null
      fen = view.feeFen ?? 0
    }
  })
  if (settlement !== 'receipt') return chargeAt
  const paidAt = later(chargeAt, c.r.int(5, 40), c.r)
  steps.push({
    at: paidAt,
    staff: 'cashier',
    run(s) {
      if (receivableId === null || fen === 0) return
      const amount = formatFen(fen, { grouping: false })
      c.desk.call(
        api.fees.pay,
        {
          roomId: p.room.id,
          receivableIds: [receivableId],
          payerName: p.room.owner,
          payments: [{ method: c.r.pick(['wechat', 'alipay', 'wechat'] as const), amount }],
          expectedTotal: amount
        },
        s
      )
    }
  })
  return paidAt
}

function visitStep(c: Ctx, id: () => number, at: Date, result: 'satisfied' | 'unsatisfied'): Step {
  return {
    at,
    staff: c.clerk(),
    run: (s) =>
      void c.desk.call(
        api.repairs.visit,
        {
          workOrderId: id(),
          method: 'phone',
          reached: true,
          result,
          comments: result === 'satisfied' ? '住户表示满意' : '住户反映问题仍未解决'
        },
        s
      )
  }
}

/** Every step of the order, in order, ready to be cut at the plan's state. */
function allSteps(
  c: Ctx,
  p: OrderPlan,
  id: () => number,
  setId: (n: number) => void
): { steps: Step[]; marks: number[] } {
  const { desk, r } = c
  const steps: Step[] = []
  const marks: number[] = []
  const staff = c.clerk()
  steps.push({
    at: p.createdAt,
    staff,
    run(s) {
      const item = p.serviceItem ? c.items.get(p.serviceItem) : undefined
      const view = desk.call(
        api.repairs.create,
        {
          kind: p.kind,
          roomId: p.room.id,
          source: p.source,
          reporter: p.room.owner,
          location: p.location,
          category: p.category,
          description: p.description,
          ...(item ? { serviceItemId: item.id } : {}),
          ...(p.quote ? { charge: 'paid' as const, ...p.quote, quoteAgreedBy: p.room.owner } : {}),
          ...(p.settlement ? { settlement: p.settlement } : {})
        },
        s
      )
      setId(view.id)
    }
  })
  let from = p.createdAt
  if (p.approval) {
    from = later(from, r.int(10, 40), r)
    steps.push({ at: from, staff: 'super', run: (s) => void desk.call(api.repairs.approve, { workOrderId: id() }, s) })
  }
  marks.push(steps.length) // pending
  const before = steps.length
  let finishAt = workSteps(c, p, id, from, steps)
  if (p.paid) finishAt = chargeSteps(c, p, id, finishAt, steps)
  marks.push(before + 1, before + 2, steps.length) // dispatched, inProgress, completed (and charged)
  let visitAt = daysLater(finishAt, p.gaps.visitDays, r)
  if (visitAt <= finishAt) visitAt = later(finishAt, 30, r)
  if (p.rework) {
    steps.push(visitStep(c, id, visitAt, 'unsatisfied'))
    marks.push(steps.length) // rework (stands for 'visited' in the cut, see cutAt)
    finishAt = workSteps(c, p, id, visitAt, steps)
    visitAt = daysLater(finishAt, 1, r)
  }
  steps.push(visitStep(c, id, visitAt, 'satisfied'))
  marks.push(steps.length) // visited
  steps.push({
    at: later(visitAt, p.gaps.close, r),
    staff: c.clerk(),
    run: (s) => void desk.call(api.repairs.close, { workOrderId: id() }, s)
  })
  marks.push(steps.length) // closed
  return { steps, marks }
}

/** How many steps reach the plan's state: marks are the step counts at pending … closed. */
function cutAt(p: OrderPlan, marks: number[]): number {
  if (p.stopAt === 'rework') return marks[4]!
  const index = ORDER_OF_STEPS.indexOf(p.stopAt)
  // With a rework, the marks hold one more (the unsatisfied visit) before 'visited'.
  const shifted = p.rework && index >= 4 ? index + 1 : index
  return marks[shifted]!
}

/** The plan as demo events; steps after `now` are left undone. */
export function orderEvents(c: Ctx, p: OrderPlan, now: Date): DemoEvent[] {
  let orderId = 0
  const { steps, marks } = allSteps(
    c,
    p,
    () => orderId,
    (n) => (orderId = n)
  )
  const kept = steps.slice(0, cutAt(p, marks))
  const events: DemoEvent[] = []
  for (const step of kept) {
    if (step.at > now) break
    events.push({ at: step.at, staff: step.staff, run: step.run })
  }
  return events
}

export type OrderContext = Ctx
