import type { RenovationStatus } from '../../../../shared/permits/api'
import type { Random } from '../../tools/demo/people'
import { addDays } from '../../tools/demo/schedule'
import { approvalDocNo, chooseWorks, type Contractor, type PermitRoom } from './demo-plans'
import type { RenovationPlan } from './demo-renovations'

/**
 * The renovations the counter has in hand at "now", one or more in every state, each dated back
 * from today so its steps are all done by then (none of them happens today): closed and inspected
 * ones of the last weeks; works running — one with an expired pass, a revoked pass and two
 * violations with deductions (one rectified), one whose permit ends in two days, one extended
 * that needed an approval document for added load; one suspended; one revoked with its workers'
 * passes still out; one cancelled, one rejected, one approved but not yet paid, one just applied.
 */

interface Recent {
  company: number
  stopAt: RenovationStatus
  /** Days from today. */
  apply: number
  start: number
  end: number
  workers: number
  works?: { partition?: boolean; load?: boolean }
  violations?: RenovationPlan['violations']
  failedFirst?: boolean
  shortPassDays?: number
  revokePassDay?: number
  halt?: number
  inspect?: number
  failedInspection?: boolean
  refund?: number
  extend?: { on: number; to: number }
}

const RECENT: Recent[] = [
  {
    company: 0,
    stopAt: 'closed',
    apply: -70,
    start: -65,
    end: -25,
    workers: 3,
    violations: [{ day: 6, index: 1, rectify: true }],
    inspect: -23,
    refund: -21
  },
  { company: 1, stopAt: 'inspected', apply: -60, start: -56, end: -8, workers: 2, inspect: -6, failedInspection: true },
  {
    company: 2,
    stopAt: 'revoked',
    apply: -50,
    start: -46,
    end: 20,
    workers: 3,
    works: { partition: true },
    violations: [
      { day: 5, index: 2, rectify: false },
      { day: 12, index: 0, rectify: false }
    ],
    halt: -8
  },
  { company: 3, stopAt: 'suspended', apply: -40, start: -36, end: 30, workers: 2, halt: -3 },
  {
    company: 0,
    stopAt: 'active',
    apply: -28,
    start: -24,
    end: 35,
    workers: 4,
    works: { partition: true },
    shortPassDays: 7,
    revokePassDay: 6,
    violations: [
      { day: 4, index: 2, rectify: true },
      { day: 15, index: 1, rectify: false }
    ]
  },
  { company: 4, stopAt: 'active', apply: -52, start: -47, end: 2, workers: 2 },
  {
    company: 5,
    stopAt: 'active',
    apply: -66,
    start: -60,
    end: -10,
    workers: 3,
    works: { load: true },
    extend: { on: -13, to: 25 }
  },
  { company: 1, stopAt: 'active', apply: -12, start: -7, end: 40, workers: 2 },
  { company: 2, stopAt: 'active', apply: -18, start: -10, end: 30, workers: 2, failedFirst: true },
  { company: 3, stopAt: 'cancelled', apply: -20, start: -12, end: 30, workers: 0 },
  { company: 4, stopAt: 'rejected', apply: -6, start: 3, end: 40, workers: 0, works: { partition: true } },
  { company: 5, stopAt: 'approved', apply: -4, start: 2, end: 40, workers: 0 },
  { company: 0, stopAt: 'applied', apply: -1, start: 5, end: 45, workers: 0 }
]

export function recentPlans(
  r: Random,
  room: () => PermitRoom,
  companies: Contractor[],
  today: string
): RenovationPlan[] {
  const day = (n: number) => addDays(today, n)
  return RECENT.map((x) => ({
    room: room(),
    contractor: companies[x.company % companies.length]!,
    works: chooseWorks(r, x.works),
    approvalDocNo: x.works?.load ? approvalDocNo(r, day(x.apply).slice(0, 4)) : '',
    applyDay: day(x.apply),
    startsOn: day(x.start),
    endsOn: day(x.end),
    stopAt: x.stopAt,
    failedFirst: x.failedFirst ?? false,
    failedInspection: x.failedInspection ?? false,
    workers: x.workers,
    violations: x.violations ?? [],
    ...(x.shortPassDays !== undefined ? { shortPassDays: x.shortPassDays } : {}),
    ...(x.revokePassDay !== undefined ? { revokePassDay: x.revokePassDay } : {}),
    ...(x.halt !== undefined ? { haltOn: day(x.halt) } : {}),
    ...(x.inspect !== undefined ? { inspectOn: day(x.inspect) } : {}),
    ...(x.refund !== undefined ? { refundOn: day(x.refund) } : {}),
    ...(x.extend ? { extend: { on: day(x.extend.on), to: day(x.extend.to) } } : {})
  }))
}
