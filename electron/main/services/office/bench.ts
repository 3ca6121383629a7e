import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { formatFen } from '../../../../shared/domain/money'
import type { PasswordHasher } from '../../core/passwords'
import { CounterLink } from '../../office/link'
import { pairWithServer } from '../../office/pair'
import { ms, summarize } from '../../tools/bench/stats'
import type { BenchOutcome } from '../../tools/capability'
import { freePort, pairingCodes, startServerProcess, stopServerProcess } from './bench-server'

/**
 * 多前台 (issue 14's Performance): 10 counters paired with one office server (its own process, on
 * loopback) issue receipts concurrently for 60 s, each a month of a room's property fee prepaid
 * through `fees.pay` over HTTPS. Afterwards, from the database: every receipt acknowledged exists,
 * each counter's series is gapless, no receivable is settled twice. Target: p95 of `fees.pay` over
 * the network ≤ 25 ms; throughput and p50/p95/p99 reported.
 */
const TARGET_P95_MS = 25
const STAFF = ['cashier', 'clerk1', 'clerk2', 'super', 'manager']

interface Counter {
  link: CounterLink
  session: string
  rooms: number[]
}

async function openCounters(
  dataDir: string,
  codes: string[],
  port: number,
  now: Date,
  rooms: number[]
): Promise<Counter[]> {
  const counters: Counter[] = []
  for (const [i, code] of codes.entries()) {
    const paired = await pairWithServer(`https://127.0.0.1:${port}`, code, 'zh-CN', () => now)
    if ('failure' in paired)
      throw new Error(`pairing refused: ${paired.failure.ok ? '' : paired.failure.error.message}`)
    const link = new CounterLink(paired.config)
    await link.start()
    const signIn = await link.call('staff.signIn', { username: STAFF[i % STAFF.length], password: 'demo1234' }, {})
    if (!signIn.ok) throw new Error(`sign-in refused: ${signIn.error.message}`)
    counters.push({
      link,
      session: (signIn.data as { token: string }).token,
      rooms: rooms.filter((_, k) => k % codes.length === i)
    })
  }
  return counters
}

/**
 * A receipt about every this many ms per counter (with jitter, so the counters collide at random):
 * ten receipts a second for the office, ten times a busy office's peak. Unpaced, the counters would
 * only measure the disk's queue: every commit is fsynced (synchronous=FULL) on one server.
 */
const PACE_MS = 1_000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** One counter's loop until `until`: a month prepaid per receipt, round its rooms. */
async function work(
  counter: Counter,
  property: number,
  until: number,
  timings: number[],
  acknowledged: string[],
  refused: string[]
) {
  const { link, session } = counter
  for (let i = 0; performance.now() < until; i++) {
    await sleep(PACE_MS * (0.5 + Math.random()))
    const roomId = counter.rooms[i % counter.rooms.length]!
    const account = await link.call('fees.account', { roomId }, { session })
    if (!account.ok) throw new Error(`fees.account refused: ${account.error.message}`)
    const monthly = (account.data as { prepayable: { itemId: number; monthlyFen: number }[] }).prepayable.find(
      (p) => p.itemId === property
    )
    if (!monthly) continue
    const amount = formatFen(monthly.monthlyFen, { grouping: false })
    const input = {
      roomId,
      prepay: [{ itemId: property, months: 1 }],
      payerName: '业主',
      payments: [{ method: 'cash', amount }],
      tendered: amount,
      expectedTotal: amount
    }
    const started = performance.now()
    const paid = await link.call('fees.pay', input, { session, requestId: randomUUID() })
    timings.push(performance.now() - started)
    if (paid.ok) acknowledged.push((paid.data as { code: string }).code)
    else refused.push(paid.error.message)
  }
}

