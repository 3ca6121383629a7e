import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  addMonthsToDate,
  foldMonths,
  localDate,
  localDateTime,
  monthsBetween,
  nextMonth,
  periodBounds
} from '../../../shared/kernel/calendar'

describe('the calendar', () => {
  it('reads dates and moments in local time', () => {
    const at = new Date(2026, 11, 31, 23, 59)
    expect(localDate(at)).toBe('2026-12-31')
    expect(localDateTime(at)).toBe('2026-12-31 23:59')
    expect(localDate(at.toISOString())).toBe('2026-12-31')
  })

  it('steps months across the year and clamps days to a shorter month', () => {
    expect(addMonths('2026-11', 2)).toBe('2027-01')
    expect(addMonths('2027-01', -1)).toBe('2026-12')
    expect(nextMonth('2026-12')).toBe('2027-01')
    expect(monthsBetween('2026-09', '2027-02')).toBe(5)
    expect(periodBounds('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' })
    expect(addMonthsToDate('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonthsToDate('2026-11-30', 3)).toBe('2027-02-28')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(() => addMonths('2026-13x', 1)).toThrow(RangeError)
  })

  it('folds consecutive months of one kind into runs, and nothing else', () => {
    const rows = [
      { p: '2026-11', k: 'a' },
      { p: '2026-12', k: 'a' },
      { p: '2027-01', k: 'a' },
      { p: '2027-02', k: 'b' },
      { p: '2027-04', k: 'b' },
      { p: '2026-10-16 至 2026-11-15', k: 'b' },
      { p: '2026-12', k: 'b' }
    ]
    const runs = foldMonths(
      rows,
      (r) => r.p,
      (a, b) => a.k === b.k
    )
    expect(runs.map((r) => [r.from, r.to, r.items.length])).toEqual([
      ['2026-11', '2027-01', 3],
      ['2027-02', '2027-02', 1],
      ['2027-04', '2027-04', 1],
      ['2026-10-16 至 2026-11-15', '2026-10-16 至 2026-11-15', 1],
      ['2026-12', '2026-12', 1]
    ])
  })
})
