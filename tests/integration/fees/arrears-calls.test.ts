// The counter's time zone: stored instants are UTC, due dates and the 30 quiet days are China's calendar days.
process.env.TZ = 'Asia/Shanghai'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../helpers/core'
import { setUpEstate } from '../../helpers/estate'
import { feesFixture, localAt } from '../../helpers/fees-fixture'
import { CALL_QUIET_DAYS } from '../../../shared/fees/arrears-rules'

let tmp: ReturnType<typeof tempDir>
let env: Awaited<ReturnType<typeof setUpEstate>>
let fx: ReturnType<typeof feesFixture>
let clerk: string
let property: number
/** Rooms by what makes them a call or not (see beforeEach). */
let A: number, B: number, C: number, D: number, E: number, F: number

const roomOf = (code: string) =>
  (env.core.store.sqlite.prepare(`SELECT id FROM rooms WHERE code = ?`).get(code) as { id: number }).id

/** A room owner added through the households procedure, with the phones given (none is allowed). */
const addOwner = (roomId: number, name: string, phones: string[], relation = 'owner') =>
  env.call('households.addRelation', { roomId, relation, startedOn: '2025-01-01', person: { name, phones } })

/** Monthly charges of `amountFen` for each period, due on the 20th of the month. */
function owes(roomId: number, amountFen: number, periods: string[]) {
  for (const period of periods) fx.receivable({ roomId, itemId: property, period, amountFen })
}

beforeEach(async () => {
  tmp = tempDir()
  env = await setUpEstate(tmp.dir)
  fx = feesFixture(env.core.store.sqlite)
  await env.addStaff('clerk1', 'clerk')
  clerk = await env.signIn('clerk1', 'pass1234')
  property = fx.item('物业管理费')
  ;({ r3_2_1502: A, r3_1_101: B, r5_1_101: C } = env.rooms)
  D = roomOf('3-1-201')
  E = roomOf('3-1-202')
  F = roomOf('3-2-201')
  await addOwner(D, '王五', ['13700001234'])
  // E has no owner on file; F's owner left no phone.
  await addOwner(F, '赵六', [])
  // Today is 2026-11-22. Everyone owes something past due, in different amounts.
  owes(A, 30000, ['2026-10'])
  owes(B, 20000, ['2026-09', '2026-10'])
  owes(C, 50000, ['2026-08', '2026-09', '2026-10'])
  owes(D, 10000, ['2026-10'])
  owes(E, 90000, ['2026-10'])
  owes(F, 80000, ['2026-10'])
})
afterEach(() => {
  env.core.close()
  tmp.cleanup()
})

const callList = (limit?: number, token = clerk) =>
  env.clientFor(token).arrears.callList(limit === undefined ? {} : { limit })
const codes = async (limit?: number) => (await callList(limit)).rows.map((r) => r.roomCode)

