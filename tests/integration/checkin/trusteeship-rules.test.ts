import { describe, expect, it } from 'vitest'
import { clerkApi, sqlite, start } from './trusteeship-fixture'

/** What the database keeps (append-only rows) and what the core refuses before it changes anything. */

describe('append-only', () => {
  it('readings and patrols are never changed or deleted, trusteeships never deleted', async () => {
    const { id } = await start()
    await clerkApi.trusteeship.patrol({
      trusteeshipId: id,
      kind: 'weekly',
      patrolledOn: '2026-11-16',
      patrolledBy: '陈'
    })
    const db = sqlite()
    expect(() => db.exec(`UPDATE trusteeship_readings SET reading_centi = 1`)).toThrow(/append-only/)
    expect(() => db.exec(`DELETE FROM trusteeship_readings`)).toThrow(/append-only/)
    expect(() => db.exec(`UPDATE trusteeship_patrols SET findings = 'x'`)).toThrow(/append-only/)
    expect(() => db.exec(`DELETE FROM trusteeship_patrols`)).toThrow(/append-only/)
    expect(() => db.exec(`DELETE FROM trusteeships`)).toThrow(/never deleted/)
  })
})

describe('malformed input', () => {
  it('is refused with field messages and changes nothing', async () => {
    const { id } = await start()
    const attempt = clerkApi.attempt.trusteeship
    const fields = async (result: Promise<{ ok: boolean; error?: { code: string; details?: unknown } }>) => {
      const r = await result
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
      return (r.error!.details as { fields: Record<string, string> }).fields
    }
    expect(await fields(attempt.reading({ trusteeshipId: id, readOn: '2026-11-20', readings: [] }))).toHaveProperty(
      'readings'
    )
    expect(
      await fields(
        attempt.reading({ trusteeshipId: id, readOn: '2026-11-20', readings: [{ kind: 'water', reading: 'abc' }] })
      )
    ).toHaveProperty(['readings.0.reading'])
    expect(
      await fields(
        attempt.reading({ trusteeshipId: id, readOn: '2026-11-20', readings: [{ kind: 'water', reading: '-1' }] })
      )
    ).toHaveProperty(['readings.0.reading'])
    expect(
      await fields(
        attempt.reading({ trusteeshipId: id, readOn: '20261120', readings: [{ kind: 'water', reading: '101' }] })
      )
    ).toHaveProperty('readOn')
    expect(
      await fields(
        attempt.reading({
          trusteeshipId: id,
          readOn: '2026-11-20',
          readings: [
            { kind: 'water', reading: '101' },
            { kind: 'water', reading: '102' }
          ]
        })
      )
    ).toEqual({ 'readings.1.kind': '同一种表只能填一个读数' })
    expect(
      await fields(
        attempt.reading({ trusteeshipId: id, readOn: '2026-11-23', readings: [{ kind: 'water', reading: '101' }] })
      )
    ).toEqual({ readOn: '日期不能晚于今天（2026-11-22）' })
    expect(
      await fields(
        attempt.reading({
          trusteeshipId: id,
          readOn: '2026-11-20',
          readings: [{ kind: 'steam', reading: '1' }]
        } as unknown as Parameters<typeof attempt.reading>[0])
      )
    ).toHaveProperty(['readings.0.kind'])
    expect(
      await fields(attempt.patrol({ trusteeshipId: id, kind: 'weekly', patrolledOn: '2026-11-16', patrolledBy: '' }))
    ).toHaveProperty('patrolledBy', '必填')
    expect(
      await fields(
        attempt.patrol({
          trusteeshipId: id,
          kind: 'weekly',
          patrolledOn: '2026-11-16',
          patrolledBy: '陈',
          extra: 1
        } as unknown as Parameters<typeof attempt.patrol>[0])
      )
    ).toHaveProperty('extra')
    expect(
      await fields(
        attempt.end({ trusteeshipId: id, endedOn: '2026-10-01', readings: [{ kind: 'water', reading: '101' }] })
      )
    ).toEqual({ endedOn: '日期不能早于托管开始日期（2026-11-01）' })
    expect(await attempt.get({ trusteeshipId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const view = await clerkApi.trusteeship.get({ trusteeshipId: id })
    expect([view.readings.length, view.patrols.length, view.endedOn]).toEqual([2, 0, null])
  })
})
