import { afterEach, beforeEach } from 'vitest'
import type { InputOf } from '../../../shared/kernel/procedure'
import type { api } from '../../../shared/api'
import { tempDir, testClock } from '../../helpers/core'
import { setUpEstate } from '../../helpers/estate'
import type { TestClient } from '../../helpers/client'

/**
 * The ledger's tests: the small estate, a clerk, a night duty clerk (夜间值班员), a team lead
 * (supervisor) and the department head (manager), fresh for every test. The clock starts on
 * Monday 2026-11-23 at 09:00 counter time (UTC+8), inside the winter day shift.
 */
export let tmp: ReturnType<typeof tempDir>
export let env: Awaited<ReturnType<typeof setUpEstate>>
export let clock: ReturnType<typeof testClock>

const STAFF = { clerk: 'clerk1', night: 'night1', lead: 'lead1', boss: 'boss1' } as const
type Who = keyof typeof STAFF
const ROLE: Record<Who, string> = { clerk: 'clerk', night: 'night', lead: 'supervisor', boss: 'manager' }
const tokens: Partial<Record<Who, string>> = {}

/** A client per person; each reads its token at every call, so signing in again swaps it. */
export const as = (who: Who): TestClient => env.clientFor(() => tokens[who] ?? '')
export let clerk: TestClient

async function signInAll() {
  for (const who of Object.keys(STAFF) as Who[]) tokens[who] = await env.signIn(STAFF[who], 'pass1234')
}

beforeEach(async () => {
  tmp = tempDir()
  clock = testClock('2026-11-23T01:00:00.000Z')
  env = await setUpEstate(tmp.dir, clock)
  for (const who of Object.keys(STAFF) as Who[]) await env.addStaff(STAFF[who], ROLE[who])
  await signInAll()
  clerk = as('clerk')
})
afterEach(() => {
  env.core.close()
  tmp.cleanup()
})

export const sqlite = () => env.core.store.sqlite

/** Moves the clock to a local moment 'YYYY-MM-DDTHH:mm' (forward only); everyone signs in again. */
export async function at(local: string) {
  const minutes = (Date.parse(`${local}:00+08:00`) - clock.now().getTime()) / 60_000
  if (minutes < 0) throw new Error(`the clock only moves forward: ${local}`)
  clock.advanceMinutes(minutes)
  await signInAll()
}

/**
 * A new shift of the counter from `local` on: the open one is closed as a handover would close it
 * (the handover itself is another part's), and the next sign-in opens one of the kind the times give.
 */
export async function newShiftAt(local: string) {
  sqlite().prepare('UPDATE shifts SET closed_at = ? WHERE closed_at IS NULL').run(clock.now().toISOString())
  await at(local)
}

/** A local moment as the stored ISO string. */
export const iso = (local: string) => new Date(`${local}+08:00`).toISOString()

export type NewEntry = InputOf<typeof api.ledger.create>

export const entry = (extra: Partial<NewEntry> = {}): NewEntry => ({
  channel: 'phone',
  callerName: '张先生',
  callerPhone: '13912345678',
  roomId: env.rooms.r3_2_1502,
  category: 'consult',
  content: '咨询停车月卡办理',
  ...extra
})

export const log = (extra: Partial<NewEntry> = {}, who: Who = 'clerk') => as(who).ledger.create(entry(extra))

export const auditRows = (key: string) =>
  sqlite()
    .prepare(
      'SELECT room_id AS roomId, entity_id AS entityId, summary_params AS params FROM audit_log WHERE summary_key = ? ORDER BY id'
    )
    .all(key) as { roomId: number | null; entityId: string; params: string }[]