describe('今日催缴', () => {
  it('lists the rooms that owe past due and have a phone, largest amount first, as the arrears list shows them', async () => {
    const result = await callList()
    expect(result).toMatchObject({ asOf: '2026-11-22', total: 4, mayCall: true })
    // E (no owner) and F (an owner without a phone) owe the most but there is no one to call.
    expect(result.rows.map((r) => [r.roomCode, r.overdueFen])).toEqual([
      ['5-1-101', 150000],
      ['3-1-101', 40000],
      ['3-2-1502', 30000],
      ['3-1-201', 10000]
    ])
    const list = await env.clientFor(clerk).arrears.list({ sort: 'amount' })
    expect(result.rows).toEqual(list.rows.filter((r) => [A, B, C, D].includes(r.roomId)))
    expect(result.rows[1]).toMatchObject({ owners: '张晓兰', phoneMasked: '138****8000', ageMonths: 3 })
  })

  it(`leaves out a room reminded in any way within ${CALL_QUIET_DAYS} days, and takes it back after`, async () => {
    fx.reminder(B, 'sms', localAt('2026-11-12'))
    fx.reminder(C, 'visit', localAt('2026-10-13'))
    expect(await codes()).toEqual(['5-1-101', '3-2-1502', '3-1-201'])
    // The 30th day back is a month ago; the 29th is not.
    fx.reminder(A, 'phone', localAt('2026-10-23', '23:59'))
    fx.reminder(D, 'letter', localAt('2026-10-24', '00:00'))
    expect(await codes()).toEqual(['5-1-101', '3-2-1502'])
    // Only the latest reminder counts: an old one before a recent one does not bring the room back.
    fx.reminder(C, 'phone', localAt('2026-11-20'))
    expect(await codes()).toEqual(['3-2-1502'])
  })

  it('a reminder recorded at the counter takes the room off the list at once', async () => {
    await env.clientFor(clerk).arrears.remind({ roomId: C, kind: 'phone', outcome: '业主答应月底前缴清' })
    const result = await callList()
    expect(result.total).toBe(3)
    expect(result.rows.map((r) => r.roomId)).toEqual([B, A, D])
  })

  it('leaves out a room due a demand letter: after three months of calls it is the letter’s turn', async () => {
    // C has owed since June (due 06-20) and was called on 1 July: three months on, still unpaid.
    owes(C, 50000, ['2026-06'])
    fx.reminder(C, 'phone', localAt('2026-07-01'))
    const list = await env.clientFor(clerk).arrears.list({ sort: 'amount' })
    expect(list.rows.find((r) => r.roomId === C)?.demandLetterDue).toBe(true)
    expect(await codes()).toEqual(['3-1-101', '3-2-1502', '3-1-201'])
    // Once the letter is sent the room is quiet for a month, then on the list again.
    fx.reminder(C, 'letter', localAt('2026-10-01'))
    expect((await callList()).rows[0]?.roomId).toBe(C)
  })

  it('calls the first owner’s phone, as the list and the phone reveal do: a co-owner’s phone does not make a call', async () => {
    await addOwner(F, '钱七', ['13500005678'], 'coowner')
    expect((await callList()).total).toBe(4)
    await addOwner(E, '孙八', ['13500009999'], 'coowner')
    const result = await callList()
    // E has no owner, so its first owner is the co-owner, whose phone is on file.
    expect(result.rows.map((r) => r.roomId)).toEqual([C, E, B, A, D])
    expect(result.rows[1]).toMatchObject({ owners: '孙八', phoneMasked: '135****9999' })
  })

  it('finds the calls below many rooms with no one to call', async () => {
    // 20 rooms without an owner owe more than anyone: more than the first read takes in.
    for (let floor = 3; floor <= 12; floor++)
      for (const position of [1, 2]) owes(roomOf(`3-1-${floor}0${position}`), 99000, ['2026-10'])
    const first = await callList(1)
    expect(first).toMatchObject({ total: 4 })
    expect(first.rows.map((r) => r.roomId)).toEqual([C])
    expect((await callList(4)).rows.map((r) => r.roomId)).toEqual([C, B, A, D])
  })

  it('leaves out what is paid, due today or not yet due', async () => {
    const paidOff = env.core.store.sqlite
      .prepare(`SELECT id FROM receivables WHERE room_id = ? AND paid_receipt_id IS NULL`)
      .all(C) as { id: number }[]
    fx.receipt({
      seriesId: fx.series('SJ2026'),
      roomId: C,
      receivableIds: paidOff.map((r) => r.id),
      issuedAt: localAt('2026-11-21')
    })
    fx.oneOff({ roomId: C, itemId: property, on: '2026-11-22', amountFen: 99999 })
    fx.receivable({ roomId: C, itemId: property, period: '2026-11', amountFen: 50000, dueOn: '2026-11-25' })
    expect(await codes()).toEqual(['3-1-101', '3-2-1502', '3-1-201'])
  })

  it('shows as many rooms as asked, 8 unless told, and counts them all', async () => {
    const one = await callList(1)
    expect(one).toMatchObject({ total: 4 })
    expect(one.rows.map((r) => r.roomId)).toEqual([C])
    for (let floor = 3; floor <= 10; floor++) {
      const roomId = roomOf(`3-2-${floor}01`)
      await addOwner(roomId, `业主${floor}`, [`139${String(floor).padStart(8, '0')}`])
      owes(roomId, 1000 + floor, ['2026-10'])
    }
    const page = await callList()
    expect(page.total).toBe(12)
    expect(page.rows).toHaveLength(8)
    expect(page.rows.slice(4).map((r) => r.roomCode)).toEqual(['3-2-1001', '3-2-901', '3-2-801', '3-2-701'])
    expect((await callList(50)).rows).toHaveLength(12)
  })

  it('refuses a limit outside 1–50', async () => {
    for (const limit of [0, 51, 2.5]) {
      expect(await env.clientFor(clerk).attempt.arrears.callList({ limit })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' }
      })
    }
  })

  it('a month on, the debts are older and the quiet room is due a call again', async () => {
    fx.reminder(B, 'phone', localAt('2026-11-12'))
    expect(await codes()).not.toContain('3-1-101')
    env.clock.advanceMinutes(30 * 24 * 60)
    const later = await callList(8, await env.signIn('clerk1', 'pass1234'))
    expect(later.asOf).toBe('2026-12-22')
    expect(later.rows.find((r) => r.roomId === B)).toMatchObject({ ageMonths: 4, lastReminder: { kind: 'phone' } })
  })

  it('says whether the signed-in role may reveal the phone for the call', async () => {
    await env.addStaff('night1', 'night')
    expect((await callList(8, await env.signIn('night1', 'pass1234'))).mayCall).toBe(false)
  })
})
