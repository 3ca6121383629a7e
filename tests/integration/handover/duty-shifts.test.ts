// Local times below are the counter's (UTC+8), whatever the machine running the tests says.
process.env.TZ = 'Asia/Shanghai'
import { describe, expect, it } from 'vitest'
import { as, closeOpenShift, env, moveTo, signIn, startAt } from './duty-fixture'

const openShifts = () =>
  env.core.store.sqlite.prepare('SELECT id, kind, staff_id AS staffId FROM shifts WHERE closed_at IS NULL').all()

describe('signing in at one counter', () => {
  it('opens one shift for the first person; the next one joins it, held by the first', async () => {
    await startAt('2026-11-23T09:00')
    const first = await signIn('clerk')
    expect(first.me.shift).toMatchObject({ kind: 'day', holderName: 'clerk1', resumed: false })
    moveTo('2026-11-23T09:30')
    const second = await signIn('clerk2')
    expect(second.me.shift).toMatchObject({ id: first.me.shift.id, holderName: 'clerk1', resumed: true })
    expect(openShifts()).toHaveLength(1)
    const today = await (await as('clerk2')).duty.today()
    expect(today.openShift).toMatchObject({ id: first.me.shift.id, holderName: 'clerk1', kind: 'day' })
    expect(today.openShift).not.toHaveProperty('resumed')
  })

  it('opens the kind the settings’ times give: summer night from 18:00, winter from 17:30, noon duty at 12:30', async () => {
    await startAt('2026-07-15T17:40')
    expect((await signIn('clerk')).me.shift.kind).toBe('day')
    closeOpenShift()
    moveTo('2026-07-15T18:10')
    expect((await signIn('night')).me.shift.kind).toBe('night')
    closeOpenShift()
    moveTo('2026-12-10T17:40')
    expect((await signIn('night')).me.shift.kind).toBe('night')
    closeOpenShift()
    moveTo('2026-12-11T12:30')
    expect((await signIn('clerk')).me.shift.kind).toBe('noon')
    closeOpenShift()
    moveTo('2026-12-11T13:40')
    expect((await signIn('clerk')).me.shift.kind).toBe('day')
  })

  it('follows times a supervisor saved: a night from 19:00 leaves 18:30 a day shift', async () => {
    await startAt('2026-12-10T09:00')
    const lead = await as('lead')
    const settings = await lead.handover.settings()
    await lead.handover.saveSettings({
      ...settings,
      winter: { ...settings.winter, night: { start: '19:00', end: '07:00' } }
    })
    closeOpenShift()
    moveTo('2026-12-10T18:30')
    expect((await signIn('clerk')).me.shift.kind).toBe('day')
    closeOpenShift()
    moveTo('2026-12-10T19:05')
    expect((await signIn('night')).me.shift.kind).toBe('night')
  })
})

describe('the night duty role (夜间值班员)', () => {
  it('signs in and works without money: search, repairs, keys', async () => {
    await startAt('2026-11-23T20:00')
    expect((await signIn('night')).me.shift).toMatchObject({ kind: 'night', holderName: 'night1' })
    const night = await as('night')
    expect((await night.search.global({ q: '3-2-1502' })).some((h) => h.roomCode === '3-2-1502')).toBe(true)
    const order = await night.repairs.create({
      kind: 'repair',
      roomId: env.rooms.r3_2_1502,
      source: 'phone',
      reporter: '张三',
      contact: '139 1234 5678',
      location: '卫生间 天花',
      category: 'leak',
      description: '楼上渗水，天花滴水'
    })
    expect(order.id).toBeGreaterThan(0)
    expect(Array.isArray(await night.keys.cabinets())).toBe(true)
    expect((await night.attempt.duty.today()).ok).toBe(true)
  })

  it('is refused payments, check-in and the roster with FORBIDDEN, saving nothing', async () => {
    await startAt('2026-11-23T20:00')
    const night = await as('night')
    const receipts = () => env.core.store.sqlite.prepare('SELECT count(*) AS n FROM receipts').get()
    const before = receipts()
    const refusals = [
      await night.attempt.fees.pay({} as never),
      await night.attempt.checkin.start({ roomId: env.rooms.r3_2_1502 }),
      await night.attempt.checkin.pay({} as never),
      await night.attempt.duty.setRoster({ day: '2026-11-23', kind: 'night', staffIds: [] })
    ]
    expect(refusals.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN'
    ])
    expect(receipts()).toEqual(before)
  })
})
