import dayjs from 'dayjs'
import { addMonths } from '../kernel/calendar'
import { mostUrgent, type StepDeadline } from './deadlines'
import type { CountBy, DueItem, RecurringProblem, StepRate } from './stats-api'
import type { WorkOrderSettings } from './settings'

/**
 * The pure rules of 统计 and 到期 (the handlers read the rows, these count them): a month's window
 * in local time, counts by a key, on-time rates per step, recurring problems and the due list.
 * Moments are ISO strings as stored (toISOString, so they compare as text).
 */

/** The month's first moment and the next month's, in local time, as ISO strings: [start, end). */
export function monthWindow(period: string): { start: string; end: string } {
  const first = dayjs(`${period}-01T00:00:00`)
  return { start: first.toISOString(), end: first.add(1, 'month').toISOString() }
}

export const inWindow = (at: string | null, w: { start: string; end: string }) =>
  at !== null && at >= w.start && at < w.end

/** The six periods up to and including `period`, oldest first. */
export const sixMonths = (period: string) => [-5, -4, -3, -2, -1, 0].map((n) => addMonths(period, n))

/** Counts by key, largest first (then by key, so the order is stable). */
export function countBy<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  nameOf: (key: string) => string
): CountBy[] {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1)
  return [...counts]
    .map(([key, count]) => ({ key, name: nameOf(key), count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
}

/**
 * On-time rates of the steps due in the month. Each step falls in one column: done by its due
 * (onTime); done late before `asOf` (late); still open past its due at `asOf` — the month's end, or
 * now for the running month (overdue). A step due later than `asOf` and still open is only in `due`.
 */
export function stepRates(
  stepLists: readonly (readonly StepDeadline[])[],
  window: { start: string; end: string },
  asOf: string,
  order: readonly string[]
): StepRate[] {
  const rates = new Map<string, StepRate>(order.map((step) => [step, { step, due: 0, onTime: 0, late: 0, overdue: 0 }]))
  for (const steps of stepLists) {
    for (const s of steps) {
      const due = dayjs(s.dueAt).toISOString()
      if (!inWindow(due, window)) continue
      const rate = rates.get(s.step)
      if (!rate) continue
      rate.due += 1
      const done = s.doneAt === null ? null : dayjs(s.doneAt).toISOString()
      if (done !== null && done <= due) rate.onTime += 1
      else if (done !== null && done <= asOf) rate.late += 1
      else if (due < asOf) rate.overdue += 1
    }
  }
  return [...rates.values()]
}

/** A repair as the recurring check needs it. */
export interface RecurringCandidate {
  id: number
  number: string
  roomId: number
  roomCode: string
  category: string
  categoryName: string
  location: string
  createdAt: string
}

const normalPlace = (location: string) => location.trim().replace(/\s+/g, '')

/**
 * Parts every home has: the same category there in several rooms is each home's own problem, not
 * one place's, so they count only room by room.
 */
export const HOME_PARTS = [
  '客厅',
  '卧室',
  '主卧',
  '次卧',
  '书房',
  '餐厅',
  '厨房',
  '卫生间',
  '阳台',
  '入户',
  '玄关',
  '室内'
]
const sharedPlace = (c: RecurringCandidate) => {
  const place = normalPlace(c.location)
  return place !== '' && !HOME_PARTS.includes(place)
}

function problemOf(kind: RecurringProblem['kind'], group: RecurringCandidate[]): RecurringProblem {
  const sorted = [...group].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  const first = sorted[0]!
  const places = new Set(sorted.map((c) => normalPlace(c.location)))
  return {
    kind,
    roomCode: kind === 'room' ? first.roomCode : null,
    category: first.category,
    categoryName: first.categoryName,
    location: places.size === 1 ? first.location.trim() : null,
    count: sorted.length,
    first: first.createdAt,
    last: sorted[sorted.length - 1]!.createdAt,
    numbers: sorted.map((c) => c.number),
    ids: sorted.map((c) => c.id)
  }
}

function groups(items: readonly RecurringCandidate[], keyOf: (c: RecurringCandidate) => string) {
  const map = new Map<string, RecurringCandidate[]>()
  for (const c of items) map.set(keyOf(c), [...(map.get(keyOf(c)) ?? []), c])
  return [...map.values()]
}

/**
 * Recurring problems (manual 000: 重复发生的问题 are analysed): `count` or more repairs registered
 * within the `windowDays` ending at `end` — of one category in the same room, or of one category at
 * one shared place across two or more rooms (the 3 栋 elevator hall, the garage gate). Most first.
 */
export function recurringProblems(
  candidates: readonly RecurringCandidate[],
  rule: WorkOrderSettings['recurring'],
  end: string
): RecurringProblem[] {
  const from = dayjs(end).subtract(rule.windowDays, 'day').toISOString()
  const inside = candidates.filter((c) => c.createdAt >= from && c.createdAt < end)
  const byRoom = groups(inside, (c) => `${c.roomId}|${c.category}`)
    .filter((g) => g.length >= rule.count)
    .map((g) => problemOf('room', g))
  const byPlace = groups(inside.filter(sharedPlace), (c) => `${c.category}|${normalPlace(c.location)}`)
    .filter((g) => g.length >= rule.count && new Set(g.map((c) => c.roomId)).size >= 2)
    .map((g) => problemOf('place', g))
  return [...byRoom, ...byPlace].sort((a, b) => b.count - a.count || b.last.localeCompare(a.last))
}

/** An open item with its steps, as the due list needs it. */
export interface DueCandidate {
  type: DueItem['type']
  id: number
  number: string
  roomCode: string | null
  title: string
  severity: DueItem['severity']
  steps: readonly StepDeadline[]
}

const URGENT_FIRST = (a: DueItem, b: DueItem) => a.dueAt.localeCompare(b.dueAt) || a.number.localeCompare(b.number)

/**
 * What is due: each item once, by its most urgent open step — overdue (past due), or due before
 * the end of today (将到期 included). Earliest due first, so the longest overdue leads.
 */
export function dueLists(candidates: readonly DueCandidate[], limit: number): { overdue: DueItem[]; today: DueItem[] } {
  const overdue: DueItem[] = []
  const today: DueItem[] = []
  for (const c of candidates) {
    const next = mostUrgent(c.steps)
    if (!next) continue
    const item: DueItem = {
      type: c.type,
      id: c.id,
      number: c.number,
      roomCode: c.roomCode,
      step: next.step,
      dueAt: dayjs(next.dueAt).toISOString(),
      urgency: next.urgency,
      title: c.title,
      severity: c.severity
    }
    if (next.urgency === 'overdue') overdue.push(item)
    else if (next.urgency === 'dueSoon' || next.urgency === 'dueToday') today.push(item)
  }
  return { overdue: overdue.sort(URGENT_FIRST).slice(0, limit), today: today.sort(URGENT_FIRST).slice(0, limit) }
}

/** A step's on-time rate over the steps already decided (on time, late or overdue); not-yet-due ones wait. */
export const onTimeRateE2 = (rate: StepRate) => rateE2(rate.onTime, rate.onTime + rate.late + rate.overdue)

/** Visited of completed as percent × 100 (9950 = 99.5 %), null when nothing was completed. */
export const rateE2 = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10000))
