import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { Core } from '../../electron/main/core/core'
import { createPasswordHasher } from '../../electron/main/core/passwords'
import type { ApiResult } from '../../shared/kernel/errors'
import { testClient } from './client'

/** A cheap scrypt for tests (the format and code path are the real ones; only N is lower). */
export const testPasswords = createPasswordHasher({ N: 2 ** 10, r: 8, p: 1 })

export function tempDir(prefix = 'frontdesk-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** A clock the test moves by hand. */
export function testClock(start = '2026-11-22T01:00:00.000Z') {
  let current = new Date(start).getTime()
  return {
    now: () => new Date(current),
    advanceMinutes: (minutes: number) => {
      current += minutes * 60_000
    }
  }
}

export async function startTestCore(dataDir: string, clock = testClock()) {
  let n = 0
  const core = await Core.start({
    dataDir,
    version: '0.0.0-test',
    now: clock.now,
    randomToken: () => `token-${++n}-${randomUUID()}`,
    passwords: testPasswords
  })
  return { core, clock }
}

export function expectOk<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`)
  return result.data
}

export const ADMIN = { username: 'admin', displayName: '王管理', password: 'admin1234' }

/** A core already set up, with an admin session; `as(role)` adds a staff member and signs them in. */
export async function setUpCore(dataDir: string, clock = testClock()) {
  const { core } = await startTestCore(dataDir, clock)
  expectOk(
    await core.call('setup.initialize', {
      companyName: '幸福物业服务有限公司',
      estateName: '幸福家园',
      counterName: '一号前台',
      admin: ADMIN
    })
  )
  const signIn = async (username: string, password: string) =>
    expectOk((await core.call('staff.signIn', { username, password })) as ApiResult<{ token: string }>).token
  const adminToken = await signIn(ADMIN.username, ADMIN.password)
  const mutate = (name: string, input: unknown, token: string, extra: Record<string, unknown> = {}) =>
    core.call(name, input, { session: token, requestId: randomUUID(), ...extra })
  /** A staff member as after their first password change; `mustChange` keeps the administrator-set one. */
  async function addStaff(username: string, role: string, password = 'pass1234', mustChange = false) {
    expectOk(await mutate('staff.create', { username, displayName: username, role, password }, adminToken))
    if (!mustChange)
      core.store.sqlite.prepare('UPDATE staff SET must_change_password = 0 WHERE username = ?').run(username)
    return { username, password }
  }
  /** A typed client signed in with `token` (read at each call, so a test may sign in again). */
  const clientFor = (token: string | (() => string)) =>
    testClient(core, typeof token === 'string' ? () => token : token)
  const admin = clientFor(adminToken)
  return { core, clock, adminToken, signIn, mutate, addStaff, admin, clientFor }
}
