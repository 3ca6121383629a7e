import { afterEach } from 'vitest'
import type { ApiResult } from '../../../shared/kernel/errors'
import type { SignInResult } from '../../../shared/foundation/staff'
import { expectOk, tempDir, testClock } from '../../helpers/core'
import { setUpEstate } from '../../helpers/estate'
import type { TestClient } from '../../helpers/client'

/**
 * The duty tests: the small estate and its people — two clerks, a night duty clerk (夜间值班员), a
 * team lead (supervisor) and the department head (manager). Each test starts the clock at its own
 * local moment (counter time, UTC+8) because the shift kinds depend on the season and the hour;
 * nobody is signed in until the test says so.
 */
export let env: Awaited<ReturnType<typeof setUpEstate>>
export let clock: ReturnType<typeof testClock>
let tmp: ReturnType<typeof tempDir> | null = null

export const PEOPLE = { clerk: 'clerk1', clerk2: 'clerk2', night: 'night1', lead: 'lead1', boss: 'boss1' } as const
export type Who = keyof typeof PEOPLE
const ROLE: Record<Who, string> = {
  clerk: 'clerk',
  clerk2: 'clerk',
  night: 'night',
  lead: 'supervisor',
  boss: 'manager'
}
const tokens: Partial<Record<Who, string>> = {}

/** A local moment 'YYYY-MM-DDTHH:mm' as a Date. */
export const local = (moment: string) => new Date(`${moment}:00+08:00`)

/** A fresh estate with the clock at a local moment. */
export async function startAt(moment: string) {
  tmp = tempDir()
  clock = testClock(local(moment).toISOString())
  env = await setUpEstate(tmp.dir, clock)
  for (const who of Object.keys(PEOPLE) as Who[]) await env.addStaff(PEOPLE[who], ROLE[who])
  // The administrator's setup sign-in opened the counter's shift: the tests start with none.
  closeOpenShift()
}

afterEach(() => {
  env?.core.close()
  tmp?.cleanup()
  tmp = null
  for (const who of Object.keys(tokens) as Who[]) delete tokens[who]
})

/** Signs a person in (their token replaces any earlier one) and returns what sign-in answered. */
export async function signIn(who: Who): Promise<SignInResult> {
  const result = (await env.core.call('staff.signIn', {
    username: PEOPLE[who],
    password: 'pass1234'
  })) as ApiResult<SignInResult>
  const signedIn = expectOk(result)
  tokens[who] = signedIn.token
  return signedIn
}

/** A client of a person; signs them in first when they are not yet. */
export async function as(who: Who): Promise<TestClient> {
  if (!tokens[who]) await signIn(who)
  return env.clientFor(() => tokens[who] ?? '')
}

/** Moves the clock forward to a local moment. */
export function moveTo(moment: string) {
  const minutes = (local(moment).getTime() - clock.now().getTime()) / 60_000
  if (minutes < 0) throw new Error(`the clock only moves forward: ${moment}`)
  clock.advanceMinutes(minutes)
}

/** Closes the counter's open shift as a handover would (the handover itself is another part's). */
export function closeOpenShift() {
  env.core.store.sqlite
    .prepare('UPDATE shifts SET closed_at = ? WHERE closed_at IS NULL')
    .run(clock.now().toISOString())
}

export const staffId = (who: Who) =>
  (env.core.store.sqlite.prepare('SELECT id FROM staff WHERE username = ?').get(PEOPLE[who]) as { id: number }).id

export const auditRows = (key: string) =>
  env.core.store.sqlite
    .prepare('SELECT entity_id AS entityId, summary_params AS params FROM audit_log WHERE summary_key = ? ORDER BY id')
    .all(key) as { entityId: string; params: string }[]
