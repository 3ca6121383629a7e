import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Core } from '../../electron/main/core/core'
import { loadOrCreateCertificate } from '../../electron/main/office/certificate'
import { CounterLink } from '../../electron/main/office/link'
import { pairWithServer } from '../../electron/main/office/pair'
import { verifyDataDir } from '../../electron/main/tools/verify/verify'
import type { ApiResult } from '../../shared/kernel/errors'
import type { PairingCode } from '../../shared/office/types'
import { ADMIN, expectOk, tempDir, testClock, testPasswords } from '../helpers/core'
import { until } from '../helpers/office'
import { buildChild } from './child/build-child'
import { seededRandom } from './child/run-child'
import { paymentFacts, setUpManyBills } from './payment-world'

/**
 * kill -9 of the office server while a counter takes payments through it: every payment the
 * counter was told about is on disk, none twice, the series gapless and every chain whole — and
 * the payment whose answer the kill swallowed is sent again by the link with its request id and
 * acts once (the kept session makes it the same cashier's after the restart).
 */
const KILLS = 4
const CLOCK = '2026-11-22T01:00:00.000Z'

let tmp: ReturnType<typeof tempDir>
let child: Awaited<ReturnType<typeof buildChild>>
let dataDir: string
beforeAll(async () => {
  tmp = tempDir('frontdesk-office-kill-')
  dataDir = join(tmp.dir, 'server')
  child = await buildChild(join(import.meta.dirname, 'child', 'office-server.ts'))
  const env = await setUpManyBills(dataDir, 3)
  env.core.close()
})
afterAll(() => {
  child?.cleanup()
  tmp?.cleanup()
})

function startServer(port: number): Promise<{ process: ChildProcess; port: number }> {
  const server = spawn(process.execPath, [child.script, dataDir, CLOCK, String(port)], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stderr = ''
  server.stderr!.on('data', (c: Buffer) => (stderr += c.toString()))
  return new Promise((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`office server exited with ${code}: ${stderr}`)))
    server.stdout!.on('data', (c: Buffer) => {
      const ready = /ready (\d+)/.exec(c.toString())
      if (ready) {
        server.removeAllListeners('exit')
        resolve({ process: server, port: Number(ready[1]) })
      }
    })
  })
}

async function pairingCode(): Promise<string> {
  const certificate = await loadOrCreateCertificate(dataDir)
  const clock = testClock(CLOCK)
  const core = await Core.start({
    dataDir,
    version: '0.0.0-fault',
    now: clock.now,
    passwords: testPasswords,
    office: { listen: '127.0.0.1:0', fingerprint: certificate.fingerprint }
  })
  const token = expectOk(
    (await core.call('staff.signIn', { username: ADMIN.username, password: ADMIN.password })) as ApiResult<{
      token: string
    }>
  ).token
  const made = await core.call(
    'office.createPairingCode',
    { counterName: '二号前台' },
    { session: token, requestId: randomUUID() }
  )
  core.close()
  return expectOk(made as ApiResult<PairingCode>).code
}

describe('kill -9 of the office server mid-payment', () => {
  it('loses nothing acknowledged, and the retried request acts once', async () => {
    const code = await pairingCode()
    let server = await startServer(0)
    const paired = await pairWithServer(`https://127.0.0.1:${server.port}`, code, 'zh-CN', () => new Date(CLOCK))
    if (!('config' in paired)) throw new Error(JSON.stringify(paired.failure))
    const link = new CounterLink(paired.config, { retryMs: 20_000, reconnectMs: 100 })
    link.start()
    await until(() => link.status().online, 5_000, 'online')
    const signIn = await link.call('staff.signIn', { username: 'cashier1', password: 'pass1234' }, {})
    const session = expectOk(signIn as ApiResult<{ token: string }>).token
    const bills = await unpaidBills(link, session)
    const random = seededRandom(20261203)
    const acknowledged = new Map<string, number>()
    let kills = 0
    for (const bill of bills.slice(0, 30)) {
      const answer = link.call('fees.pay', bill.input, { session, requestId: randomUUID() })
      if (kills < KILLS && random() < 0.3) {
        kills += 1
        await new Promise((resolve) => setTimeout(resolve, random() * 12))
        server.process.kill('SIGKILL')
        await new Promise((resolve) => server.process.once('exit', resolve))
        server = await startServer(server.port)
      }
      const paid = expectOk((await answer) as ApiResult<{ code: string }>)
      acknowledged.set(paid.code, bill.id)
      await until(() => link.status().online, 5_000, 'back online')
    }
    link.close()
    server.process.kill('SIGKILL')
    expect(kills).toBe(KILLS)

    const facts = paymentFacts(dataDir)
    expect(facts.integrity).toBe('ok')
    expect(facts.paidTwice).toEqual([])
    for (const [receipt, bill] of acknowledged) expect(facts.settledBy.get(bill)).toBe(receipt)
    const own = facts.receipts.filter((r) => r.code.startsWith('SJ2-'))
    expect(own.map((r) => r.number)).toEqual(own.map((_, i) => i + 1))
    expect(own).toHaveLength(acknowledged.size)
    expect(verifyDataDir(dataDir).ok).toBe(true)
  }, 120_000)
})

async function unpaidBills(link: CounterLink, session: string) {
  const rooms = await link.call('search.global', { q: '3-1-1' }, { session })
  const hits = expectOk(rooms as ApiResult<{ roomId: number }[]>)
  const bills: { id: number; input: Record<string, unknown> }[] = []
  for (const hit of hits) {
    const account = expectOk(
      (await link.call('fees.account', { roomId: hit.roomId }, { session })) as ApiResult<{
        unpaid: { id: number; amountFen: number }[]
      }>
    )
    for (const bill of account.unpaid) {
      const amount = (bill.amountFen / 100).toFixed(2)
      bills.push({
        id: bill.id,
        input: {
          roomId: hit.roomId,
          receivableIds: [bill.id],
          payerName: '业主',
          payments: [{ method: 'cash', amount }],
          expectedTotal: amount
        }
      })
    }
  }
  return bills
}
