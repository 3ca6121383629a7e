import dayjs, { type Dayjs } from 'dayjs'
import { z } from 'zod'

/**
 * The deadline engine of repairs, services and complaints. A rule is data (kept in the settings,
 * defaults from the manuals), never a constant in a handler: it says from which moment it counts
 * and how far. Three measures, because the manuals use three:
 * - `minutes`: clock time (the 24-hour line's 15 minutes on site; a major complaint's hours);
 * - `workingMinutes`: counted only inside the office's service hours (09:00–21:00 by default), so
 *   a call at 20:50 with 30 minutes to dispatch is due at 09:20 the next morning, not in the night;
 * - `days`: "within N days" as people count it — by the end of the Nth local day after the start
 *   (0 = the same day), across month and year ends by the calendar.
 * Everything is in the counter's local time; moments are ISO strings as stored.
 */

export const deadlineRule = z.discriminatedUnion('measure', [
  z.strictObject({
    measure: z.literal('minutes'),
    amount: z
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 30)
  }),
  z.strictObject({
    measure: z.literal('workingMinutes'),
    amount: z
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 30)
  }),
  z.strictObject({ measure: z.literal('days'), amount: z.number().int().min(0).max(365) })
])
export type DeadlineRule = z.infer<typeof deadlineRule>

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/
export const serviceHours = z
  .strictObject({ from: z.string().regex(HHMM, 'field.time'), to: z.string().regex(HHMM, 'field.time') })
  .refine((h) => h.from < h.to, { message: 'field.serviceHours', path: ['to'] })
export type ServiceHours = z.infer<typeof serviceHours>

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

/** The moment of `day` (local) at 'HH:mm'. */
const atTime = (day: Dayjs, hhmm: string) => day.startOf('day').add(minutesOf(hhmm), 'minute')

/**
 * Moves forward through service hours only: what is left of the start's window, then whole
 * windows of the days after (counted, not walked, so a narrow window and a long rule cannot
 * outrun a loop), then the part of the last day. Ending exactly at closing stays that day.
 */
function addWorkingMinutes(start: Dayjs, amount: number, hours: ServiceHours): Dayjs {
  const windowMinutes = minutesOf(hours.to) - minutesOf(hours.from)
  const open = atTime(start, hours.from)
  const close = atTime(start, hours.to)
  const cursor = start.isBefore(open) ? open : start
  let left = amount
  if (cursor.isBefore(close)) {
    const available = close.diff(cursor, 'minute', true)
    if (left <= available) return cursor.add(left, 'minute')
    left -= available
  }
  const wholeDays = Math.ceil(left / windowMinutes) - 1
  const lastDay = start.add(1 + wholeDays, 'day')
  return atTime(lastDay, hours.from).add(left - wholeDays * windowMinutes, 'minute')
}

/** When a step that started at `startIso` is due by `rule` (an ISO moment). */
export function dueAt(startIso: string, rule: DeadlineRule, hours: ServiceHours): string {
  const start = dayjs(startIso)
  if (!start.isValid()) throw new RangeError(`not a moment: ${startIso}`)
  switch (rule.measure) {
    case 'minutes':
      return start.add(rule.amount, 'minute').toISOString()
    case 'workingMinutes':
      return addWorkingMinutes(start, rule.amount, hours).toISOString()
    case 'days':
      return start.add(rule.amount, 'day').endOf('day').toISOString()
  }
}

/** The earlier of two due moments (a customer's own deadline against the rule's). */
export function earlier(a: string, b: string | null | undefined): string {
  return b && dayjs(b).isBefore(dayjs(a)) ? b : a
}

/** The end of a local date 'YYYY-MM-DD' as a due moment (a customer's deadline is a date). */
export function endOfDate(date: string): string {
  return dayjs(date).endOf('day').toISOString()
}

/**
 * How urgent one step is, for colours and lists:
 * done / late (done after its due) / overdue (open, past due) / dueSoon (open, due within
 * `soonMinutes`) / dueToday (open, due before the end of today) / upcoming.
 */
export const URGENCIES = ['overdue', 'dueSoon', 'dueToday', 'upcoming', 'late', 'done'] as const
export type Urgency = (typeof URGENCIES)[number]

export function urgencyOf(due: string, doneAt: string | null, now: Date, soonMinutes = 120): Urgency {
  const dueMoment = dayjs(due)
  if (doneAt !== null) return dayjs(doneAt).isAfter(dueMoment) ? 'late' : 'done'
  const current = dayjs(now)
  if (!current.isBefore(dueMoment)) return 'overdue'
  if (dueMoment.diff(current, 'minute', true) <= soonMinutes) return 'dueSoon'
  if (!dueMoment.isAfter(current.endOf('day'))) return 'dueToday'
  return 'upcoming'
}

/** One step of an item with its due moment, when it was done (null while open) and its urgency. */
export interface StepDeadline<Step extends string = string> {
  step: Step
  dueAt: string
  doneAt: string | null
  urgency: Urgency
}

export function stepDeadline<Step extends string>(
  step: Step,
  due: string,
  doneAt: string | null,
  now: Date,
  soonMinutes?: number
): StepDeadline<Step> {
  return { step, dueAt: due, doneAt, urgency: urgencyOf(due, doneAt, now, soonMinutes) }
}

/** The most urgent of an item's open steps (what its row is coloured by), or null when none is open. */
export function mostUrgent<S extends string>(steps: readonly StepDeadline<S>[]): StepDeadline<S> | null {
  const open = steps.filter((s) => s.doneAt === null)
  if (open.length === 0) return null
  return open.reduce((a, b) => (dayjs(b.dueAt).isBefore(dayjs(a.dueAt)) ? b : a))
}

/** Whether a done step met its due: for the on-time rate per step. */
export const onTime = (s: StepDeadline) => s.doneAt !== null && !dayjs(s.doneAt).isAfter(dayjs(s.dueAt))
