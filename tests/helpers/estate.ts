import { randomUUID } from 'node:crypto'
import { idCheckDigit } from '../../shared/domain/id-card'
import { creditCodeCheckChar } from '../../shared/domain/credit-code'
import { expectOk, setUpCore, testClock } from './core'

/** A valid 18-digit resident ID from its first 17 digits. */
export const residentId = (first17: string) => first17 + idCheckDigit(first17)
export const creditCode = (first17: string) => first17 + creditCodeCheckChar(first17)

export const ZHANG_SAN_ID = residentId('11010519491231002')
export const ZHANG_XIAOLAN_ID = residentId('35010219850612004')

/**
 * A small estate: building 3 (units 1–2, floors 1–16, two rooms a floor), building 5 with one
 * unit, and households: 张三 owns 3-2-1502, 张晓兰 owns 3-1-101 with a tenant, a company owns 5-1-101.
 */
export async function setUpEstate(dataDir: string, clock = testClock()) {
  const env = await setUpCore(dataDir, clock)
  const { core, adminToken, mutate } = env
  const call = async <T>(name: string, input: unknown): Promise<T> =>
    expectOk(await mutate(name, input, adminToken)) as T
  const query = async <T>(name: string, input: unknown): Promise<T> =>
    expectOk(await core.call(name, input, { session: adminToken })) as T
  await call('estate.bulkCreate', {
    building: '3',
    units: { from: 1, to: 2 },
    floors: { from: 1, to: 16 },
    positions: [
      { position: 1, area: '89.50' },
      { position: 2, area: '120.35' }
    ]
  })
  await call('estate.bulkCreate', {
    building: '5',
    units: { from: 1, to: 1 },
    floors: { from: 1, to: 3 },
    positions: [{ position: 1, area: '45' }],
    type: 'shop'
  })
  const roomId = async (code: string) => {
    const hits = await query<{ roomId: number; roomCode: string }[]>('search.global', { q: code })
    const hit = hits.find((h) => h.roomCode === code)
    if (!hit) throw new Error(`room ${code} not found`)
    return hit.roomId
  }
  const rooms = {
    r3_2_1502: await roomId('3-2-1502'),
    r3_1_101: await roomId('3-1-101'),
    r5_1_101: await roomId('5-1-101')
  }
  await call('households.addRelation', {
    roomId: rooms.r3_2_1502,
    relation: 'owner',
    startedOn: '2026-01-15',
    person: { name: '张三', gender: 'male', idType: 'resident', idNumber: ZHANG_SAN_ID, phones: ['13912345678'] }
  })
  await call('households.addRelation', {
    roomId: rooms.r3_1_101,
    relation: 'owner',
    startedOn: '2025-06-01',
    person: {
      name: '张晓兰',
      gender: 'female',
      idType: 'resident',
      idNumber: ZHANG_XIAOLAN_ID,
      phones: ['13800138000', '0591-87654321']
    }
  })
  await call('households.addRelation', {
    roomId: rooms.r3_1_101,
    relation: 'tenant',
    startedOn: '2026-03-01',
    person: { name: '李四', phones: ['13600001111'] }
  })
  await call('households.addRelation', {
    roomId: rooms.r5_1_101,
    relation: 'owner',
    startedOn: '2024-01-01',
    person: {
      kind: 'company',
      name: '福州万达商业管理有限公司',
      creditCode: creditCode('91350100M000100Y4'),
      phones: ['0591-88886666']
    }
  })
  return { ...env, call, query, rooms, requestId: randomUUID }
}
