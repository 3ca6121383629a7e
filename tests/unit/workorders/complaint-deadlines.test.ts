// The counter's time zone: stored instants are UTC, "within N days" counts China's calendar days.
process.env.TZ = 'Asia/Shanghai'

import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import { complaintDeadlines, type ComplaintFacts } from '../../../shared/workorders/complaint-deadlines'
import type { DeadlineRule } from '../../../shared/workorders/deadlines'
import { DEFAULT_WORK_ORDER_SETTINGS, type WorkOrderSettings } from '../../../shared/workorders/settings'

const iso = (localTime: string) => dayjs(localTime).toISOString()
const local = (isoMoment: string) => dayjs(isoMoment).format('YYYY-MM-DD HH:mm:ss.SSS')
/** An explicit "now", never the wall clock. */
const NOW = dayjs('2026-03-10T10:05:00').toDate()
const END = '23:59:59.999'

function facts(overrides: Partial<ComplaintFacts> = {}): ComplaintFacts {
  return {
    severity: 'minor',
    createdAt: iso('2026-03-10T10:00:00'),
    customerDeadline: null,
    escalatedAt: null,
    answeredAt: null,
    resolvedAt: null,
    repliedAt: null,
    closedAt: null,
    visitedAt: null,
    ...overrides
  }
}

/** step → due (local) and urgency. */
function dues(f: ComplaintFacts, settings: WorkOrderSettings = DEFAULT_WORK_ORDER_SETTINGS, now = NOW) {
  return Object.fromEntries(
    complaintDeadlines(f, settings, now).map((s) => [s.step, `${local(s.dueAt)} ${s.urgency}`])
  ) as Record<string, string>
}

/** The defaults with the 72-hour reply switched on (and, optionally, another answer rule for 重大). */
function with72(majorAnswer?: DeadlineRule): WorkOrderSettings {
  const rules = DEFAULT_WORK_ORDER_SETTINGS.complaintRules
  return {
    ...DEFAULT_WORK_ORDER_SETTINGS,
    complaintRules: {
      ...rules,
      major: majorAnswer ? { ...rules.major, answer: majorAnswer } : rules.major,
      reply72: { ...rules.reply72, enabled: true }
    }
  }
}

describe('重大 major', () => {
  it('escalates the same day, answers in 2 days and is resolved in 10, across a year end', () => {
    const f = facts({ severity: 'major', createdAt: iso('2026-12-25T10:00:00') })
    expect(dues(f, undefined, dayjs('2026-12-25T10:05:00').toDate())).toEqual({
      escalate: `2026-12-25 ${END} dueToday`,
      answer: `2026-12-27 ${END} upcoming`,
      resolve: `2027-01-04 ${END} upcoming`
    })
  })
  it('a reply with the result counts as the answer', () => {
    const f = facts({
      severity: 'major',
      resolvedAt: iso('2026-03-11T15:00:00'),
      repliedAt: iso('2026-03-11T16:00:00')
    })
    expect(dues(f).answer).toBe(`2026-03-12 ${END} done`)
    expect(dues({ ...f, repliedAt: iso('2026-03-13T09:00:00') }).answer).toBe(`2026-03-12 ${END} late`)
  })
  it('an answer of its own counts before the reply', () => {
    const f = facts({ severity: 'major', answeredAt: iso('2026-03-11T09:00:00') })
    expect(dues(f).answer).toBe(`2026-03-12 ${END} done`)
  })
})

describe('重要 important', () => {
  it('escalates within 60 service minutes: registered 20:30 → 09:30 next morning; resolved in 3 days', () => {
    const f = facts({ severity: 'important', createdAt: iso('2026-03-10T20:30:00') })
    expect(dues(f, undefined, dayjs('2026-03-10T20:35:00').toDate())).toEqual({
      escalate: '2026-03-11 09:30:00.000 upcoming',
      resolve: `2026-03-13 ${END} upcoming`
    })
  })
  it('is done or late by the escalation', () => {
    const f = facts({ severity: 'important' })
    expect(dues({ ...f, escalatedAt: iso('2026-03-10T11:00:00') }).escalate).toBe('2026-03-10 11:00:00.000 done')
    expect(dues({ ...f, escalatedAt: iso('2026-03-10T11:01:00') }).escalate).toBe('2026-03-10 11:00:00.000 late')
  })
})

describe('一般 minor', () => {
  it('has no escalation nor answer, resolved within 2 days', () => {
    expect(dues(facts())).toEqual({ resolve: `2026-03-12 ${END} upcoming` })
  })
  it('the customer’s earlier deadline counts; a later one does not extend the rule', () => {
    expect(dues(facts({ customerDeadline: '2026-03-11' })).resolve).toBe(`2026-03-11 ${END} upcoming`)
    expect(dues(facts({ customerDeadline: '2026-03-10' })).resolve).toBe(`2026-03-10 ${END} dueToday`)
    expect(dues(facts({ customerDeadline: '2026-03-20' })).resolve).toBe(`2026-03-12 ${END} upcoming`)
  })
})

describe('the 72-hour reply (manual 002), when switched on', () => {
  it('adds the answer step to every severity, 72 clock hours from registration', () => {
    for (const severity of ['important', 'minor'] as const)
      expect(dues(facts({ severity }), with72()).answer).toBe('2026-03-13 10:00:00.000 upcoming')
  })
  it('for 重大 the earlier of its 2 days and the 72 hours counts', () => {
    const major = facts({ severity: 'major' })
    expect(dues(major, with72()).answer).toBe(`2026-03-12 ${END} upcoming`)
    expect(dues(major, with72({ measure: 'days', amount: 5 })).answer).toBe('2026-03-13 10:00:00.000 upcoming')
  })
  it('is off by default', () => {
    expect(dues(facts()).answer).toBeUndefined()
    expect(dues(facts({ severity: 'important' })).answer).toBeUndefined()
  })
})

describe('after the resolution', () => {
  it('the result is told the same day it is reached', () => {
    const f = facts({ resolvedAt: iso('2026-03-11T16:00:00') })
    expect(dues(f, undefined, dayjs('2026-03-11T16:10:00').toDate())).toEqual({
      resolve: `2026-03-12 ${END} done`,
      reply: `2026-03-11 ${END} dueToday`
    })
    expect(dues({ ...f, repliedAt: iso('2026-03-12T08:00:00') }).reply).toBe(`2026-03-11 ${END} late`)
  })
  it('the visit is due within 3 days of the closing', () => {
    const f = facts({
      resolvedAt: iso('2026-03-11T16:00:00'),
      repliedAt: iso('2026-03-11T17:00:00'),
      closedAt: iso('2026-12-30T09:00:00')
    })
    expect(dues(f).visit).toBe(`2027-01-02 ${END} upcoming`)
    expect(dues({ ...f, visitedAt: iso('2027-01-02T10:00:00') }).visit).toBe(`2027-01-02 ${END} done`)
  })
  it('no reply nor visit step before their start', () => {
    expect(Object.keys(dues(facts({ severity: 'major' })))).toEqual(['escalate', 'answer', 'resolve'])
  })
})
