import dayjs from 'dayjs'

/**
 * The counter's calendar, in one place. Dates are local 'YYYY-MM-DD' (what a receipt, a due date
 * or a key's return is about), moments 'YYYY-MM-DD HH:mm' as a clerk reads them, and fee periods
 * 'YYYY-MM'. Month arithmetic clamps to the end of a shorter month, as people count:
 * "three months after 30 November" is the last day of February.
 */
const DATE = 'YYYY-MM-DD'
const MONTH = /^(\d{4})-(\d{2})$/

/** A date or moment in the counter's local time: '2026-06-15'. */
export function localDate(at: Date | string): string {
  return dayjs(at).format(DATE)
}

/** A moment as the counter reads it: '2026-06-15 09:05'. */
export function localDateTime(at: Date | string): string {
  return dayjs(at).format('YYYY-MM-DD HH:mm')
}

/** The wall-clock time alone, for messages ("请于 14:35 后再试"). */
export function localTime(at: Date | string): string {
  return dayjs(at).format('HH:mm')
}

export function isPeriod(value: string): boolean {
  return MONTH.test(value)
}

function monthIndex(period: string): number {
  const [, y, m] = MONTH.exec(period) ?? []
  if (y === undefined || m === undefined) throw new RangeError(`not a period: ${period}`)
  return Number(y) * 12 + Number(m) - 1
}

function periodAt(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** '2026-11' + n months → '2027-01'. */
export function addMonths(period: string, n: number): string {
  return periodAt(monthIndex(period) + n)
}

export const nextMonth = (period: string): string => addMonths(period, 1)

/** Whole months between two periods: '2026-09' → '2026-11' is 2. */
export function monthsBetween(from: string, to: string): number {
  return monthIndex(to) - monthIndex(from)
}

/** The first and last day of a 'YYYY-MM' period. */
export function periodBounds(period: string): { from: string; to: string } {
  const first = dayjs(`${period}-01`)
  return { from: first.format(DATE), to: first.endOf('month').format(DATE) }
}

/** The same day n months later, clamped to the end of a shorter month: 2026-01-31 + 1 → 2026-02-28. */
export function addMonthsToDate(date: string, n: number): string {
  return dayjs(date).add(n, 'month').format(DATE)
}

export function addDays(date: string, n: number): string {
  return dayjs(date).add(n, 'day').format(DATE)
}

/** A run of consecutive months folded together: its first and last period and what it holds. */
export interface MonthRun<T> {
  from: string
  to: string
  items: T[]
}

/**
 * Folds consecutive months into runs: an item joins the run before it when its period is the
 * month after the run's last and `sameRun` says they belong together (one fee item at one amount,
 * say). Items whose period is not a single month stay alone.
 */
export function foldMonths<T>(
  items: readonly T[],
  periodOf: (item: T) => string,
  sameRun: (run: T, next: T) => boolean
): MonthRun<T>[] {
  const runs: MonthRun<T>[] = []
  for (const item of items) {
    const period = periodOf(item)
    const last = runs[runs.length - 1]
    const joins =
      last !== undefined &&
      isPeriod(period) &&
      isPeriod(last.to) &&
      nextMonth(last.to) === period &&
      sameRun(last.items[0]!, item)
    if (joins) {
      last.to = period
      last.items.push(item)
    } else runs.push({ from: period, to: period, items: [item] })
  }
  return runs
}
