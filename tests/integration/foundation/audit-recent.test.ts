import { afterEach, beforeEach, expect, it } from 'vitest'
import { setUpCore, tempDir } from '../../helpers/core'

/** The 工作台's activity: the shift's work without the sign-ins, the screen locks and the sign-outs. */

let tmp: ReturnType<typeof tempDir>
let env: Awaited<ReturnType<typeof setUpCore>>

beforeEach(async () => {
  tmp = tempDir()
  env = await setUpCore(tmp.dir)
})
afterEach(() => {
  env.core.close()
  tmp.cleanup()
})

it('leaves out sign-in and screen-lock rows when asked, and only then', async () => {
  await env.addStaff('clerk1', 'clerk')
  const token = await env.signIn('clerk1', 'pass1234')
  const clerk = env.clientFor(token)
  await clerk.staff.lock({})
  await clerk.staff.unlock({ password: 'pass1234' })
  await clerk.staff.setLocale({ locale: 'zh-TW' })
  const all = await clerk.audit.recent({ scope: 'myShift' })
  const work = await clerk.audit.recent({ scope: 'myShift', hideSessions: true })
  expect(all.length).toBeGreaterThan(work.length)
  expect(all.some((e) => e.procedure === 'staff.signIn')).toBe(true)
  expect(work.map((e) => e.procedure)).not.toContain('staff.signIn')
  expect(work.map((e) => e.procedure)).not.toContain('staff.lock')
  expect(work.map((e) => e.procedure)).not.toContain('staff.unlock')
  expect(work.map((e) => e.procedure)).toContain('staff.setLocale')
})
