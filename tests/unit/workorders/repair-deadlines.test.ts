// The counter's time zone: stored instants are UTC, "within N days" counts China's calendar days.
process.env.TZ = 'Asia/Shanghai'

import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import { categoryOf, repairDeadlines, type RepairFacts } from '../../../shared/workorders/repair-deadlines'
import { DEFAULT_WORK_ORDER_SETTINGS as SETTINGS } from '../../../shared/workorders/settings'

/** A stored instant from a local time (how the services keep moments). */
const iso = (localTime: string) => dayjs(localTime).toISOString()
const local = (isoMoment: string) => dayjs(isoMoment).format('YYYY-MM-DD HH:mm:ss.SSS')
/** An explicit "now", never the wall clock. */
const NOW = dayjs('2026-03-10T10:05:00').toDate()

/** A plumbing repair registered at the counter on 2026-03-10 10:00, nothing done yet. */
function facts(overrides: Partial<RepairFacts> = {}): RepairFacts {
  return {
    source: 'counter',
    category: 'plumbing',
    urgent: false,
    cycleStartedAt: iso('2026-03-10T10:00:00'),
    appointmentAt: null,
    dispatchedAt: null,
    arrivedAt: null,
    completedAt: null,
    leakTestOn: null,
    visitedAt: null,
    ...overrides
  }
}

/** step → its due (local) and urgency, for reading a whole answer at once. */
function dues(f: RepairFacts, now = NOW) {
  return Object.fromEntries(
    repairDeadlines(f, SETTINGS, now).map((s) => [s.step, `${local(s.dueAt)} ${s.urgency}`])
  ) as Record<string, string>
}

const completedOrder = (category: string, leakTestOn: string | null = null) =>
  facts({
    category,
    dispatchedAt: iso('2026-03-10T10:20:00'),
    arrivedAt: iso('2026-03-10T11:00:00'),
    completedAt: iso('2026-03-11T16:00:00'),
    leakTestOn
  })

describe('dispatch 派工', () => {
  it('is due 30 service minutes after registration', () => {
    expect(dues(facts())).toEqual({ dispatch: '2026-03-10 10:30:00.000 dueSoon' })
  })
  it('a call at 20:50 is due at 09:20 the next morning', () => {
    const f = facts({ cycleStartedAt: iso('2026-03-10T20:50:00') })
    expect(dues(f, dayjs('2026-03-10T20:55:00').toDate()).dispatch).toBe('2026-03-11 09:20:00.000 upcoming')
  })
  it('is done or late by when it was sent', () => {
    expect(dues(facts({ dispatchedAt: iso('2026-03-10T10:30:00') })).dispatch).toMatch(/ done$/)
    expect(dues(facts({ dispatchedAt: iso('2026-03-10T10:31:00') })).dispatch).toMatch(/ late$/)
    expect(dues(facts(), dayjs('2026-03-10T10:30:00').toDate()).dispatch).toMatch(/ overdue$/)
  })
})

describe('urgent calls: the 24-hour line', () => {
  it('a night call at 02:00 must be dispatched and on site by 02:15, clock time', () => {
    const f = facts({ urgent: true, cycleStartedAt: iso('2026-03-10T02:00:00') })
    expect(dues(f, dayjs('2026-03-10T02:05:00').toDate())).toEqual({
      dispatch: '2026-03-10 02:15:00.000 dueSoon',
      arrive: '2026-03-10 02:15:00.000 dueSoon'
    })
  })
  it('the urgent line wins over a booked appointment', () => {
    const f = facts({ urgent: true, appointmentAt: iso('2026-03-10T15:00:00') })
    expect(dues(f).arrive).toBe('2026-03-10 10:15:00.000 dueSoon')
  })
})

describe('arrive 到场', () => {
  it('has no step while no appointment is booked', () => {
    expect(dues(facts({ dispatchedAt: iso('2026-03-10T10:20:00') })).arrive).toBeUndefined()
  })
  it('is due at the appointment plus 15 minutes of grace', () => {
    const f = facts({ appointmentAt: iso('2026-03-11T14:00:00'), dispatchedAt: iso('2026-03-10T10:20:00') })
    expect(dues(f).arrive).toBe('2026-03-11 14:15:00.000 upcoming')
    expect(dues({ ...f, arrivedAt: iso('2026-03-11T14:15:00') }).arrive).toMatch(/ done$/)
    expect(dues({ ...f, arrivedAt: iso('2026-03-11T14:16:00') }).arrive).toMatch(/ late$/)
  })
})