/** What the database says afterwards: missing receipts, series with holes, receivables settled twice. */
function check(dataDir: string, acknowledged: string[]) {
  const db = new Database(join(dataDir, 'frontdesk.db'), { readonly: true })
  try {
    const codes = new Set((db.prepare(`SELECT code FROM receipts`).all() as { code: string }[]).map((r) => r.code))
    const missing = acknowledged.filter((c) => !codes.has(c))
    const holes = db
      .prepare(
        `SELECT s.prefix FROM receipt_series s JOIN counters c ON c.id = s.counter_id WHERE c.name LIKE '压测前台%'
         AND (SELECT count(*) FROM receipts r WHERE r.series_id = s.id) != s.last_number`
      )
      .all() as { prefix: string }[]
    const twice = db
      .prepare(
        `SELECT count(*) AS n FROM (SELECT l.receivable_id FROM receipt_lines l JOIN receipts r ON r.id = l.receipt_id
         WHERE l.receivable_id IS NOT NULL AND r.kind = 'payment' AND r.id NOT IN (SELECT receipt_id FROM receipt_voids)
         GROUP BY l.receivable_id HAVING count(*) > 1)`
      )
      .get() as { n: number }
    return { missing, holes: holes.map((h) => h.prefix), twice: twice.n }
  } finally {
    db.close()
  }
}

export async function benchOffice(
  dataDir: string,
  passwords: PasswordHasher,
  now: Date,
  options: { seconds?: number; counters?: number; serverScript?: string } = {}
): Promise<BenchOutcome> {
  const { seconds = 60, counters = 10 } = options
  const codes = await pairingCodes(dataDir, passwords, now, counters)
  const setup = new Database(join(dataDir, 'frontdesk.db'), { readonly: true })
  const property = (
    setup.prepare(`SELECT id FROM fee_items WHERE category = 'property' ORDER BY id`).get() as { id: number }
  ).id
  const rooms = (
    setup
      .prepare(`SELECT id FROM rooms WHERE type = 'residence' AND status != 'undelivered' ORDER BY id LIMIT 2000`)
      .all() as { id: number }[]
  ).map((r) => r.id)
  setup.close()
  const port = await freePort()
  const server = await startServerProcess(dataDir, port, now, options.serverScript)
  const timings: number[] = []
  const acknowledged: string[] = []
  const refused: string[] = []
  let open: Counter[] = []
  try {
    open = await openCounters(dataDir, codes, port, now, rooms)
    const started = performance.now()
    const until = started + seconds * 1000
    await Promise.all(open.map((c) => work(c, property, until, timings, acknowledged, refused)))
    const elapsed = (performance.now() - started) / 1000
    for (const c of open) c.link.close()
    await stopServerProcess(server)
    return report({ timings, acknowledged, refused, elapsed, counters, facts: check(dataDir, acknowledged) })
  } finally {
    for (const c of open) c.link.close()
    await stopServerProcess(server)
  }
}

function report(r: {
  timings: number[]
  acknowledged: string[]
  refused: string[]
  elapsed: number
  counters: number
  facts: ReturnType<typeof check>
}): BenchOutcome {
  const s = summarize(r.timings)
  const lines = [
    `office: ${r.counters} counters × ${r.elapsed.toFixed(0)} s over HTTPS, a receipt about every ${PACE_MS / 1000} s each: ${r.acknowledged.length} receipts (${(r.acknowledged.length / r.elapsed).toFixed(1)}/s), ${r.refused.length} refused`,
    `office: fees.pay over the network p50 ${ms(s.p50)} p95 ${ms(s.p95)} p99 ${ms(s.p99)} max ${ms(s.max)} ms (target p95 ≤ ${TARGET_P95_MS})`,
    `office: afterwards ${r.facts.missing.length} acknowledged receipts missing, ${r.facts.holes.length} series with holes, ${r.facts.twice} receivables settled twice`
  ]
  const failures: string[] = []
  if (s.p95 > TARGET_P95_MS) failures.push(`office fees.pay p95 ${s.p95.toFixed(1)} ms > ${TARGET_P95_MS}`)
  if (r.facts.missing.length)
    failures.push(`office: acknowledged receipts missing: ${r.facts.missing.slice(0, 5).join(', ')}`)
  if (r.facts.holes.length) failures.push(`office: series with holes: ${r.facts.holes.join(', ')}`)
  if (r.facts.twice) failures.push(`office: ${r.facts.twice} receivables settled twice`)
  if (r.refused.length) failures.push(`office: ${r.refused.length} payments refused (${r.refused[0]})`)
  return { lines, failures }
}
