import { describe, expect, it } from 'vitest'
import { localDateTime } from '../../../shared/kernel/calendar'
import { clerkApi, completeAll, count, env, sqlite, start, supervisorApi } from './checkin-fixture'

describe('starting a check-in', () => {
  it('starts on an undelivered room, shows who started it and lists it as open', async () => {
    const view = await start()
    expect(view).toMatchObject({
      roomCode: '3-2-1502',
      ownerNames: '张三',
      status: 'open',
      case: null,
      currentStep: 'identity',
      completedSteps: [],
      startedBy: 'clerk1',
      roomStatus: 'undelivered',
      steps: {},
      missingDocuments: [],
      parties: [{ relation: 'owner', name: '张三', phoneMasked: '139****5678' }]
    })
    expect((await supervisorApi.checkin.open({})).map((c) => [c.roomCode, c.startedBy])).toEqual([
      ['3-2-1502', 'clerk1']
    ])
    const timeline = sqlite()
      .prepare(`SELECT summary_key AS k FROM audit_log WHERE room_id = ? ORDER BY id`)
      .all(env.rooms.r3_2_1502) as { k: string }[]
    expect(timeline.map((t) => t.k)).toContain('audit.checkinStart')
  })

  it('one open check-in per room: a second start is refused and names who started the first', async () => {
    const first = await start()
    const second = await supervisorApi.attempt.checkin.start({ roomId: env.rooms.r3_2_1502 })
    expect(second).toMatchObject({
      ok: false,
      error: {
        code: 'CHECKIN_OPEN_EXISTS',
        message: `3-2-1502 已有一笔入住办理（clerk1 于 ${localDateTime(first.startedAt)} 开始），请继续办理`,
        details: { checkinId: first.id }
      }
    })
    expect(count('checkins')).toBe(1)
  })

  it('the partial unique index refuses a second open row written past the service', async () => {
    const first = await start()
    const insert = () =>
      sqlite()
        .prepare(
          `INSERT INTO checkins (room_id, status, started_at, started_by, last_saved_at) SELECT room_id, 'open', started_at, started_by, last_saved_at FROM checkins WHERE id = ?`
        )
        .run(first.id)
    expect(insert).toThrow(/UNIQUE/)
  })

  it('after a cancel the room may start again; the cancelled one keeps its reason', async () => {
    const first = await start()
    const cancelled = await clerkApi.checkin.cancel({ checkinId: first.id, reason: '业主改约下周' })
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '业主改约下周' })
    const again = await start()
    expect(again.id).not.toBe(first.id)
    expect((await clerkApi.checkin.list({ roomId: env.rooms.r3_2_1502 })).map((c) => c.status)).toEqual([
      'open',
      'cancelled'
    ])
    expect(await clerkApi.attempt.checkin.cancel({ checkinId: first.id, reason: '再取消' })).toMatchObject({
      ok: false,
      error: { code: 'CHECKIN_CLOSED', message: '这笔入住办理已取消，不能再修改' }
    })
  })

  it('a room lived in is refused, in words; after a finish the room is 已入住 and cannot start again', async () => {
    const first = await start()
    await completeAll(first.id)
    await clerkApi.checkin.finish({ checkinId: first.id })
    expect(await clerkApi.attempt.checkin.start({ roomId: env.rooms.r3_2_1502 })).toMatchObject({
      ok: false,
      error: {
        code: 'CHECKIN_ROOM_STATUS',
        message: '3-2-1502 的状态是“已入住”，只有未交付或空置的房屋可以办理入住'
      }
    })
  })

  it('a vacant room may start; candidates list the rooms that may, with the open one to resume', async () => {
    await env.admin.households.updateRoom({
      roomId: env.rooms.r3_1_101,
      type: 'residence',
      status: 'vacant',
      vip: false,
      tags: []
    })
    const view = await start(env.rooms.r3_1_101)
    expect(view.roomStatus).toBe('vacant')
    const hits = await clerkApi.checkin.candidates({ text: '3-1-10' })
    expect(hits.find((h) => h.roomCode === '3-1-101')).toMatchObject({ openCheckinId: view.id, ownerNames: '张晓兰' })
    await env.admin.households.updateRoom({
      roomId: env.rooms.r3_2_1502,
      type: 'residence',
      status: 'occupied',
      vip: false,
      tags: []
    })
    expect((await clerkApi.checkin.candidates({ text: '3-2-1502' })).length).toBe(0)
  })

  it('the administrator (no counter role) may not start one; malformed input is refused', async () => {
    expect(await env.admin.attempt.checkin.start({ roomId: env.rooms.r3_2_1502 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(await clerkApi.attempt.checkin.start({ roomId: 'x' } as never)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' }
    })
    expect(count('checkins')).toBe(0)
  })
})
