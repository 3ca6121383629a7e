import { Core } from '../../core/core'
import type { PasswordHasher } from '../../core/passwords'
import { ms, summarize } from '../../tools/bench/stats'
import type { BenchOutcome } from '../../tools/capability'

/**
 * The 证件 reads the counter and the gate repeat all day, through the real router (validation,
 * session, transaction), on the demo estate: the open renovations, one renovation's drawer, the
 * gate check of a scanned payload and of a typed number with its check code (a mutation: each
 * check is logged), the register the gate page keeps for offline checks, the 工作台's attention
 * lists and the release slips. Targets: p95 ≤ 50 ms for lists, get and check; ≤ 200 ms for the register.
 */

interface Form {
  name: string
  procedure: string
  inputs: unknown[]
  targetMs: number
}

const LIST_TARGET_MS = 50
const REGISTER_TARGET_MS = 200

/** How many rows an answer holds: a list's length, or the top-level lists of an object answer together. */
const rowsOf = (data: unknown): number =>
  Array.isArray(data)
    ? data.length
    : Object.values(data as Record<string, unknown>).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0)

type Sqlite = Core['store']['sqlite']

/** `count` rows of a query, repeated round-robin to fill `rounds` (at least one row, or none). */
function sample<T>(db: Sqlite, query: string, rounds: number): T[] {
  const rows = db.prepare(`${query} ORDER BY random() LIMIT ?`).all(rounds) as T[]
  return rows.length === 0 ? [] : Array.from({ length: rounds }, (_, i) => rows[i % rows.length]!)
}

function forms(db: Sqlite, rounds: number): Form[] {
  const repeat = (input: unknown) => Array.from({ length: rounds }, () => input)
  const renovations = sample<{ id: number }>(db, 'SELECT id FROM renovations', rounds)
  const papers = sample<{ payload: string; number: string; checkCode: string }>(
    db,
    'SELECT payload, number, check_code AS checkCode FROM papers',
    rounds
  )
  return [
    {
      name: 'renovations.list open',
      procedure: 'renovations.list',
      inputs: repeat({ open: true }),
      targetMs: LIST_TARGET_MS
    },
    { name: 'renovations.list (all)', procedure: 'renovations.list', inputs: repeat({}), targetMs: LIST_TARGET_MS },
    {
      name: 'renovations.get',
      procedure: 'renovations.get',
      inputs: renovations.map((r) => ({ renovationId: r.id })),
      targetMs: LIST_TARGET_MS
    },
    {
      name: 'gate.check payload',
      procedure: 'gate.check',
      inputs: papers.map((p) => ({ text: p.payload })),
      targetMs: LIST_TARGET_MS
    },
    {
      name: 'gate.check number + code',
      procedure: 'gate.check',
      inputs: papers.map((p) => ({ text: `${p.number} ${p.checkCode}` })),
      targetMs: LIST_TARGET_MS
    },
    {
      name: 'gate.register',
      procedure: 'gate.register',
      inputs: repeat({}).slice(0, Math.max(10, Math.ceil(rounds / 4))),
      targetMs: REGISTER_TARGET_MS
    },
    { name: 'gate.attention', procedure: 'gate.attention', inputs: repeat({}), targetMs: LIST_TARGET_MS },
    { name: 'releases.list', procedure: 'releases.list', inputs: repeat({}), targetMs: LIST_TARGET_MS }
  ]
}

/** Runs each form `rounds` times as clerk1 at the bench's today; a form with nothing to ask about is skipped. */
export async function benchPermits(
  dataDir: string,
  passwords: PasswordHasher,
  now: Date,
  rounds = 200
): Promise<BenchOutcome> {
  // The demo was built at `now`: validity and "today" are read as of then, as at the counter that day.
  const core = await Core.start({ dataDir, version: 'bench', passwords, now: () => now })
  const signedIn = await core.call('staff.signIn', { username: 'clerk1', password: 'demo1234' })
  if (!signedIn.ok) throw new Error(signedIn.error.message)
  const session = (signedIn.data as { token: string }).token
  const db = core.store.sqlite
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  const lines = [
    `permits (${count('renovations')} renovations, ${count('papers')} papers, ${count('paper_events')} paper events, ${rounds} calls per form)  p50     p95     p99     max   rows`
  ]
  const failures: string[] = []
  let calls = 0
  try {
    for (const form of forms(db, rounds)) {
      if (form.inputs.length === 0) {
        lines.push(`  ${form.name.padEnd(36)} skipped (nothing in the demo to ask about)`)
        continue
      }
      const times: number[] = []
      let rows = 0
      for (const input of form.inputs) {
        // gate.check is a mutation (each check is logged): it needs its own request id.
        const requestId = `bench-permits-${++calls}`
        const t0 = performance.now()
        const result = await core.call(form.procedure, input, { session, requestId })
        times.push(performance.now() - t0)
        if (!result.ok) throw new Error(`${form.procedure}: ${result.error.message}`)
        rows = Math.max(rows, rowsOf(result.data))
      }
      const s = summarize(times)
      lines.push(
        `  ${form.name.padEnd(36)} ${ms(s.p50)} ${ms(s.p95)} ${ms(s.p99)} ${ms(s.max)} ${String(rows).padStart(6)}`
      )
      if (s.p95 > form.targetMs) failures.push(`${form.name} p95 ${s.p95.toFixed(2)} ms > ${form.targetMs} ms`)
    }
  } finally {
    core.close()
  }
  return { lines, failures }
}
