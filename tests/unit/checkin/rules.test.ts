import { describe, expect, it } from 'vitest'
import { overLimit, patrolDue, weekStart } from '../../../shared/checkin/rules'

/** The trusteeship checks (房屋托管): use above the limit, and the weekly patrol (Monday–Sunday weeks). */

describe('overLimit', () => {
  it('flags use above the limit only: exactly at the limit is allowed', () => {
    expect(overLimit(12_000, 12_500, 500)).toBe(false)
    expect(overLimit(12_000, 12_501, 500)).toBe(true)
    expect(overLimit(12_000, 12_000, 0)).toBe(false)
    expect(overLimit(12_000, 12_001, 0)).toBe(true)
    expect(overLimit(0, 2_000, 2_000)).toBe(false)
    expect(overLimit(0, 2_001, 2_000)).toBe(true)
  })
})

describe('weekStart', () => {
  it.each([
    ['2026-11-30', '2026-11-30'], // Monday is its own week's start
    ['2026-12-01', '2026-11-30'], // the 1st of a month, in a week that began the month before
    ['2026-12-02', '2026-11-30'],
    ['2026-12-06', '2026-11-30'], // Sunday ends the week, it does not start one
    ['2026-11-01', '2026-10-26'], // a Sunday on the 1st
    ['2026-12-31', '2026-12-28'], // 31 December
    ['2027-01-01', '2026-12-28'], // the week runs across the new year
    ['2027-01-03', '2026-12-28'],
    ['2027-01-04', '2027-01-04'],
    ['2028-02-29', '2028-02-28'] // a leap day
  ])('%s is in the week of Monday %s', (date, monday) => {
    expect(weekStart(date)).toBe(monday)
  })
})

describe('patrolDue', () => {
  it('is due with no weekly patrol at all', () => {
    expect(patrolDue(null, '2026-12-02')).toBe(true)
  })

  it('a patrol on Monday of this week clears it until Sunday; last Sunday does not', () => {
    expect(patrolDue('2026-11-30', '2026-11-30')).toBe(false)
    expect(patrolDue('2026-11-30', '2026-12-06')).toBe(false)
    expect(patrolDue('2026-11-29', '2026-11-30')).toBe(true)
    expect(patrolDue('2026-11-29', '2026-12-06')).toBe(true)
  })

  it('a new week makes it due again, across months and years', () => {
    expect(patrolDue('2026-12-06', '2026-12-07')).toBe(true)
    expect(patrolDue('2026-12-28', '2027-01-03')).toBe(false)
    expect(patrolDue('2026-12-27', '2026-12-31')).toBe(true)
    expect(patrolDue('2026-11-30', '2026-12-01')).toBe(false)
  })
})
