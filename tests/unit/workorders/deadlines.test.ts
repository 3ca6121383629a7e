// The counter's time zone: stored instants are UTC, "within N days" counts China's calendar days.
process.env.TZ = 'Asia/Shanghai'

import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import {
  deadlineRule,
  dueAt,
  earlier,
  endOfDate,
  mostUrgent,
  onTime,
  serviceHours,
  stepDeadline,
  urgencyOf,
  type DeadlineRule
} from '../../../shared/workorders/deadlines'

const HOURS = { from: '09:00', to: '21:00' }
/** A due moment as the counter reads it (local time, to the millisecond). */
const local = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm:ss.SSS')
const due = (start: string, rule: DeadlineRule, hours = HOURS) => local(dueAt(start, rule, hours))
const days = (amount: number): DeadlineRule => ({ measure: 'days', amount })
const minutes = (amount: number): DeadlineRule => ({ measure: 'minutes', amount })
const working = (amount: number): DeadlineRule => ({ measure: 'workingMinutes', amount })
/** An explicit moment (local time), never the wall clock. */
const at = (localTime: string) => dayjs(localTime).toDate()

describe('days: by the end of the Nth local day', () => {
  it.each([
    ['2026-03-10T10:00:00', 0, '2026-03-10 23:59:59.999'],
    ['2026-03-10T00:00:00', 1, '2026-03-11 23:59:59.999'],
    ['2026-01-30T16:20:00', 2, '2026-02-01 23:59:59.999'],
    ['2028-02-28T09:00:00', 1, '2028-02-29 23:59:59.999'],
    ['2027-02-28T09:00:00', 1, '2027-03-01 23:59:59.999'],
    ['2026-12-30T23:59:00', 3, '2027-01-02 23:59:59.999']
  ])('%s + %i days → %s', (start, amount, expected) => {
    expect(due(start, days(amount))).toBe(expected)
  })

  it('counts the local day of a stored UTC instant (16:30Z is already the next day in Shanghai)', () => {
    expect(due('2026-01-30T16:30:00.000Z', days(2))).toBe('2026-02-02 23:59:59.999')
  })
})

describe('minutes: clock time', () => {
  it('runs through the night and across a month end', () => {
    expect(due('2026-03-10T23:50:00', minutes(15))).toBe('2026-03-11 00:05:00.000')
    expect(due('2026-01-31T02:00:00', minutes(15))).toBe('2026-01-31 02:15:00.000')
    expect(due('2026-12-31T22:00:00', minutes(72 * 60))).toBe('2027-01-03 22:00:00.000')
  })
})

describe('workingMinutes: only inside the service hours 09:00–21:00', () => {
  it.each([
    ['inside the window', '2026-03-10T10:00:00', 30, '2026-03-10 10:30:00.000'],
    ['before opening', '2026-03-10T07:45:00', 30, '2026-03-10 09:30:00.000'],
    ['at opening', '2026-03-10T09:00:00', 30, '2026-03-10 09:30:00.000'],
    ['straddling closing', '2026-03-10T20:50:00', 30, '2026-03-11 09:20:00.000'],
    ['after closing', '2026-03-10T22:10:00', 30, '2026-03-11 09:30:00.000'],
    ['at closing', '2026-03-10T21:00:00', 1, '2026-03-11 09:01:00.000'],
    ['ending exactly at closing', '2026-03-10T20:30:00', 30, '2026-03-10 21:00:00.000'],
    ['a whole window', '2026-03-10T08:00:00', 720, '2026-03-10 21:00:00.000'],
    ['several days', '2026-03-10T20:00:00', 60 + 720 + 720 + 90, '2026-03-13 10:30:00.000'],
    ['several days ending at closing', '2026-03-10T20:00:00', 60 + 720 * 2, '2026-03-12 21:00:00.000'],
    ['a month end', '2026-02-28T20:40:00', 60, '2026-03-01 09:40:00.000'],
    ['a year end', '2026-12-31T20:50:00', 30, '2027-01-01 09:20:00.000']
  ])('%s: %s + %i → %s', (_case, start, amount, expected) => {
    expect(due(start, working(amount))).toBe(expected)
  })

  it('keeps the seconds of the start and reads a stored UTC instant in local time', () => {
    expect(due('2026-03-10T20:37:12.345', working(30))).toBe('2026-03-11 09:07:12.345')
    // 12:50Z is 20:50 in Shanghai.
    expect(due('2026-03-10T12:50:00.000Z', working(30))).toBe('2026-03-11 09:20:00.000')
  })

  it('reaches the end of the longest rule the schema allows even with a one-minute window', () => {
    const narrow = { from: '09:00', to: '09:01' }
    const expected = dayjs('2026-01-01T09:01:00').add(60 * 24 * 30 - 1, 'day')
    expect(due('2026-01-01T08:00:00', working(60 * 24 * 30), narrow)).toBe(local(expected.toISOString()))
  })

  it('refuses what is not a moment', () => {
    expect(() => dueAt('yesterday', minutes(5), HOURS)).toThrow(RangeError)
  })
})

