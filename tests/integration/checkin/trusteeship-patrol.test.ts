import { describe, expect, it } from 'vitest'
import type { PatrolKind } from '../../../shared/checkin/trusteeship'
import { clerkApi, goTo, sqlite, start } from './trusteeship-fixture'

/**
 * The weekly outside patrol of a trusteeship home, on the injected clock: a week runs Monday to
 * Sunday, so a patrol on this week's Monday clears it until Sunday and last week's does not. The
 * clock starts on Sunday 2026-11-22 (the week of Monday 16 November).
 */

const patrol = (trusteeshipId: number, patrolledOn: string, kind: PatrolKind = 'weekly') =>
  clerkApi.trusteeship.patrol({ trusteeshipId, kind, patrolledOn, patrolledBy: '保安 陈', findings: '门窗完好' })
const due = async (id: number) => (await clerkApi.trusteeship.get({ trusteeshipId: id })).patrolDue

describe('patrol due', () => {
  it('on a Sunday: due with none this week; last Sunday’s and a before-rain patrol do not count; Monday’s clears it', async () => {
    const { id } = await start()
    expect(await due(id)).toBe(true)
    expect(await clerkApi.trusteeship.attention()).toEqual([expect.objectContaining({ id, patrolDue: true })])

    const lastWeek = await patrol(id, '2026-11-15')
    expect(lastWeek).toMatchObject({ patrolDue: true, lastWeeklyPatrolOn: '2026-11-15' })
    const rain = await patrol(id, '2026-11-20', 'beforeRain')
    expect(rain).toMatchObject({ patrolDue: true, lastWeeklyPatrolOn: '2026-11-15' })
    await patrol(id, '2026-11-21', 'afterRain')
    expect(await due(id)).toBe(true)

    const monday = await patrol(id, '2026-11-16')
    expect(monday).toMatchObject({ patrolDue: false, lastWeeklyPatrolOn: '2026-11-16' })
    expect(monday.patrols.map((p) => [p.patrolledOn, p.kind, p.patrolledBy, p.findings, p.staffName])).toEqual([
      ['2026-11-21', 'afterRain', '保安 陈', '门窗完好', 'clerk1'],
      ['2026-11-20', 'beforeRain', '保安 陈', '门窗完好', 'clerk1'],
      ['2026-11-16', 'weekly', '保安 陈', '门窗完好', 'clerk1'],
      ['2026-11-15', 'weekly', '保安 陈', '门窗完好', 'clerk1']
    ])
    expect(await clerkApi.trusteeship.attention()).toEqual([])

    // The next Monday starts a new week.
    await goTo('2026-11-23')
    expect(await due(id)).toBe(true)
    const audit = sqlite()
      .prepare(
        `SELECT summary_params AS params FROM audit_log WHERE summary_key = 'audit.trusteeshipPatrol' ORDER BY id`
      )
      .all() as { params: string }[]
    expect(JSON.parse(audit[1]!.params)).toEqual({
      room: '3-1-101',
      kind: 'trusteeship.patrol.beforeRain',
      on: '2026-11-20',
      by: '保安 陈'
    })
  })

  it('on the 1st of a month the week began the month before; it holds until Sunday', async () => {
    const { id } = await start()
    await goTo('2026-12-01')
    await patrol(id, '2026-11-29')
    expect(await due(id)).toBe(true)
    await patrol(id, '2026-11-30')
    expect(await due(id)).toBe(false)
    await goTo('2026-12-06')
    expect(await due(id)).toBe(false)
    await goTo('2026-12-07')
    expect(await due(id)).toBe(true)
  })

  it('on 31 December and across the new year', async () => {
    const { id } = await start()
    await goTo('2026-12-31')
    await patrol(id, '2026-12-27')
    expect(await due(id)).toBe(true)
    await patrol(id, '2026-12-28')
    expect(await due(id)).toBe(false)
    await goTo('2027-01-03')
    expect(await due(id)).toBe(false)
    await goTo('2027-01-04')
    expect(await due(id)).toBe(true)
  })

  it('a patrol dated in the future, or before the trusteeship started, is refused with a field message', async () => {
    const { id } = await start()
    const input = { trusteeshipId: id, kind: 'weekly' as const, patrolledBy: '保安 陈' }
    expect(await clerkApi.attempt.trusteeship.patrol({ ...input, patrolledOn: '2026-11-23' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { patrolledOn: '日期不能晚于今天（2026-11-22）' } } }
    })
    expect(await clerkApi.attempt.trusteeship.patrol({ ...input, patrolledOn: '2026-10-31' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { patrolledOn: '日期不能早于托管开始日期（2026-11-01）' } } }
    })
    expect((await clerkApi.trusteeship.get({ trusteeshipId: id })).patrols).toEqual([])
  })
})
