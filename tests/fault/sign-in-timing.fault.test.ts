import { randomUUID } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Core } from '../../electron/main/core/core'
import { createPasswordHasher } from '../../electron/main/core/passwords'
import { ADMIN, expectOk, tempDir, testClock } from '../helpers/core'

/**
 * Guessing which user names exist from how long the answer takes. With the real scrypt cost
 * (N = 2^17, what the counter PC runs) an unknown name must cost what a real name with a wrong
 * password costs: within 20 % by the median of interleaved attempts. Slow (each attempt is a full
 * hash), so it runs in `npm run test:fault` only; the answers themselves being identical is
 * tests/integration/foundation/sign-in-enumeration.test.ts.
 */
const ROUNDS = 2
// Under the lock: four wrong passwords on the real name, then a right one starts its count again.
const PER_ROUND = 4

let tmp: ReturnType<typeof tempDir>
let core: Core
beforeAll(async () => {
  tmp = tempDir('frontdesk-fault-timing-')
  core = await Core.start({
    dataDir: tmp.dir,
    version: '0.0.0-fault',
    now: testClock().now,
    randomToken: () => randomUUID(),
    passwords: createPasswordHasher()
  })
  expectOk(
    await core.call('setup.initialize', { companyName: '公司', estateName: '小区', counterName: '前台', admin: ADMIN })
  )
}, 60_000)
afterAll(() => {
  core?.close()
  tmp?.cleanup()
})

async function timed(username: string, password: string): Promise<number> {
  const start = performance.now()
  await core.call('staff.signIn', { username, password })
  return performance.now() - start
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

describe('sign-in timing', () => {
  it('an unknown user name takes as long as a real one with a wrong password (medians within 20 %)', async () => {
    const unknown: number[] = []
    const real: number[] = []
    await timed('ghost-warm', 'wrong999') // the first hash of the process pays for the thread pool
    let ghost = 0
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < PER_ROUND; i++) {
        unknown.push(await timed(`ghost${++ghost}`, 'wrong999'))
        real.push(await timed(ADMIN.username, 'wrong999'))
      }
      expectOk(await core.call('staff.signIn', { username: ADMIN.username, password: ADMIN.password }))
    }
    const [u, r] = [median(unknown), median(real)]
    console.log(
      `[fault] sign-in medians: unknown ${u.toFixed(1)} ms, real ${r.toFixed(1)} ms ` +
        `(${((Math.abs(u - r) / r) * 100).toFixed(1)} % apart; ${unknown.length} attempts each)`
    )
    expect(Math.abs(u - r) / r).toBeLessThanOrEqual(0.2)
  }, 120_000)
})