describe('complete 完工', () => {
  it('appears once dispatched, due by the end of the 2nd day after the dispatch', () => {
    expect(dues(facts()).complete).toBeUndefined()
    const f = facts({ dispatchedAt: iso('2026-03-30T20:00:00'), cycleStartedAt: iso('2026-03-30T19:00:00') })
    expect(dues(f).complete).toBe('2026-04-01 23:59:59.999 upcoming')
  })
})

describe('visit 回访', () => {
  it('appears once completed', () => {
    expect(dues(facts({ dispatchedAt: iso('2026-03-10T10:20:00') })).visit).toBeUndefined()
  })
  it.each([
    ['safety', '安全设施'],
    ['plumbing', '水电'],
    ['doorWindow', '门窗'],
    ['public', '公共设施'],
    ['other', '其他']
  ])('%s (%s): 2 days after the completion', (key, name) => {
    expect(categoryOf(SETTINGS, key).name).toBe(name)
    expect(dues(completedOrder(key)).visit).toBe('2026-03-13 23:59:59.999 upcoming')
  })
  it('渗漏水: 3 days after the leak test, not after the completion', () => {
    expect(dues(completedOrder('leak', '2026-03-14')).visit).toBe('2026-03-17 23:59:59.999 upcoming')
  })
  it('渗漏水 without a leak test yet counts from the completion', () => {
    expect(dues(completedOrder('leak')).visit).toBe('2026-03-14 23:59:59.999 upcoming')
  })
  it('a category the list no longer has falls back to 其他', () => {
    expect(categoryOf(SETTINGS, 'gone').key).toBe('other')
    expect(dues(completedOrder('gone')).visit).toBe('2026-03-13 23:59:59.999 upcoming')
  })
  it('is done or late by the visit', () => {
    const f = completedOrder('plumbing')
    expect(dues({ ...f, visitedAt: iso('2026-03-13T23:00:00') }).visit).toMatch(/ done$/)
    expect(dues({ ...f, visitedAt: iso('2026-03-14T00:00:00') }).visit).toMatch(/ late$/)
  })
})

describe('rework 返工', () => {
  const reworkAt = iso('2026-03-15T10:00:00')
  const reworked = (overrides: Partial<RepairFacts> = {}) =>
    facts({
      cycleStartedAt: reworkAt,
      dispatchedAt: iso('2026-03-10T10:20:00'),
      arrivedAt: iso('2026-03-10T11:00:00'),
      completedAt: iso('2026-03-11T16:00:00'),
      visitedAt: iso('2026-03-12T10:00:00'),
      ...overrides
    })
  it('starts the cycle again: the steps before the rework do not count', () => {
    expect(dues(reworked(), dayjs('2026-03-15T10:05:00').toDate())).toEqual({
      dispatch: '2026-03-15 10:30:00.000 dueSoon'
    })
  })
  it('counts the new cycle’s own steps from the rework', () => {
    const f = reworked({ dispatchedAt: iso('2026-03-15T10:10:00'), completedAt: iso('2026-03-16T09:00:00') })
    expect(dues(f, dayjs('2026-03-16T10:00:00').toDate())).toEqual({
      dispatch: '2026-03-15 10:30:00.000 done',
      complete: '2026-03-17 23:59:59.999 done',
      visit: '2026-03-18 23:59:59.999 upcoming'
    })
  })
  it('a leak test of the cycle before does not count for the new completion', () => {
    const f = reworked({
      category: 'leak',
      leakTestOn: '2026-03-12',
      dispatchedAt: iso('2026-03-15T10:10:00'),
      completedAt: iso('2026-03-16T09:00:00')
    })
    expect(dues(f, dayjs('2026-03-16T10:00:00').toDate()).visit).toBe('2026-03-19 23:59:59.999 upcoming')
  })
})

describe('orders of the move-in inspection', () => {
  it('have no deadlines here (they follow their re-inspection)', () => {
    expect(repairDeadlines(completedOrder('plumbing'), SETTINGS, NOW).length).toBeGreaterThan(0)
    expect(repairDeadlines({ ...completedOrder('plumbing'), source: 'checkin' }, SETTINGS, NOW)).toEqual([])
  })
})
