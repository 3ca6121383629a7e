// Local times below are the counter's (UTC+8), whatever the machine running the tests says.
process.env.TZ = 'Asia/Shanghai'
import { describe, expect, it } from 'vitest'
import { at, dueOf, iso, register, saveSettings } from './complaints-fixture'
import { clerkApi } from './workorders-fixture'

describe('a major complaint (重大)', () => {
  it('is escalated the same day, answered in 2 days, solved in 10 — across a month and a year end', async () => {
    await at('2026-12-28T10:00')
    const c = await register()
    expect(c).toMatchObject({ number: 'TS2026-000001', status: 'open', severity: 'major' })
    expect(dueOf(c, 'escalate')).toBe(iso('2026-12-28T23:59:59.999'))
    expect(dueOf(c, 'answer')).toBe(iso('2026-12-30T23:59:59.999'))
    expect(dueOf(c, 'resolve')).toBe(iso('2027-01-07T23:59:59.999'))
    expect(c.deadlines.map((d) => d.step)).toEqual(['escalate', 'answer', 'resolve'])
    expect(c.next).toMatchObject({ step: 'escalate', urgency: 'dueToday' })

    await at('2026-12-28T15:00')
    const escalated = await clerkApi.complaints.escalate({ complaintId: c.id, to: '李经理', note: '电话汇报' })
    expect(escalated).toMatchObject({ status: 'handling', escalatedTo: '李经理', escalatedAt: iso('2026-12-28T15:00') })
    expect(escalated.deadlines[0]).toMatchObject({ step: 'escalate', urgency: 'done' })
    expect(escalated.next).toMatchObject({ step: 'answer' })

    await at('2026-12-31T09:00')
    const late = await clerkApi.complaints.get({ complaintId: c.id })
    expect(late.next).toMatchObject({ step: 'answer', urgency: 'overdue' })
    const answered = await clerkApi.complaints.answer({
      complaintId: c.id,
      answer: '已调查，三日内处理',
      channel: 'phone'
    })
    expect(answered.deadlines[1]).toMatchObject({ step: 'answer', urgency: 'late' })

    await clerkApi.complaints.plan({ complaintId: c.id, plan: '保安当面道歉，赠送物业费抵扣', costFen: 10_000 })
    await at('2027-01-05T11:00')
    const resolved = await clerkApi.complaints.resolve({ complaintId: c.id, result: '当事保安已道歉并调岗' })
    expect(resolved).toMatchObject({ status: 'resolved', planCostFen: 10_000, resolvedAt: iso('2027-01-05T11:00') })
    // The result is told the same day it is reached.
    expect(dueOf(resolved, 'reply')).toBe(iso('2027-01-05T23:59:59.999'))
    expect(resolved.next).toMatchObject({ step: 'reply', urgency: 'dueToday' })

    await at('2027-01-05T16:00')
    const closed = await clerkApi.complaints.reply({ complaintId: c.id, reply: '已电话告知处理结果', channel: 'phone' })
    expect(closed).toMatchObject({
      status: 'closed',
      repliedAt: iso('2027-01-05T16:00'),
      closedAt: iso('2027-01-05T16:00')
    })
    expect(dueOf(closed, 'visit')).toBe(iso('2027-01-08T23:59:59.999'))
    expect(closed.events.map((e) => e.kind)).toEqual([
      'created',
      'escalated',
      'answered',
      'planned',
      'resolved',
      'replied',
      'closed'
    ])
  })

  it('is solved in 10 days across a month end too', async () => {
    await at('2026-11-25T10:00')
    expect(dueOf(await register(), 'resolve')).toBe(iso('2026-12-05T23:59:59.999'))
  })
})

describe('an important complaint (重要)', () => {
  it('reaches the supervisor within 60 service minutes: at 20:30, by 09:30 the next morning', async () => {
    await at('2026-11-22T20:30')
    const c = await register({ severity: 'important' })
    expect(dueOf(c, 'escalate')).toBe(iso('2026-11-23T09:30'))
    expect(dueOf(c, 'answer')).toBeUndefined()
    expect(dueOf(c, 'resolve')).toBe(iso('2026-11-25T23:59:59.999'))
    await at('2026-11-23T09:40')
    const late = await clerkApi.complaints.escalate({ complaintId: c.id, to: '保安部 王主管' })
    expect(late.deadlines[0]).toMatchObject({ step: 'escalate', urgency: 'late' })
  })

  it('within the day it is due an hour later', async () => {
    await at('2026-11-22T10:15')
    const c = await register({ severity: 'important' })
    expect(dueOf(c, 'escalate')).toBe(iso('2026-11-22T11:15'))
    expect(c.next).toMatchObject({ step: 'escalate', urgency: 'dueSoon' })
  })
})

describe('a minor complaint (一般)', () => {
  it('is solved within 2 days, or by the customer’s earlier deadline', async () => {
    await at('2026-11-22T10:00')
    const plain = await register({ severity: 'minor' })
    expect(plain.deadlines.map((d) => d.step)).toEqual(['resolve'])
    expect(dueOf(plain, 'resolve')).toBe(iso('2026-11-24T23:59:59.999'))
    const earlier = await register({ severity: 'minor', customerDeadline: '2026-11-23' })
    expect(dueOf(earlier, 'resolve')).toBe(iso('2026-11-23T23:59:59.999'))
    expect(earlier.customerDeadline).toBe('2026-11-23')
    const laterOne = await register({ severity: 'minor', customerDeadline: '2026-12-01' })
    expect(dueOf(laterOne, 'resolve')).toBe(iso('2026-11-24T23:59:59.999'))
  })
})

describe('the 72-hour reply (manual 002), switched on', () => {
  it('asks every complaint for an answer within 72 hours; a major one keeps its earlier 2 days', async () => {
    await saveSettings((s) => ({
      ...s,
      complaintRules: { ...s.complaintRules, reply72: { ...s.complaintRules.reply72, enabled: true } }
    }))
    await at('2026-11-22T10:00')
    const minor = await register({ severity: 'minor' })
    expect(dueOf(minor, 'answer')).toBe(iso('2026-11-25T10:00'))
    const major = await register()
    expect(dueOf(major, 'answer')).toBe(iso('2026-11-24T23:59:59.999'))
    // Telling the result counts as the answer.
    await clerkApi.complaints.resolve({ complaintId: minor.id, result: '已清理' })
    const told = await clerkApi.complaints.reply({ complaintId: minor.id, reply: '已告知', channel: 'sms' })
    expect(told.deadlines.find((d) => d.step === 'answer')).toMatchObject({ urgency: 'done' })
  })
})
