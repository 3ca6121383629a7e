import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonthsToDate,
  ageBucket,
  oldestDueCutoff,
  overdueAgeMonths
} from '../../../shared/fees/arrears-rules'

describe('how long an amount has been overdue', () => {
  it('is not overdue on its due date, and in its first month from the day after', () => {
    expect(overdueAgeMonths('2026-11-20', '2026-11-20')).toBe(0)
    expect(overdueAgeMonths('2026-11-20', '2026-11-19')).toBe(0)
    expect(overdueAgeMonths('2026-11-20', '2026-11-21')).toBe(1)
  })

  it('enters its second month the day after the due date comes round again', () => {
    expect(overdueAgeMonths('2026-10-20', '2026-11-20')).toBe(1)
    expect(overdueAgeMonths('2026-10-20', '2026-11-21')).toBe(2)
  })

  it('counts across a year end', () => {
    expect(overdueAgeMonths('2025-11-20', '2026-02-21')).toBe(4)
  })

  it('a due date at a month end is met on the last day of a shorter month', () => {
    expect(overdueAgeMonths('2026-01-31', '2026-02-28')).toBe(1)
    expect(overdueAgeMonths('2026-01-31', '2026-03-01')).toBe(2)
  })

  it('falls into the buckets 1 month, 2–3 months, more than 3', () => {
    expect([0, 1, 2, 3, 4, 36].map(ageBucket)).toEqual(['1', '1', '2-3', '2-3', '>3', '>3'])
    // Due 22 August: on 22 November the third month is just complete, the next day is the fourth.
    expect(ageBucket(overdueAgeMonths('2026-08-22', '2026-11-22'))).toBe('2-3')
    expect(ageBucket(overdueAgeMonths('2026-08-21', '2026-11-22'))).toBe('>3')
  })
})

describe('calendar steps', () => {
  it('three months after a day is the same day, or the last day of a shorter month', () => {
    expect(addMonthsToDate('2026-08-22', 3)).toBe('2026-11-22')
    expect(addMonthsToDate('2026-11-30', 3)).toBe('2027-02-28')
    expect(addMonthsToDate('2027-11-30', 3)).toBe('2028-02-29')
    expect(addMonthsToDate('2026-03-31', -1)).toBe('2026-02-28')
  })

  it('fifteen days after a day crosses months and years', () => {
    expect(addDays('2026-11-22', 15)).toBe('2026-12-07')
    expect(addDays('2026-12-25', 15)).toBe('2027-01-09')
  })
})

describe('the due date that makes a debt n months old', () => {
  it('is the last due date whose age reaches n, for every day of a year and n from 1 to 13', () => {
    for (let d = 0; d < 366; d++) {
      const today = addDays('2026-01-01', d)
      for (let n = 1; n <= 13; n++) {
        const cutoff = oldestDueCutoff(today, n)
        expect(overdueAgeMonths(cutoff, today), `${today} ${n}`).toBeGreaterThanOrEqual(n)
        expect(overdueAgeMonths(addDays(cutoff, 1), today), `${today} ${n}`).toBeLessThan(n)
      }
    }
  })

  it('for one month is yesterday', () => {
    expect(oldestDueCutoff('2026-11-22', 1)).toBe('2026-11-21')
    expect(oldestDueCutoff('2026-11-22', 4)).toBe('2026-08-21')
  })
})
