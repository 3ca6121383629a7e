import { describe, expect, it } from 'vitest'
import type { HandoverWindow, MattersSection } from '../../../shared/handover/sections'
import { localDate, localDateTime } from '../../../shared/kernel/calendar'
import { checkinHandover } from '../../../electron/main/services/checkin/handover-section'
import { clerkApi, completeAll, env, identity, save, sqlite, start } from './checkin-fixture'

// The handover's open check-ins, made through checkin.start / saveStep / cancel: every open one,
// whatever shift started it, oldest first, with the step it stopped at.

function openCheckins(): MattersSection {
  const to = env.clock.now().toISOString()
  const window: HandoverWindow = { counterId: 1, shiftIds: [], from: to, to, today: localDate(to) }
  const [section] = checkinHandover(sqlite(), window)
  if (section?.kind !== 'matters') throw new Error('expected a matters section')
  return section
}

describe('the open check-ins section', () => {
  it('lists the paused and the unfinished check-ins oldest first; cancelled and finished ones are gone', async () => {
    const paused = await start(env.rooms.r3_2_1502)
    expect(await save(paused.id, 'identity', identity.owner())).toMatchObject({ ok: true })
    env.clock.advanceMinutes(5)
    const ready = await start(env.rooms.r3_1_101)
    await completeAll(ready.id)
    env.clock.advanceMinutes(5)
    const cancelled = await start(env.rooms.r5_1_101)
    await clerkApi.checkin.cancel({ checkinId: cancelled.id, reason: '业主改约下周' })

    expect(openCheckins()).toEqual({
      kind: 'matters',
      id: 'checkin.open',
      titleKey: 'checkin.handover.open',
      order: 140,
      items: [
        {
          ref: '3-2-1502',
          roomCode: '3-2-1502',
          text: '张三',
          statusKey: 'checkin.handover.pausedAt',
          statusParams: {
            step: 'audit.checkin.step.registration',
            by: 'clerk1',
            since: localDateTime(paused.startedAt)
          },
          due: null,
          urgency: 'none',
          route: `#/checkin/${paused.id}`
        },
        {
          ref: '3-1-101',
          roomCode: '3-1-101',
          text: '张晓兰',
          statusKey: 'checkin.handover.toFinish',
          statusParams: { by: 'clerk1', since: localDateTime(ready.startedAt) },
          due: null,
          urgency: 'none',
          route: `#/checkin/${ready.id}`
        }
      ],
      total: 2
    })
    await clerkApi.checkin.finish({ checkinId: ready.id })
    expect(openCheckins()).toMatchObject({ total: 1, items: [{ ref: '3-2-1502' }] })
  })

  it('lists at most 50 and counts them all', async () => {
    const rooms = sqlite().prepare(`SELECT id FROM rooms WHERE code LIKE '3-%' ORDER BY id LIMIT 52`).all() as {
      id: number
    }[]
    for (const room of rooms) await start(room.id)
    const section = openCheckins()
    expect(section.total).toBe(52)
    expect(section.items).toHaveLength(50)
    expect(section.items.map((i) => i.route)).toEqual(
      (sqlite().prepare(`SELECT id FROM checkins ORDER BY id LIMIT 50`).all() as { id: number }[]).map(
        (c) => `#/checkin/${c.id}`
      )
    )
  })
})
