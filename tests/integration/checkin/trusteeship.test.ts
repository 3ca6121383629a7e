import { describe, expect, it } from 'vitest'
import { adminApi, clerkApi, env, home, property, sqlite, start } from './trusteeship-fixture'

/** 房屋托管: the start readings, meter checks against the limits, the end, and the fee share. */

const reading = (trusteeshipId: number, water: string, electricity: string, readOn = '2026-11-20') =>
  clerkApi.trusteeship.reading({
    trusteeshipId,
    readOn,
    readings: [
      { kind: 'water', reading: water },
      { kind: 'electricity', reading: electricity }
    ]
  })

describe('start', () => {
  it('records the start readings and an audit row on the room, and the room shows the running trusteeship', async () => {
    const { id, audits } = await start()
    expect(audits).toEqual([
      expect.objectContaining({
        roomId: home(),
        entityType: 'trusteeship',
        entityId: id,
        summaryKey: 'audit.trusteeshipStart',
        summaryParams: { room: '3-1-101', from: '2026-11-01', readings: '水表 100.00 / 电表 2000.00' }
      })
    ])
    const view = await clerkApi.trusteeship.ofRoom({ roomId: home() })
    expect(view).toMatchObject({
      id,
      roomCode: '3-1-101',
      ownerNames: '张晓兰',
      startedOn: '2026-11-01',
      plannedTo: '2027-05-01',
      endedOn: null,
      agreementSignedOn: '2026-11-01',
      checkinId: null,
      notes: '业主在外地',
      feePercent: 70,
      overLimit: [],
      patrols: []
    })
    expect(view!.readings.map((r) => [r.kind, r.readingCenti, r.phase, r.readOn, r.staffName])).toEqual([
      ['water', 10_000, 'start', '2026-11-01', '王管理'],
      ['electricity', 200_000, 'start', '2026-11-01', '王管理']
    ])
    expect(await clerkApi.trusteeship.get({ trusteeshipId: id })).toEqual(view)
    expect(await clerkApi.trusteeship.ofRoom({ roomId: env.rooms.r3_2_1502 })).toBeNull()
    expect((await clerkApi.trusteeship.list()).map((t) => t.id)).toEqual([id])
  })

  it('a room has one running trusteeship at a time', async () => {
    await start()
    await expect(start()).rejects.toMatchObject({
      code: 'TRUSTEESHIP_RUNNING',
      params: { room: '3-1-101', from: '2026-11-01' }
    })
    expect(sqlite().prepare(`SELECT count(*) AS n FROM trusteeships`).get()).toEqual({ n: 1 })
  })
})

describe('readings and the limits', () => {
  it('at the default limits (water 5, electricity 20) exactly the limit is not flagged, a hundredth more is', async () => {
    const { id } = await start()
    const atLimit = await reading(id, '105', '2020')
    expect(atLimit.overLimit).toEqual([])
    expect(atLimit.readings.at(-1)).toMatchObject({ kind: 'electricity', readingCenti: 202_000, phase: 'check' })
    expect(await clerkApi.trusteeship.attention()).toEqual([expect.objectContaining({ id, overLimit: [] })])

    const water = await reading(id, '105.01', '2020')
    expect(water.overLimit).toEqual([{ kind: 'water', usedCenti: 501, limitCenti: 500 }])
    const both = await reading(id, '105.01', '2020.01')
    expect(both.overLimit).toEqual([
      { kind: 'water', usedCenti: 501, limitCenti: 500 },
      { kind: 'electricity', usedCenti: 2001, limitCenti: 2000 }
    ])
    const attention = await clerkApi.trusteeship.attention()
    expect(attention.map((t) => [t.roomCode, t.overLimit.map((o) => o.kind)])).toEqual([
      ['3-1-101', ['water', 'electricity']]
    ])
    const audit = sqlite()
      .prepare(`SELECT room_id AS roomId, summary_params AS params FROM audit_log WHERE summary_key = ? ORDER BY id`)
      .all('audit.trusteeshipReading') as { roomId: number; params: string }[]
    expect(audit).toHaveLength(3)
    expect(audit[2]).toEqual({
      roomId: home(),
      params: JSON.stringify({ room: '3-1-101', on: '2026-11-20', readings: '水表 105.01 / 电表 2020.01' })
    })
  })

  it('reads the limits the office set (设置 → 入住办理)', async () => {
    const { id } = await start()
    const settings = await adminApi.checkin.settings()
    await adminApi.checkin.saveSettings({ ...settings, trusteeshipLimits: { water: 2, electricity: 50, gas: 5 } })
    const view = await reading(id, '102.01', '2050')
    expect(view.overLimit).toEqual([{ kind: 'water', usedCenti: 201, limitCenti: 200 }])
  })

  it('a reading below the start reading is refused and nothing is recorded (more: trusteeship-readings)', async () => {
    const { id } = await start()
    const lower = await clerkApi.attempt.trusteeship.reading({
      trusteeshipId: id,
      readOn: '2026-11-20',
      readings: [
        { kind: 'electricity', reading: '2001' },
        { kind: 'water', reading: '99.99' }
      ]
    })
    expect(lower).toMatchObject({
      ok: false,
      error: {
        code: 'TRUSTEESHIP_READING_LOWER',
        message: '水表读数 99.99 低于上次读数 100.00（2026-11-01）：表不会倒转，请核对读数（托管抄表不能登记换表）',
        details: { field: 'readings.1.reading' }
      }
    })
    expect((await clerkApi.trusteeship.get({ trusteeshipId: id })).readings).toHaveLength(2)
    // A meter not read at the start has no baseline: its first reading is recorded, never flagged.
    const gas = await clerkApi.trusteeship.reading({
      trusteeshipId: id,
      readOn: '2026-11-20',
      readings: [{ kind: 'gas', reading: '50' }]
    })
    expect(gas.overLimit).toEqual([])
  })
})

