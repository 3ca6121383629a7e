import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { Core } from '../../electron/main/core/core'
import { loadOrCreateCertificate } from '../../electron/main/office/certificate'
import { DeskBackend } from '../../electron/main/office/desk-backend'
import { startOfficeServer, type OfficeServer } from '../../electron/main/office/server'
import type { ApiResult } from '../../shared/kernel/errors'
import type { DeskEvent, LinkStatus, PairingCode } from '../../shared/office/types'
import { ADMIN, expectOk, startTestCore, tempDir, testClock, testPasswords } from './core'
import { octoberBill, setUpCounter } from './fees'

/** Waits until `test` holds, checking every 20 ms; fails after `ms`. */
export async function until(test: () => boolean | Promise<boolean>, ms = 5_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/**
 * An office: the fee counter's estate (tests/helpers/fees.ts, October billed) served by an office
 * server on 127.0.0.1, with an administrator session at the server's own screen. `pairCounter`
 * pairs a new counter PC (its own data folder, a DeskBackend as the shells use) under a name.
 */
export async function setUpOffice() {
  const root = tempDir('frontdesk-office-')
  const serverDir = join(root.dir, 'server')
  const clock = testClock()
  const estate = await setUpCounter(serverDir)
  const bill = await octoberBill(estate)
  const { rooms, items } = estate
  estate.core.close()
  const certificate = await loadOrCreateCertificate(serverDir)
  let core!: Core
  let server!: OfficeServer
  let port = 0
  let n = 0
  async function startServer(cert = certificate) {
    core = await Core.start({
      dataDir: serverDir,
      version: '0.0.0-test',
      now: clock.now,
      randomToken: () => `token-${++n}-${randomUUID()}`,
      passwords: testPasswords,
      keepSessions: true,
      office: { listen: `127.0.0.1:${port}`, fingerprint: cert.fingerprint }
    })
    server = await startOfficeServer(core, { host: '127.0.0.1', port, certificate: cert, now: clock.now })
    port = server.port
  }
  await startServer()
  const adminSession = async () =>
    expectOk(
      (await core.call('staff.signIn', { username: ADMIN.username, password: ADMIN.password })) as ApiResult<{
        token: string
      }>
    ).token
  let adminToken = await adminSession()
  const asAdmin = (name: string, input: unknown) =>
    core.call(name, input, { session: adminToken, requestId: randomUUID() })

  const desks: DeskBackend[] = []
  async function openDesk(name: string) {
    const dataDir = join(root.dir, name)
    const desk = await DeskBackend.open({
      dataDir,
      now: clock.now,
      openLocalCore: async () => (await startTestCore(dataDir, clock)).core,
      link: { retryMs: 8_000, reconnectMs: 200 }
    })
    desks.push(desk)
    const events: DeskEvent[] = []
    desk.onEvent((event) => events.push(event))
    return { desk, dataDir, events }
  }

  async function pairCounter(name: string) {
    const code = expectOk((await asAdmin('office.createPairingCode', { counterName: name })) as ApiResult<PairingCode>)
    const opened = await openDesk(name)
    const status = expectOk(
      (await opened.desk.call('link.pair', { address: server.address, code: code.code }, {})) as ApiResult<LinkStatus>
    )
    await until(() => opened.desk.status().online, 5_000, `${name} online`)
    const signIn = async (username: string, password: string) =>
      expectOk((await opened.desk.call('staff.signIn', { username, password }, {})) as ApiResult<{ token: string }>)
        .token
    return { ...opened, code, status, signIn }
  }

  return {
    root,
    serverDir,
    clock,
    certificate,
    rooms,
    items,
    bill,
    get core() {
      return core
    },
    get server() {
      return server
    },
    get address() {
      return server.address
    },
    asAdmin,
    adminSession,
    openDesk,
    pairCounter,
    startServer,
    /** Stops the server (its core too), as a crash would: nothing is backed up or said goodbye to. */
    async stopServer() {
      await server.close()
      core.close()
    },
    async reopenServer(cert = certificate) {
      await startServer(cert)
      adminToken = await adminSession()
    },
    async cleanup() {
      for (const desk of desks) desk.close()
      await server.close().catch(() => undefined)
      core.close()
      root.cleanup()
    }
  }
}

export type Office = Awaited<ReturnType<typeof setUpOffice>>
