import { describe, expect, it } from 'vitest'
import type { SearchHit } from '../../../shared/households/search'
import type { TestClient } from '../../helpers/client'
import { eachTest } from '../../helpers/each-test'
import { setUpEstate, ZHANG_SAN_ID } from '../../helpers/estate'

/*
 * 张三's phone is 13912345678, shown everywhere as 139****5678. A clerk once rebuilt it with 25
 * searches: the last 5 digits with each first digit in turn until 张三 came up, then 6, … 10.
 */
let env: Awaited<ReturnType<typeof setUpEstate>>
let clerk: TestClient
eachTest(setUpEstate, async (world) => {
  env = world
  await env.addStaff('clerk1', 'clerk')
  clerk = env.clientFor(await env.signIn('clerk1', 'pass1234'))
})

const ZHANG_PHONE = '13912345678'
const isZhang = (hits: SearchHit[]) => hits.some((h) => h.personName === '张三' && h.match.startsWith('phone'))

/** The probe: grow the known tail leftwards one digit at a time, keeping the digit that still finds 张三. */
async function rebuildTail(as: TestClient, known: string): Promise<{ tail: string; searches: number }> {
  let tail = known
  let searches = 0
  while (tail.length < 10) {
    let grown = false
    for (let d = 0; d <= 9 && !grown; d++) {
      searches += 1
      const answer = await as.attempt.search.global({ q: `${d}${tail}` })
      if (answer.ok && isZhang(answer.data)) {
        tail = `${d}${tail}`
        grown = true
      }
    }
    if (!grown) break
  }
  return { tail, searches }
}

describe('masked phones stay masked', () => {
  it('the tail probe learns nothing beyond the mask: no 5- to 10-digit tail finds 张三', async () => {
    const tail = (await clerk.search.global({ q: '5678' })).find((h) => h.personName === '张三')
    expect(tail).toMatchObject({ match: 'phoneTail', matchedText: '139****5678' })
    const probe = await rebuildTail(clerk, '5678')
    expect(probe.tail).toBe('5678')
    expect(probe.searches).toBe(10)
    for (let length = 5; length <= 10; length++) {
      expect(isZhang(await clerk.search.global({ q: ZHANG_PHONE.slice(-length) }))).toBe(false)
    }
  })

  it('the last 4 digits find the person, the whole number finds exactly that person, however typed', async () => {
    for (const q of [ZHANG_PHONE, '139 1234 5678', '139-1234-5678', '+86 139 1234 5678', '１３９１２３４５６７８']) {
      const hits = await clerk.search.global({ q })
      expect(hits.filter((h) => h.match === 'phone')).toEqual([
        expect.objectContaining({ personName: '张三', roomCode: '3-2-1502', matchedText: '139****5678' })
      ])
    }
    // A landline: with or without its hyphen, or the local number alone (the estate's own city).
    for (const q of ['0591-87654321', '059187654321', '87654321']) {
      expect((await clerk.search.global({ q }))[0]).toMatchObject({ personName: '张晓兰', match: 'phone' })
    }
    expect((await clerk.search.global({ q: '4321' })).map((h) => h.personName)).toContain('张晓兰')
    expect(isZhang(await clerk.search.global({ q: '13912345670' }))).toBe(false)
  })

  it('room numbers typed as digits and ID tails keep working', async () => {
    const rooms = (await clerk.search.global({ q: '1502' })).map((h) => h.roomCode)
    expect(rooms).toEqual(expect.arrayContaining(['3-1-1502', '3-2-1502']))
    expect((await clerk.search.global({ q: '3-2-1502' }))[0]).toMatchObject({ roomCode: '3-2-1502' })
    for (const length of [4, 5, 6]) {
      const hit = (await clerk.search.global({ q: ZHANG_SAN_ID.slice(-length) })).find((h) => h.personName === '张三')
      expect(hit).toMatchObject({ match: 'idTail' })
    }
  })

  it('a key borrower’s phone cannot be probed by longer tails either', async () => {
    const cabinet = await env.admin.keys.saveCabinet({ name: 'A 柜', rows: 2, columns: 2 })
    const owner = (await env.admin.households.get({ roomId: env.rooms.r3_2_1502 })).current[0]!.person
    await clerk.keys.deposit({
      roomId: env.rooms.r3_2_1502,
      depositorId: owner.id,
      pieces: [{ kind: 'door', count: 1 }],
      purpose: 'renovation',
      cabinetId: cabinet.id,
      hookRow: 1,
      hookColumn: 1,
      authorized: [
        {
          name: '王师傅',
          phone: '13700004321',
          idTail: '123456',
          relation: '装修工人',
          purposes: ['renovation'],
          validFrom: '2026-11-20',
          validTo: '2026-12-31'
        }
      ]
    })
    const borrower = async (q: string) => (await clerk.search.global({ q })).some((h) => h.match === 'keyPhone')
    expect(await borrower('4321')).toBe(true)
    expect(await borrower('13700004321')).toBe(true)
    for (const q of ['04321', '004321', '0004321', '00004321', '700004321', '3700004321']) {
      expect(await borrower(q)).toBe(false)
    }
  })

  it('a refused reveal of the phone is audited', async () => {
    const zhang = (await env.admin.households.get({ roomId: env.rooms.r3_2_1502 })).current[0]!.person
    expect(await clerk.attempt.privacy.reveal({ personId: zhang.id, field: 'phone', index: 0 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    const refused = env.core.store.sqlite
      .prepare(`SELECT room_id AS roomId FROM audit_log WHERE summary_key = 'audit.revealRefused'`)
      .all()
    expect(refused).toEqual([{ roomId: env.rooms.r3_2_1502 }])
  })
})
