import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { randomUUID } from 'node:crypto'
import { Core } from '../../../electron/main/core/core'
import { DeskBackend } from '../../../electron/main/office/desk-backend'
import type { ApiResult } from '../../../shared/kernel/errors'
import type { LinkStatus, OfficeStatus } from '../../../shared/office/types'
import { ADMIN, expectOk, setUpCore, tempDir, testClock, testPasswords } from '../../helpers/core'

let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

async function openDesk(dataDir: string, clock: ReturnType<typeof testClock>) {
  return DeskBackend.open({
    dataDir,
    now: clock.now,
    openLocalCore: (office) =>
      Core.start({
        dataDir,
        version: '0.0.0-test',
        now: clock.now,
        passwords: testPasswords,
        ...(office ? { keepSessions: true, office } : {})
      })
  })
}

describe('本机作为办公室服务器 (设置 → 多前台)', () => {
  it('an administrator switches this PC’s office server on; it serves from the next start', async () => {
    const clock = testClock()
    const setUp = await setUpCore(tmp.dir, clock)
    setUp.core.close()
    const desk = await openDesk(tmp.dir, clock)
    const signIn = async () =>
      expectOk(
        (await desk.call('staff.signIn', { username: ADMIN.username, password: ADMIN.password }, {})) as ApiResult<{
          token: string
        }>
      ).token
    let token = await signIn()
    const meta = () => ({ session: token, requestId: randomUUID() })
    const refused = await desk.call('link.serve', { listen: 'not an address' }, meta())
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    const on = expectOk((await desk.call('link.serve', { listen: '127.0.0.1:0' }, meta())) as ApiResult<LinkStatus>)
    expect(on.serving).toEqual({ listen: '127.0.0.1:0', running: false })
    desk.close()

    const restarted = await openDesk(tmp.dir, clock)
    const status = restarted.status()
    expect(status.serving).toMatchObject({
      listen: '127.0.0.1:0',
      running: true,
      fingerprint: expect.stringMatching(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
    })
    token = expectOk(
      (await restarted.call('staff.signIn', { username: ADMIN.username, password: ADMIN.password }, {})) as ApiResult<{
        token: string
      }>
    ).token
    const office = expectOk((await restarted.call('office.status', {}, { session: token })) as ApiResult<OfficeStatus>)
    expect(office.server).toEqual({ listen: '127.0.0.1:0', fingerprint: status.serving!.fingerprint })
    restarted.close()
  })

  it('only an administrator may switch it', async () => {
    const clock = testClock()
    const setUp = await setUpCore(tmp.dir, clock)
    await setUp.addStaff('clerk1', 'clerk')
    setUp.core.close()
    const desk = await openDesk(tmp.dir, clock)
    const token = expectOk(
      (await desk.call('staff.signIn', { username: 'clerk1', password: 'pass1234' }, {})) as ApiResult<{
        token: string
      }>
    ).token
    const refused = await desk.call(
      'link.serve',
      { listen: '0.0.0.0:8443' },
      { session: token, requestId: randomUUID() }
    )
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    desk.close()
  })
})
