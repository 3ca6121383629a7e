import { afterEach, beforeEach } from 'vitest'
import type { CabinetView, KeyPurpose, KeySetView } from '../../../shared/keys/api'
import type { api } from '../../../shared/api'
import type { InputOf } from '../../../shared/kernel/procedure'
import { tempDir, testClock } from '../../helpers/core'
import { setUpEstate, ZHANG_SAN_ID } from '../../helpers/estate'

/**
 * The key-custody tests' estate: a clerk signed in, a second clerk, a manager and one 3 × 4
 * cabinet, fresh for every test. The state is exported as live bindings, so a test reads the
 * current clerk token after `later()` signs the clerk in again.
 */
export let tmp: ReturnType<typeof tempDir>
export let env: Awaited<ReturnType<typeof setUpEstate>>
export let clock: ReturnType<typeof testClock>
export let clerkToken: string
export let cabinet: CabinetView
/** The contract's client, signed in as clerk1 (the token changes when the clerk signs in again). */
export let clerkApi: ReturnType<typeof env.clientFor>

export type DepositInput = InputOf<typeof api.keys.deposit>
export type BorrowInput = InputOf<typeof api.keys.borrow>
export type Authorization = NonNullable<DepositInput['authorized']>[number]

// The clock starts at 2026-11-22T01:00Z (09:00 in Fuzhou).
export const HOUR = 60
export const DAY = 24 * HOUR
export const OWNER_TAIL = ZHANG_SAN_ID.slice(-6)
export const WANG: Authorization = {
  name: '王师傅',
  phone: '13700001111',
  idTail: '123456',
  relation: '装修工人',
  purposes: ['renovation'],
  validFrom: '2026-11-20',
  validTo: '2026-12-31'
}
export const LI: Authorization = {
  name: '李师傅',
  phone: '13700002222',
  idTail: '65432x',
  relation: '装修工人',
  purposes: ['renovation'],
  validFrom: '2026-11-20',
  validTo: '2026-11-30'
}
export const MANAGER = { username: 'boss', password: 'pass1234' }

beforeEach(async () => {
  tmp = tempDir()
  clock = testClock()
  env = await setUpEstate(tmp.dir, clock)
  const clerk = await env.addStaff('clerk1', 'clerk')
  clerkToken = await env.signIn(clerk.username, clerk.password)
  clerkApi = env.clientFor(() => clerkToken)
  await env.addStaff('clerk2', 'clerk')
  await env.addStaff(MANAGER.username, 'manager', MANAGER.password)
  cabinet = await env.admin.keys.saveCabinet({ name: 'A 柜', rows: 3, columns: 4 })
})
afterEach(() => {
  env.core.close()
  tmp.cleanup()
})

export const sqlite = () => env.core.store.sqlite
export const hook = async (row: number, column: number) =>
  (await clerkApi.keys.cabinets())[0]!.hooks.find((h) => h.row === row && h.column === column)!
/** Moves the clock on; a session idle that long is locked, so the clerk signs in again. */
export async function later(minutes: number) {
  clock.advanceMinutes(minutes)
  clerkToken = await env.signIn('clerk1', 'pass1234')
}
export const inHours = (hours: number) => new Date(clock.now().getTime() + hours * 3_600_000).toISOString()

export async function personId(roomId: number, name: string): Promise<number> {
  const h = await clerkApi.households.get({ roomId })
  return h.current.find((r) => r.person.name === name)!.person.id
}

export async function depositRenovation(extra: Partial<DepositInput> = {}): Promise<KeySetView> {
  return clerkApi.keys.deposit({
    roomId: env.rooms.r3_2_1502,
    depositorId: await personId(env.rooms.r3_2_1502, '张三'),
    pieces: [
      { kind: 'door', count: 2 },
      { kind: 'unitDoor', count: 1 }
    ],
    purpose: 'renovation',
    cabinetId: cabinet.id,
    hookRow: 2,
    hookColumn: 3,
    authorized: [WANG, LI],
    notes: '装修期间',
    ...extra
  })
}

export const borrowBy = (
  keySetId: number,
  who: { name: string; idTail: string },
  purpose: KeyPurpose = 'renovation',
  extra: Partial<BorrowInput> = {}
): BorrowInput => ({
  keySetId,
  personName: who.name,
  idTail: who.idTail,
  purpose,
  expectedReturnAt: inHours(8),
  ...extra
})
