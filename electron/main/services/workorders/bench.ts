import { Core } from '../../core/core'
import type { PasswordHasher } from '../../core/passwords'
import { localDate } from '../../../../shared/kernel/calendar'
import { ms, summarize } from '../../tools/bench/stats'

/**
 * The 报修投诉 reads a counter repeats all day, through the real router (validation, session,
 * transaction), on the demo estate: the work orders' list (all, due today, overdue, searched),
 * the complaints' list, the 工作台's due card and the month's statistics. Every row's deadlines
 * are computed on each read, so these are the ones that grow with the history.
 * Targets: p95 ≤ 50 ms for a list and the due card, ≤ 200 ms for the month's statistics.
 */

interface Form {
  name: string
  procedure: string
  inputs: unknown[]
  targetMs: number
}

export interface WorkOrderBench {
  lines: string[]
  failures: string[]
}

const LIST_TARGET_MS = 50

/** How many rows an answer holds: a list's length, or the top-level lists of an object answer together. */
const rowsOf = (data: unknown): number =>
  Array.isArray(data)
    ? data.length
    : Object.values(data as Record<string, unknown>).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0)
const MONTH_TARGET_MS = 200

/** What the demo holds to search for: order numbers, reporters, room codes' beginnings. */
function searchTerms(db: Core['store']['sqlite'], count: number): string[] {
  const rows = db
    .prepare(
      `SELECT w.number, w.reporter, r.code FROM work_orders w JOIN rooms r ON r.id = w.room_id ORDER BY random() LIMIT ?`
    )
    .all(count) as { number: string; reporter: string | null; code: string }[]
  // In turn a number, a reporter's name and a room code, as a clerk types them.
  return rows.map((r, i) => [r.number, r.reporter || r.code, r.code][i % 3]!)
}

function forms(db: Core['store']['sqlite'], now: Date, rounds: number): Form[] {
  const repeat = (input: unknown) => Array.from({ length: rounds }, () => input)
  const terms = searchTerms(db, rounds)
  const period = localDate(now).slice(0, 7)
  return [
    { name: 'workOrders.list (all, 500)', procedure: 'workOrders.list', inputs: repeat({}), targetMs: LIST_TARGET_MS },
    {
      name: 'workOrders.list due=today',
      procedure: 'workOrders.list',
      inputs: repeat({ due: 'today' }),
      targetMs: LIST_TARGET_MS
    },
    {
      name: 'workOrders.list due=overdue',
      procedure: 'workOrders.list',
      inputs: repeat({ due: 'overdue' }),
      targetMs: LIST_TARGET_MS
    },
    {
      name: 'workOrders.list search',
      procedure: 'workOrders.list',
      inputs: terms.map((search) => ({ search })),
      targetMs: LIST_TARGET_MS
    },
    { name: 'complaints.list (all, 500)', procedure: 'complaints.list', inputs: repeat({}), targetMs: LIST_TARGET_MS },
    {
      name: 'complaints.list due=today',
      procedure: 'complaints.list',
      inputs: repeat({ due: 'today' }),
      targetMs: LIST_TARGET_MS
    },
    { name: 'workOrderStats.due', procedure: 'workOrderStats.due', inputs: repeat({}), targetMs: LIST_TARGET_MS },
    {
      name: `workOrderStats.month ${period}`,
      procedure: 'workOrderStats.month',
      inputs: repeat({ period }).slice(0, Math.max(10, Math.ceil(rounds / 5))),
      targetMs: MONTH_TARGET_MS
    }
  ]
}

/** Runs each form `rounds` times as clerk1 at the bench's today; a procedure not registered yet is skipped. */
export async function benchWorkOrders(
  dataDir: string,
  passwords: PasswordHasher,
  now: Date,
  rounds = 200
): Promise<WorkOrderBench> {
  // The demo was built at `now`: the deadlines are read as of then, as at the counter that day.
  const core = await Core.start({ dataDir, version: 'bench', passwords, now: () => now })
  const signedIn = await core.call('staff.signIn', { username: 'clerk1', password: 'demo1234' })
  if (!signedIn.ok) throw new Error(signedIn.error.message)
  const session = (signedIn.data as { token: string }).token
  const db = core.store.sqlite
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  const lines = [
    `workorders (${count('work_orders')} orders, ${count('complaints')} complaints, ${rounds} calls per form)  p50     p95     p99     max   rows`
  ]
  const failures: string[] = []
  try {
    for (const form of forms(db, now, rounds)) {
      const first = await core.call(form.procedure, form.inputs[0], { session })
      if (!first.ok && first.error.code === 'UNKNOWN_PROCEDURE') {
        lines.push(`  ${form.name.padEnd(36)} skipped (not registered)`)
        continue
      }
      if (!first.ok) throw new Error(`${form.procedure}: ${first.error.message}`)
      const times: number[] = []
      let rows = 0
      for (const input of form.inputs) {
        const t0 = performance.now()
        const result = await core.call(form.procedure, input, { session })
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
