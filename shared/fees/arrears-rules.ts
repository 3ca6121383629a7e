import { addDays, addMonthsToDate } from '../kernel/calendar'

/**
 * Calendar arithmetic of the arrears chase (催缴), on 'YYYY-MM-DD' dates of the counter's calendar.
 * Day and month steps come from the kernel's calendar; comparisons are on the date text.
 */

export { addDays, addMonthsToDate }

export const AGE_BUCKETS = ['1', '2-3', '>3'] as const
export type AgeBucket = (typeof AGE_BUCKETS)[number]

/** A phone reminder left unanswered this many months calls for a demand letter (催缴函). */
export const DEMAND_LETTER_AFTER_MONTHS = 3
/** The demand letter gives the owner this many days to pay. */
export const DEMAND_LETTER_DEADLINE_DAYS = 15
/**
 * 今日催缴: a room reminded in any way (call, SMS, letter, visit, legal step) within this many days
 * stays off the day's call list. Bills fall due monthly and the office chases by the month: one
 * reminder a month keeps the debt in the owner's mind, calling again sooner only wears them out.
 */
export const CALL_QUIET_DAYS = 30

/** The last day a reminder may have been made for the room to be called again today. */
export const callQuietCutoff = (today: string): string => addDays(today, -CALL_QUIET_DAYS)

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return [y, m, d]
}

/**
 * How many months an amount due on `dueOn` has been overdue on `today`, counted the way the office
 * counts arrears: 1 from the day after the due date until the same day a month later, 2 during the
 * month after that, and so on (a month begun counts whole). 0 when it is not yet overdue
 * (due today or later). 2026-10-20 on 2026-11-20 → 1; on 2026-11-21 → 2.
 */
export function overdueAgeMonths(dueOn: string, today: string): number {
  if (dueOn >= today) return 0
  const [dy, dm] = parts(dueOn)
  const [ty, tm] = parts(today)
  const months = (ty - dy) * 12 + (tm - dm)
  // Anniversaries of the due date before today's month are all passed; this month's may not be.
  return addMonthsToDate(dueOn, months) < today ? months + 1 : months
}

/** 1 month (0–1), 2–3 months, more than 3 months. */
export function ageBucket(ageMonths: number): AgeBucket {
  if (ageMonths <= 1) return '1'
  if (ageMonths <= 3) return '2-3'
  return '>3'
}

/**
 * The latest due date that is at least `months` months overdue on `today` (months ≥ 1). Age only
 * grows as the due date goes back, so "age ≥ n" is "due on or before this day": a filter and the
 * age buckets become plain comparisons the database can make.
 */
export function oldestDueCutoff(today: string, months: number): string {
  // Near the answer by arithmetic, then step back over month-end clamping to the exact day.
  let day = addDays(addMonthsToDate(today, -(months - 1)), 4)
  while (overdueAgeMonths(day, today) < months) day = addDays(day, -1)
  return day
}
