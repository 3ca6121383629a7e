import { describe, expect, it } from 'vitest'
import { adminApi, clerkApi, home, sqlite, start } from './trusteeship-fixture'

/**
 * 登记托管: a home already in 托管 status without a trusteeship record (the estate's older homes)
 * gets one from its household page, under the check-in step's rules. Today is 2026-11-22.
 */

const setStatus = (status: 'trusteeship' | 'vacant' | 'occupied') =>
  adminApi.households.updateRoom({ roomId: home(), type: 'residence', status, vip: false, tags: [] })

const both = [
  { kind: 'water' as const, reading: '35.5' },
  { kind: 'electricity' as const, reading: '1204' }
]
const input = (extra: Record<string, unknown> = {}) => ({
  roomId: home(),
  agreementSignedOn: '2026-11-20',
  startedOn: '2026-11-20',
  plannedTo: '2027-11-19',
  readings: both,
  notes: '旧档补登',
  ...extra
})
const register = (extra: Record<string, unknown> = {}) =>
  clerkApi.attempt.trusteeship.register(input(extra) as Parameters<typeof clerkApi.trusteeship.register>[0])
const trusteeshipCount = () => (sqlite().prepare(`SELECT count(*) AS n FROM trusteeships`).get() as { n: number }).n
const fields = async (extra: Record<string, unknown>) => {
  const r = await register(extra)
  expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  expect(trusteeshipCount()).toBe(0)
  return (r as unknown as { error: { details: { fields: Record<string, string> } } }).error.details.fields
}