describe('end', () => {
  it('records the end readings, closes it and hands the room to its owner (已入住); later records are refused', async () => {
    const { id } = await start()
    const ended = await clerkApi.trusteeship.end({
      trusteeshipId: id,
      endedOn: '2026-11-22',
      readings: [
        { kind: 'water', reading: '103.5' },
        { kind: 'electricity', reading: '2015' }
      ],
      note: '业主回来入住'
    })
    expect(ended).toMatchObject({ endedOn: '2026-11-22', patrolDue: false, notes: '业主在外地\n业主回来入住' })
    expect(ended.readings.filter((r) => r.phase === 'end').map((r) => [r.kind, r.readingCenti, r.readOn])).toEqual([
      ['water', 10_350, '2026-11-22'],
      ['electricity', 201_500, '2026-11-22']
    ])
    expect((await adminApi.households.get({ roomId: home() })).room.status).toBe('occupied')
    expect(await clerkApi.trusteeship.ofRoom({ roomId: home() })).toBeNull()
    expect(await clerkApi.trusteeship.list()).toEqual([])
    expect(await clerkApi.trusteeship.attention()).toEqual([])
    expect((await clerkApi.trusteeship.list({ includeEnded: true })).map((t) => [t.id, t.endedOn])).toEqual([
      [id, '2026-11-22']
    ])
    const refusal = { ok: false, error: { code: 'TRUSTEESHIP_ENDED', message: '3-1-101 的托管已于 2026-11-22 结束' } }
    expect(
      await clerkApi.attempt.trusteeship.reading({
        trusteeshipId: id,
        readOn: '2026-11-22',
        readings: [{ kind: 'water', reading: '104' }]
      })
    ).toMatchObject(refusal)
    expect(
      await clerkApi.attempt.trusteeship.patrol({
        trusteeshipId: id,
        kind: 'weekly',
        patrolledOn: '2026-11-22',
        patrolledBy: '保安 陈'
      })
    ).toMatchObject(refusal)
    expect(
      await clerkApi.attempt.trusteeship.end({
        trusteeshipId: id,
        endedOn: '2026-11-22',
        readings: [{ kind: 'water', reading: '104' }]
      })
    ).toMatchObject(refusal)
    const audit = sqlite()
      .prepare(`SELECT room_id AS roomId FROM audit_log WHERE summary_key = 'audit.trusteeshipEnd'`)
      .all()
    expect(audit).toEqual([{ roomId: home() }])
    // The room may go into trusteeship again later: the ended one does not block it.
    expect((await start()).id).not.toBe(id)
  })
})

describe('the property fee in trusteeship', () => {
  it('is billed at the fee item’s percent (70 %), and the trusteeship shows that share', async () => {
    await start()
    await adminApi.households.updateRoom({
      roomId: env.rooms.r3_2_1502,
      type: 'residence',
      status: 'occupied',
      vip: false,
      tags: []
    })
    expect(await adminApi.fees.generateBills({ period: '2026-11', itemIds: [property.id] })).toMatchObject({
      created: 2
    })
    const bill = (roomId: number) =>
      sqlite()
        .prepare(`SELECT amount_fen AS amountFen, percent FROM receivables WHERE room_id = ? AND period = '2026-11'`)
        .get(roomId)
    // 1.85 × 89.50 × 70 % = 115.9025 → 115.90; the lived-in home next door pays in full: 1.85 × 120.35 = 222.65.
    expect(bill(home())).toEqual({ amountFen: 11_590, percent: 70 })
    expect(bill(env.rooms.r3_2_1502)).toEqual({ amountFen: 22_265, percent: 100 })
    expect((await clerkApi.trusteeship.ofRoom({ roomId: home() }))!.feePercent).toBe(70)
    await adminApi.fees.saveItem({
      id: property.id,
      effectiveFrom: '2026-01-01',
      name: '物业管理费',
      category: 'property',
      method: 'perArea',
      roomTypes: ['residence', 'shop'],
      trusteeshipPercent: 60,
      price: '1.85'
    })
    expect((await clerkApi.trusteeship.ofRoom({ roomId: home() }))!.feePercent).toBe(60)
  })
})
