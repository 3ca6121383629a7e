import { describe, expect, it } from 'vitest'
import { NUMBER_SEARCH_LIMIT } from '../../../electron/main/core/search-limit'
import { clerkApi, env, sqlite } from './checkin-fixture'

/*
 * 办理's list finds a room by its code, and by its owner the way the global search does: name,
 * pinyin initials, the phone's last four digits. Only rooms a check-in may start from are offered,
 * and phone tails count against the same probe limit as the global search.
 */
const codes = async (text: string, buildingId?: number) =>
  (await clerkApi.checkin.candidates({ text, ...(buildingId && { buildingId }) })).map((c) => c.roomCode)
const buildingOf = (roomId: number) =>
  (sqlite().prepare('SELECT building_id AS id FROM rooms WHERE id = ?').get(roomId) as { id: number }).id
const setStatus = (roomId: number, status: 'occupied' | 'vacant') =>
  env.admin.households.updateRoom({ roomId, type: 'residence', status, vip: false, tags: [] })

describe('check-in candidates', () => {
  it("finds a room by its owner's name or pinyin initials, with the owner, and keeps finding rooms by code", async () => {
    const byName = await clerkApi.checkin.candidates({ text: '张三' })
    expect(byName).toEqual([
      {
        roomId: env.rooms.r3_2_1502,
        roomCode: '3-2-1502',
        status: 'undelivered',
        ownerNames: '张三',
        openCheckinId: null
      }
    ])
    expect(await codes('zs')).toContain('3-2-1502')
    expect(await codes('3-2-150')).toEqual(['3-2-1501', '3-2-1502'])
    // Found by its code and by the households' search alike, the room is listed once.
    expect(await codes('3-2-1502')).toEqual(['3-2-1502'])
    expect(await codes('3-2-1502', buildingOf(env.rooms.r5_1_101))).toEqual([])
    expect(await codes('张三', buildingOf(env.rooms.r3_2_1502))).toEqual(['3-2-1502'])
  })

  it("finds a room by the last 4 digits of the owner's phone, typed half- or full-width", async () => {
    expect(await codes('5678')).toContain('3-2-1502')
    expect(await codes('５６７８')).toContain('3-2-1502')
    expect(await codes('45678')).not.toContain('3-2-1502')
  })

  it('does not offer a room that is already occupied, however it is found; a vacant one is', async () => {
    await setStatus(env.rooms.r3_2_1502, 'occupied')
    expect(await codes('张三')).toEqual([])
    expect(await codes('5678')).not.toContain('3-2-1502')
    await setStatus(env.rooms.r3_1_101, 'vacant')
    expect(await clerkApi.checkin.candidates({ text: '张晓兰' })).toMatchObject([
      { roomCode: '3-1-101', status: 'vacant', ownerNames: '张晓兰' }
    ])
  })

  it('counts phone tails against the probe limit the global search keeps; names still answer', async () => {
    const tail = (n: number) => String(1000 + n)
    for (let n = 0; n < NUMBER_SEARCH_LIMIT; n++)
      expect((await clerkApi.attempt.checkin.candidates({ text: tail(n) })).ok).toBe(true)
    const limited = { ok: false, error: { code: 'SEARCH_LIMITED' } }
    expect(await clerkApi.attempt.checkin.candidates({ text: tail(NUMBER_SEARCH_LIMIT) })).toMatchObject(limited)
    expect(await clerkApi.attempt.checkin.candidates({ text: '5678' })).toMatchObject(limited)
    expect(await clerkApi.attempt.search.global({ q: '5678' })).toMatchObject(limited)
    expect(await codes('张三')).toEqual(['3-2-1502'])
  })
})
