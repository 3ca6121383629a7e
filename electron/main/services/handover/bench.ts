import { randomUUID } from 'node:crypto'
import { formatFen } from '../../../../shared/domain/money'
import { Core } from '../../core/core'
import type { PasswordHasher } from '../../core/passwords'
import { ms, summarize } from '../../tools/bench/stats'
import type { BenchOutcome } from '../../tools/capability'

/**
 * 交接班 (issue 13's Performance): the handover summary of a busy shift — 1,000 receipts, 200 key
 * movements and 300 open matters — through the real router, target p95 ≤ 50 ms. The receipts are
 * real payments (fees.pay) and the open matters real ledger entries awaiting an answer, both in
 * the counter's open shift, as are the key movements (owners borrowing their keys and bringing them back).
 */

const TARGET_MS = 50
const RECEIPTS = 1000
const KEY_MOVEMENTS = 200
const OPEN_MATTERS = 300

type Call = (procedure: string, input: unknown, session: string) => Promise<unknown>

async function pay(core: Core, call: Call, cashier: string): Promise<void> {
  const db = core.store.sqlite
  const property = (
    db.prepare(`SELECT id FROM fee_items WHERE category = 'property' ORDER BY id`).get() as { id: number }
  ).id
  const rooms = (
    db
      .prepare(`SELECT id FROM rooms WHERE type = 'residence' AND status != 'undelivered' ORDER BY id LIMIT ?`)
      .all(RECEIPTS) as { id: number }[]
  ).map((r) => r.id)
  for (let i = 0; i < RECEIPTS; i += 1) {
    const roomId = rooms[i % rooms.length]!
    const account = (await call('fees.account', { roomId }, cashier)) as {
      prepayable: { itemId: number; monthlyFen: number }[]
    }
    const monthly = account.prepayable.find((p) => p.itemId === property)
    if (!monthly) throw new Error(`room ${roomId} cannot prepay its property fee`)
    const amount = formatFen(monthly.monthlyFen, { grouping: false })
    const method = i % 3 === 0 ? 'wechat' : 'cash'
    await call(
      'fees.pay',
      {
        roomId,
        prepay: [{ itemId: property, months: 1 }],
        payerName: '业主',
        payments: [{ method, amount }],
        ...(method === 'cash' ? { tendered: amount } : {}),
        expectedTotal: amount
      },
      cashier
    )
  }
}

/** Key sets on their hooks, each with the last person who borrowed it (an authorised borrower) and why. */
function keysIn(core: Core) {
  return core.store.sqlite
    .prepare(
      `SELECT ks.id, ks.piece_count AS pieces, b.person_name AS name, b.person_id_tail AS idTail, b.purpose
       FROM key_sets ks JOIN key_movements b ON b.id = (
         SELECT max(m.id) FROM key_movements m WHERE m.key_set_id = ks.id AND m.kind = 'borrow')
       WHERE ks.withdrawn_at IS NULL
         AND (SELECT m.kind FROM key_movements m WHERE m.key_set_id = ks.id ORDER BY m.id DESC LIMIT 1) = 'return'
       ORDER BY ks.id`
    )
    .all() as { id: number; pieces: number; name: string; idTail: string; purpose: string }[]
}

/** Borrowers take keys out and bring them back (two movements each), round the sets until there are enough. */
async function moveKeys(core: Core, session: string, now: Date): Promise<number> {
  const back = new Date(now.getTime() + 2 * 3_600_000)
  const pad = (n: number) => String(n).padStart(2, '0')
  const expectedReturnAt = `${back.getFullYear()}-${pad(back.getMonth() + 1)}-${pad(back.getDate())}T${pad(back.getHours())}:${pad(back.getMinutes())}`
  const request = (procedure: string, input: unknown) =>
    core.call(procedure, input, { session, requestId: randomUUID() })
  // An authorisation that has ended since refuses its borrower: that set is left out.
  const usable = []
  for (const set of keysIn(core)) {
    const { id, name, idTail, purpose } = set
    const borrowed = await request('keys.borrow', { keySetId: id, personName: name, idTail, purpose, expectedReturnAt })
    if (!borrowed.ok) continue
    const returned = await request('keys.return', { keySetId: id, count: set.pieces })
    if (!returned.ok) throw new Error(`keys.return: ${returned.error.message}`)
    usable.push(set)
    if (usable.length * 2 >= KEY_MOVEMENTS) return usable.length * 2
  }
  if (usable.length === 0) throw new Error('no key set of the demo can be lent')
  let moved = usable.length * 2
  for (let i = 0; moved < KEY_MOVEMENTS; i += 1, moved += 2) {
    const { id, name, idTail, purpose, pieces } = usable[i % usable.length]!
    const borrowed = await request('keys.borrow', { keySetId: id, personName: name, idTail, purpose, expectedReturnAt })
    if (!borrowed.ok) throw new Error(`keys.borrow: ${borrowed.error.message}`)
    const returned = await request('keys.return', { keySetId: id, count: pieces })
    if (!returned.ok) throw new Error(`keys.return: ${returned.error.message}`)
  }
  return moved
}

export async function benchHandover(
  dataDir: string,
  passwords: PasswordHasher,
  now: Date,
  rounds = 200
): Promise<BenchOutcome> {
  const core = await Core.start({ dataDir, version: 'bench', passwords, now: () => now })
  try {
    const call: Call = async (procedure, input, session) => {
      const result = await core.call(procedure, input, { session, requestId: randomUUID() })
      if (!result.ok) throw new Error(`${procedure}: ${result.error.message}`)
      return result.data
    }
    const signIn = async (username: string) => {
      const result = await core.call('staff.signIn', { username, password: 'demo1234' })
      if (!result.ok) throw new Error(result.error.message)
      return (result.data as { token: string }).token
    }
    // Everyone signs in to the counter's one open shift: the one the summary is asked about.
    const clerk = await signIn('clerk1')
    const cashier = await signIn('cashier')
    await pay(core, call, cashier)
    const moved = await moveKeys(core, clerk, now)
    for (let i = 0; i < OPEN_MATTERS; i += 1)
      await call(
        'ledger.create',
        {
          channel: 'phone',
          category: 'consult',
          content: `咨询事项 ${i + 1}，待维修部答复`,
          department: '维修部',
          promise: true
        },
        clerk
      )
    const times: number[] = []
    let matters = 0
    for (let i = 0; i < rounds; i += 1) {
      const t0 = performance.now()
      const result = await core.call('handover.summary', {}, { session: clerk })
      times.push(performance.now() - t0)
      if (!result.ok) throw new Error(`handover.summary: ${result.error.message}`)
      const sections = (result.data as { sections: { kind: string; total?: number }[] }).sections
      matters = sections.reduce((n, s) => n + (s.kind === 'matters' ? (s.total ?? 0) : 0), 0)
    }
    const s = summarize(times)
    const lines = [
      `handover (a shift of ${RECEIPTS} receipts, ${moved} key movements, ${matters} open matters, ${rounds} calls)  p50     p95     p99     max`,
      `  ${'handover.summary'.padEnd(36)} ${ms(s.p50)} ${ms(s.p95)} ${ms(s.p99)} ${ms(s.max)}`
    ]
    const failures = s.p95 > TARGET_MS ? [`handover.summary p95 ${s.p95.toFixed(2)} ms > ${TARGET_MS} ms`] : []
    return { lines, failures }
  } finally {
    core.close()
  }
}