describe('register a trusteeship for a home in 托管', () => {
  it('records the trusteeship with its start readings, on the room’s timeline; the room stays 托管', async () => {
    await setStatus('trusteeship')
    const view = await clerkApi.trusteeship.register(input())
    expect(view).toMatchObject({
      roomCode: '3-1-101',
      checkinId: null,
      agreementSignedOn: '2026-11-20',
      startedOn: '2026-11-20',
      plannedTo: '2027-11-19',
      notes: '旧档补登',
      overLimit: [],
      patrolDue: true
    })
    expect(view.readings.map((r) => [r.kind, r.readingCenti, r.phase, r.readOn])).toEqual([
      ['water', 3550, 'start', '2026-11-20'],
      ['electricity', 120_400, 'start', '2026-11-20']
    ])
    expect((await adminApi.households.get({ roomId: home() })).room.status).toBe('trusteeship')
    const audit = sqlite()
      .prepare(`SELECT room_id AS roomId, summary_params AS params FROM audit_log WHERE summary_key = ?`)
      .all('audit.trusteeshipStart')
    expect(audit).toEqual([
      {
        roomId: home(),
        params: JSON.stringify({ room: '3-1-101', from: '2026-11-20', readings: '水表 35.50 / 电表 1204.00' })
      }
    ])
    // Its meters are checked like any other's: not before the start, against the limits.
    const over = await clerkApi.trusteeship.reading({
      trusteeshipId: view.id,
      readOn: '2026-11-22',
      readings: [{ kind: 'electricity', reading: '1224.01' }]
    })
    expect(over.overLimit).toEqual([{ kind: 'electricity', usedCenti: 2001, limitCenti: 2000 }])
  })

  it('only for a room in 托管 status, and once while one runs', async () => {
    await setStatus('vacant')
    expect(await register()).toMatchObject({
      ok: false,
      error: {
        code: 'TRUSTEESHIP_ROOM_STATUS',
        message:
          '3-1-101 的状态是“空置”：只有状态为托管的房屋可以在这里登记托管，未交付或空置的房屋请在入住办理中选择托管'
      }
    })
    await start({ startedOn: '2026-11-05', agreementSignedOn: '2026-11-05' })
    expect(await register()).toMatchObject({
      ok: false,
      error: { code: 'TRUSTEESHIP_RUNNING', message: '3-1-101 已在托管中（2026-11-05 起），不能再登记一次' }
    })
    expect(trusteeshipCount()).toBe(1)
  })

  it('needs the water and electricity start readings (the limits are on them); gas is optional', async () => {
    await setStatus('trusteeship')
    expect(await fields({ readings: [both[0]] })).toEqual({ readings: '托管开始须有电表读数（用量限额按水、电计算）' })
    expect(await fields({ readings: [{ kind: 'gas', reading: '3' }, both[1]] })).toEqual({
      readings: '托管开始须有水表读数（用量限额按水、电计算）'
    })
    const withGas = await clerkApi.trusteeship.register(input({ readings: [...both, { kind: 'gas', reading: '3' }] }))
    expect(withGas.readings.map((r) => r.kind)).toEqual(['water', 'electricity', 'gas'])
  })

  it('bounds the dates: signed by today, the start not before the agreement nor more than 30 days ahead, the end after it', async () => {
    await setStatus('trusteeship')
    expect(await fields({ agreementSignedOn: '2026-11-23', startedOn: '2026-11-23' })).toEqual({
      agreementSignedOn: '托管协议签署日期不能晚于今天（2026-11-22）'
    })
    expect(await fields({ startedOn: '2026-11-19' })).toEqual({
      startedOn: '托管开始日期不能早于协议签署日期（2026-11-20）'
    })
    expect(await fields({ startedOn: '2026-12-23', plannedTo: null })).toEqual({
      startedOn: '托管开始日期最多在今天之后 30 天内（不晚于 2026-12-22）'
    })
    expect(await fields({ plannedTo: '2026-11-20' })).toEqual({ plannedTo: '托管结束日期须晚于开始日期' })
    const ahead = await clerkApi.trusteeship.register(input({ startedOn: '2026-12-22', plannedTo: null }))
    expect(ahead).toMatchObject({ startedOn: '2026-12-22', plannedTo: null })
    // A check may not come before the start, so a future start is checked from that day on.
    expect(
      await clerkApi.attempt.trusteeship.reading({ trusteeshipId: ahead.id, readOn: '2026-11-22', readings: both })
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  it('does not start before the home was handed over, nor before its previous trusteeship ended', async () => {
    await setStatus('trusteeship')
    const staffId = (sqlite().prepare(`SELECT id FROM staff WHERE username = 'admin'`).get() as { id: number }).id
    // A finished check-in handed the home over on 2026-11-10 (Fuzhou): 02:00Z is 10:00 there.
    sqlite()
      .prepare(
        `INSERT INTO checkins (room_id, status, started_at, started_by, last_saved_at, finished_at, finished_by, outcome)
         VALUES (?, 'done', '2026-11-10T01:00:00.000Z', ?, '2026-11-10T02:00:00.000Z', '2026-11-10T02:00:00.000Z', ?, 'trusteeship')`
      )
      .run(home(), staffId, staffId)
    expect(await fields({ agreementSignedOn: '2026-11-01', startedOn: '2026-11-09' })).toEqual({
      startedOn: '托管开始日期不能早于房屋交付（入住办理完成）的日期（2026-11-10）'
    })
    const { id } = await start({ startedOn: '2026-11-10', agreementSignedOn: '2026-11-10' })
    await clerkApi.trusteeship.end({
      trusteeshipId: id,
      endedOn: '2026-11-21',
      readings: both.map((r) => ({ ...r, reading: '2000' }))
    })
    await setStatus('trusteeship')
    expect(await register({ agreementSignedOn: '2026-11-20', startedOn: '2026-11-20' })).toMatchObject({
      ok: false,
      error: { details: { fields: { startedOn: '托管开始日期不能早于上一次托管结束的日期（2026-11-21）' } } }
    })
    expect(await register({ agreementSignedOn: '2026-11-21', startedOn: '2026-11-21' })).toMatchObject({ ok: true })
  })
})