describe('urgencyOf', () => {
  const dueIso = dayjs('2026-03-10T15:00:00').toISOString()
  it('is overdue from the due moment itself on', () => {
    expect(urgencyOf(dueIso, null, at('2026-03-10T15:00:00'))).toBe('overdue')
    expect(urgencyOf(dueIso, null, at('2026-03-11T08:00:00'))).toBe('overdue')
  })
  it('is dueSoon within soonMinutes (inclusive), dueToday later today, upcoming after today', () => {
    expect(urgencyOf(dueIso, null, at('2026-03-10T14:59:00'))).toBe('dueSoon')
    expect(urgencyOf(dueIso, null, at('2026-03-10T13:00:00'))).toBe('dueSoon')
    expect(urgencyOf(dueIso, null, at('2026-03-10T12:59:00'))).toBe('dueToday')
    expect(urgencyOf(dueIso, null, at('2026-03-10T12:59:00'), 30)).toBe('dueToday')
    expect(urgencyOf(dueIso, null, at('2026-03-10T14:40:00'), 30)).toBe('dueSoon')
    expect(urgencyOf(dueIso, null, at('2026-03-09T23:00:00'))).toBe('upcoming')
  })
  it('a due just after midnight is dueSoon late the evening before, not dueToday', () => {
    const nextMorning = dayjs('2026-03-11T00:30:00').toISOString()
    expect(urgencyOf(nextMorning, null, at('2026-03-10T23:00:00'))).toBe('dueSoon')
    expect(urgencyOf(nextMorning, null, at('2026-03-10T20:00:00'))).toBe('upcoming')
  })
  it('is done on time up to the due moment, late after it, whatever the clock says', () => {
    expect(urgencyOf(dueIso, dueIso, at('2026-04-01T00:00:00'))).toBe('done')
    expect(urgencyOf(dueIso, dayjs('2026-03-10T09:00:00').toISOString(), at('2026-03-10T09:00:00'))).toBe('done')
    const lateIso = dayjs('2026-03-10T15:00:01').toISOString()
    expect(urgencyOf(dueIso, lateIso, at('2026-03-10T15:00:01'))).toBe('late')
  })
})

describe('steps', () => {
  const now = at('2026-03-10T10:00:00')
  const iso = (s: string) => dayjs(s).toISOString()
  it('mostUrgent is the open step due first; null when every step is done', () => {
    const steps = [
      stepDeadline('dispatch', iso('2026-03-10T09:30:00'), iso('2026-03-10T09:10:00'), now),
      stepDeadline('complete', iso('2026-03-12T23:59:59.999'), null, now),
      stepDeadline('arrive', iso('2026-03-10T11:00:00'), null, now)
    ]
    expect(mostUrgent(steps)).toMatchObject({ step: 'arrive', urgency: 'dueSoon' })
    expect(mostUrgent(steps.slice(0, 1))).toBeNull()
    expect(mostUrgent([])).toBeNull()
  })
  it('onTime counts done steps by their due; an open step is not on time', () => {
    const dueIso = iso('2026-03-10T12:00:00')
    expect(onTime(stepDeadline('a', dueIso, dueIso, now))).toBe(true)
    expect(onTime(stepDeadline('a', dueIso, iso('2026-03-10T12:00:01'), now))).toBe(false)
    expect(onTime(stepDeadline('a', dueIso, null, now))).toBe(false)
  })
})

describe('endOfDate and earlier', () => {
  it('endOfDate is the last millisecond of a local date', () => {
    expect(local(endOfDate('2026-12-31'))).toBe('2026-12-31 23:59:59.999')
    expect(local(endOfDate('2028-02-29'))).toBe('2028-02-29 23:59:59.999')
  })
  it('earlier takes the customer’s deadline only when it is before the rule’s', () => {
    const rule = dayjs('2026-03-12T23:59:59.999').toISOString()
    const sooner = endOfDate('2026-03-11')
    expect(earlier(rule, sooner)).toBe(sooner)
    expect(earlier(rule, endOfDate('2026-03-20'))).toBe(rule)
    expect(earlier(rule, rule)).toBe(rule)
    expect(earlier(rule, null)).toBe(rule)
    expect(earlier(rule, undefined)).toBe(rule)
  })
})

describe('the schemas', () => {
  it('deadlineRule takes each measure and refuses the rest', () => {
    for (const ok of [days(0), days(365), minutes(1), working(60 * 24 * 30)])
      expect(deadlineRule.safeParse(ok).success).toBe(true)
    for (const bad of [
      days(-1),
      days(366),
      days(1.5),
      minutes(0),
      working(60 * 24 * 30 + 1),
      { measure: 'hours', amount: 2 },
      { measure: 'days', amount: 2, from: 'x' },
      { measure: 'days' }
    ])
      expect(deadlineRule.safeParse(bad).success).toBe(false)
  })
  it('serviceHours needs HH:mm times with from before to', () => {
    expect(serviceHours.safeParse(HOURS).success).toBe(true)
    expect(serviceHours.safeParse({ from: '00:00', to: '23:59' }).success).toBe(true)
    const same = serviceHours.safeParse({ from: '09:00', to: '09:00' })
    expect(same.success).toBe(false)
    expect(same.error?.issues[0]).toMatchObject({ message: 'field.serviceHours', path: ['to'] })
    expect(serviceHours.safeParse({ from: '21:00', to: '09:00' }).success).toBe(false)
    for (const bad of ['9:00', '24:00', '09:60', '0900'])
      expect(serviceHours.safeParse({ from: bad, to: '21:00' }).error?.issues[0]?.message).toBe('field.time')
  })
})
