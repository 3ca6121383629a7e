// Local times below are the counter's (UTC+8), whatever the machine running the tests says.
process.env.TZ = 'Asia/Shanghai'
import { describe, expect, it } from 'vitest'
import { as, at, auditRows, clerk, log, sqlite } from './ledger-fixture'

/**
 * Monday 2026-11-23: four entries — answered before its promise, answered 30 minutes late, still
 * open, and answered on the spot without a promise; Tuesday one more, Monday of the next week one.
 */
async function aWeek() {
  const early = await log({ promisedAt: '2026-11-23T10:00' })
  const late = await log({ promisedAt: '2026-11-23T10:00' })
  await log({ promisedAt: '2026-11-23T15:00' })
  await log({ answer: '当场答复' })
  await at('2026-11-23T09:30')
  await clerk.ledger.answer({ id: early.id, answer: '已答复' })
  await at('2026-11-23T10:30')
  await clerk.ledger.answer({ id: late.id, answer: '已答复' })
  await at('2026-11-24T09:00')
  await log({ promise: true })
  await at('2026-11-30T09:00')
  await log()
}

describe('the figures', () => {
  it('count a day’s entries, promises, answers, answers on time (with the grace) and the open ones', async () => {
    await aWeek()
    const day = await as('lead').ledger.figures({ kind: 'daily', day: '2026-11-23' })
    expect(day).toEqual({
      kind: 'daily',
      period: '2026-11-23',
      from: '2026-11-23',
      to: '2026-11-23',
      entries: 4,
      promised: 3,
      answered: 3,
      answeredOnTime: 1,
      onTimePercent: 33,
      open: 1,
      review: null
    })
    const settings = await as('boss').handover.settings()
    await as('boss').handover.saveSettings({ ...settings, graceMinutes: 30 })
    const withGrace = await clerk.ledger.figures({ kind: 'daily', day: '2026-11-23' })
    expect([withGrace.answeredOnTime, withGrace.onTimePercent]).toEqual([2, 67])
    const empty = await clerk.ledger.figures({ kind: 'daily', day: '2026-11-25' })
    expect([empty.entries, empty.onTimePercent]).toEqual([0, null])
  })

  it('a week runs Monday to Sunday, whichever of its days is asked', async () => {
    await aWeek()
    const week = await clerk.ledger.figures({ kind: 'weekly', day: '2026-11-29' })
    expect(week).toMatchObject({
      period: '2026-11-23',
      from: '2026-11-23',
      to: '2026-11-29',
      entries: 5,
      promised: 4,
      open: 2
    })
    expect((await clerk.ledger.figures({ kind: 'weekly', day: '2026-11-30' })).entries).toBe(1)
  })
})

describe('the review (已阅)', () => {
  it('the team lead marks a day once, with the figures seen; the mark says who and when', async () => {
    await aWeek()
    const refused = await clerk.attempt.ledger.review({ kind: 'daily', day: '2026-11-23' })
    expect(refused.ok || refused.error.code).toBe('FORBIDDEN')
    const marked = await as('lead').ledger.review({ kind: 'daily', day: '2026-11-23', note: '超时一条已提醒' })
    expect(marked.review).toMatchObject({ staffName: 'lead1', note: '超时一条已提醒' })
    expect((await clerk.ledger.figures({ kind: 'daily', day: '2026-11-23' })).review?.staffName).toBe('lead1')
    const again = await as('boss').attempt.ledger.review({ kind: 'daily', day: '2026-11-23' })
    expect(again.ok || [again.error.code, again.error.message]).toEqual([
      'LEDGER_ALREADY_REVIEWED',
      '已由 lead1 于 2026-11-30 09:00 审阅'
    ])
    const row = sqlite()
      .prepare('SELECT kind, period, entries, promised, answered_on_time AS onTime FROM ledger_reviews')
      .all()
    expect(row).toEqual([{ kind: 'daily', period: '2026-11-23', entries: 4, promised: 3, onTime: 1 }])
    expect(auditRows('audit.ledgerReviewed').map((a) => JSON.parse(a.params))).toEqual([
      { period: '2026-11-23', kind: 'ledger.review.daily' }
    ])
    expect(() => sqlite().prepare('DELETE FROM ledger_reviews').run()).toThrow(/append-only/)
  })

  it('the week is the department head’s only, marked once under its Monday; a future day is refused', async () => {
    await aWeek()
    const lead = await as('lead').attempt.ledger.review({ kind: 'weekly', day: '2026-11-25' })
    expect(lead.ok || [lead.error.code, lead.error.message]).toEqual([
      'LEDGER_WEEKLY_MANAGER',
      '周审阅须由管理处主任办理'
    ])
    const week = await as('boss').ledger.review({ kind: 'weekly', day: '2026-11-25' })
    expect(week).toMatchObject({ period: '2026-11-23', review: { staffName: 'boss1' } })
    const again = await as('boss').attempt.ledger.review({ kind: 'weekly', day: '2026-11-29' })
    expect(again.ok || again.error.code).toBe('LEDGER_ALREADY_REVIEWED')
    const future = await as('boss').attempt.ledger.review({ kind: 'daily', day: '2026-12-01' })
    expect(future.ok || future.error.code).toBe('VALIDATION')
    expect(auditRows('audit.ledgerReviewed')).toHaveLength(1)
  })
})
