import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { KeySetView } from '../../../shared/keys/api'
import { tempDir } from '../../helpers/core'
import type { TestClient } from '../../helpers/client'
import { setUpEstate, ZHANG_SAN_ID } from '../../helpers/estate'

let tmp: ReturnType<typeof tempDir>
let env: Awaited<ReturnType<typeof setUpEstate>>
let clerk: TestClient
let set: KeySetView

const WANG = {
  name: '王师傅',
  phone: '13700004321',
  idTail: '123456',
  relation: '装修工人',
  purposes: ['renovation' as const],
  validFrom: '2026-11-20',
  validTo: '2026-12-31'
}

beforeEach(async () => {
  tmp = tempDir()
  env = await setUpEstate(tmp.dir)
  await env.addStaff('clerk1', 'clerk')
  clerk = env.clientFor(await env.signIn('clerk1', 'pass1234'))
  const cabinet = await env.admin.keys.saveCabinet({ name: 'A 柜', rows: 2, columns: 2 })
  const owner = (await env.admin.households.get({ roomId: env.rooms.r3_2_1502 })).current[0]!.person
  set = await clerk.keys.deposit({
    roomId: env.rooms.r3_2_1502,
    depositorId: owner.id,
    pieces: [{ kind: 'door', count: 1 }],
    purpose: 'renovation',
    cabinetId: cabinet.id,
    hookRow: 1,
    hookColumn: 1,
    authorized: [WANG]
  })
})
afterEach(() => {
  env.core.close()
  tmp.cleanup()
})

const search = (q: string, as: TestClient) => as.search.global({ q })

describe('key borrowers in the global search', () => {
  it('the roles that lend keys find a borrower by a phone tail; the hit opens the key set and its room', async () => {
    const hits = (await search('4321', clerk)).filter((h) => h.match === 'keyPhone')
    expect(hits).toEqual([
      expect.objectContaining({
        keySetId: set.id,
        roomId: env.rooms.r3_2_1502,
        roomCode: '3-2-1502',
        personName: '王师傅',
        matchedText: '137****4321'
      })
    ])
    expect((await search('13700004321', clerk)).some((h) => h.keySetId === set.id)).toBe(true)
  })

  it('a phone given at a hand-out is found too', async () => {
    const borrow = {
      keySetId: set.id,
      personName: '赵六',
      idTail: '111111',
      purpose: 'emergency' as const,
      phone: '13600009876',
      expectedReturnAt: '2026-11-22T09:00:00.000Z',
      overrideReason: '楼下漏水'
    }
    await env.addStaff('boss', 'manager', 'pass1234')
    await clerk.keys.borrow(borrow, { approval: { username: 'boss', password: 'pass1234' } })
    expect((await search('9876', clerk)).filter((h) => h.match === 'keyPhone')).toEqual([
      expect.objectContaining({ keySetId: set.id, personName: '赵六' })
    ])
  })

  it('not for a role that does not lend keys, and not once the keys are withdrawn', async () => {
    expect((await search('4321', env.admin)).some((h) => h.match === 'keyPhone')).toBe(false)
    await clerk.keys.withdraw({ keySetId: set.id, personName: '张三', idTail: ZHANG_SAN_ID.slice(-6) })
    expect((await search('4321', clerk)).some((h) => h.match === 'keyPhone')).toBe(false)
  })
})
