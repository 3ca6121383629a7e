import { describe, expect, it } from 'vitest'
import { clerkApi, sqlite, start } from './trusteeship-fixture'

/**
 * A trusteeship's check and end readings follow each meter's latest one: never dated before it,
 * never below it (a meter does not run backwards), never after today; the over-limit flag is the
 * use from the start reading to the latest. The start (fixture): 2026-11-01, water 100, electricity 2000.
 */

const read = (
  trusteeshipId: number,
  readOn: string,
  readings: { kind: 'water' | 'electricity' | 'gas'; reading: string }[]
) => clerkApi.attempt.trusteeship.reading({ trusteeshipId, readOn, readings })
const readingCount = () => (sqlite().prepare(`SELECT count(*) AS n FROM trusteeship_readings`).get() as { n: number }).n
const fields = (result: { ok: boolean; error?: { code: string; details?: unknown } }) => {
  expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  return (result.error!.details as { fields: Record<string, string> }).fields
}

describe('a reading dated back', () => {
  it('is refused when before the meter’s latest reading, so it cannot hide an over-limit', async () => {
    const { id } = await start()
    const over = await read(id, '2026-11-20', [{ kind: 'water', reading: '106' }])
    expect(over).toMatchObject({ ok: true, data: { overLimit: [{ kind: 'water', usedCenti: 600, limitCenti: 500 }] } })
    const before = readingCount()
    // Dated between the start and the over-limit reading, and lower: the old check (against the start only) took it.
    const back = await read(id, '2026-11-10', [{ kind: 'water', reading: '101' }])
    expect(fields(back)).toEqual({ readOn: '日期不能早于水表上次抄表的日期（2026-11-20）' })
    expect(readingCount()).toBe(before)
    // Each meter has its own latest: electricity was last read at the start, so 11-10 is fine for it.
    const electricity = await read(id, '2026-11-10', [{ kind: 'electricity', reading: '2005' }])
    expect(electricity).toMatchObject({ ok: true })
    const view = await clerkApi.trusteeship.get({ trusteeshipId: id })
    expect(view.overLimit).toEqual([{ kind: 'water', usedCenti: 600, limitCenti: 500 }])
  })

  it('the same day as the latest is accepted; after today is refused', async () => {
    const { id } = await start()
    expect(await read(id, '2026-11-20', [{ kind: 'water', reading: '101' }])).toMatchObject({ ok: true })
    expect(await read(id, '2026-11-20', [{ kind: 'water', reading: '101.5' }])).toMatchObject({ ok: true })
    expect(fields(await read(id, '2026-11-23', [{ kind: 'water', reading: '102' }]))).toEqual({
      readOn: '日期不能晚于今天（2026-11-22）'
    })
  })
})

describe('a meter does not run backwards', () => {
  it('a reading below the previous one (not only the start) is refused, naming it; the same value is kept', async () => {
    const { id } = await start()
    await read(id, '2026-11-15', [
      { kind: 'water', reading: '103' },
      { kind: 'electricity', reading: '2010' }
    ])
    const lower = await read(id, '2026-11-20', [
      { kind: 'water', reading: '103' },
      { kind: 'electricity', reading: '2009.99' }
    ])
    expect(lower).toMatchObject({
      ok: false,
      error: {
        code: 'TRUSTEESHIP_READING_LOWER',
        message: '电表读数 2009.99 低于上次读数 2010.00（2026-11-15）：表不会倒转，请核对读数（托管抄表不能登记换表）',
        details: { field: 'readings.1.reading' }
      }
    })
    expect(readingCount()).toBe(4)
    expect(await read(id, '2026-11-20', [{ kind: 'water', reading: '103' }])).toMatchObject({ ok: true })
  })

  it('a meter first read at a check (gas) takes that as its previous reading', async () => {
    const { id } = await start()
    expect(await read(id, '2026-11-10', [{ kind: 'gas', reading: '50' }])).toMatchObject({
      ok: true,
      data: { overLimit: [] }
    })
    expect(await read(id, '2026-11-12', [{ kind: 'gas', reading: '49' }])).toMatchObject({
      ok: false,
      error: { code: 'TRUSTEESHIP_READING_LOWER' }
    })
  })

  it('the end readings follow the same rules, and a refused end leaves the trusteeship running', async () => {
    const { id } = await start()
    await read(id, '2026-11-20', [{ kind: 'water', reading: '104' }])
    const end = (endedOn: string, water: string) =>
      clerkApi.attempt.trusteeship.end({ trusteeshipId: id, endedOn, readings: [{ kind: 'water', reading: water }] })
    expect(fields(await end('2026-11-19', '104'))).toEqual({ endedOn: '日期不能早于水表上次抄表的日期（2026-11-20）' })
    expect(await end('2026-11-22', '103.9')).toMatchObject({ ok: false, error: { code: 'TRUSTEESHIP_READING_LOWER' } })
    expect((await clerkApi.trusteeship.get({ trusteeshipId: id })).endedOn).toBeNull()
    expect(await end('2026-11-22', '104.2')).toMatchObject({ ok: true, data: { endedOn: '2026-11-22' } })
  })
})

describe('the over-limit flag', () => {
  it('is the use from the start to the latest reading by date, even when older rows were entered out of order', async () => {
    const { id } = await start()
    await read(id, '2026-11-20', [{ kind: 'water', reading: '106' }])
    // A row dated back, as FrontDesk accepted before this rule: entered last, but not the latest reading.
    sqlite()
      .prepare(
        `INSERT INTO trusteeship_readings (trusteeship_id, kind, reading_centi, read_on, phase, created_at, created_by)
         SELECT ?, 'water', 10100, '2026-11-10', 'check', created_at, created_by FROM trusteeship_readings LIMIT 1`
      )
      .run(id)
    const view = await clerkApi.trusteeship.get({ trusteeshipId: id })
    expect(view.overLimit).toEqual([{ kind: 'water', usedCenti: 600, limitCenti: 500 }])
    // And the next reading follows the latest by date (106 on 11-20), not the row entered last.
    expect(await read(id, '2026-11-21', [{ kind: 'water', reading: '105' }])).toMatchObject({
      ok: false,
      error: { code: 'TRUSTEESHIP_READING_LOWER' }
    })
  })
})
