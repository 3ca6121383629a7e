import { randomUUID } from 'node:crypto'
import { Core } from '../../core/core'
import { formatFen } from '../../../../shared/domain/money'
import { nextMonth } from '../../../../shared/kernel/calendar'
import type { PasswordHasher } from '../../core/passwords'
import { ms, summarize, time } from '../../tools/bench/stats'

/**
 * The money hot paths through the real router (validation, session, one immediate transaction
 * with synchronous=FULL, audit row, request-id record), at the benchmark estate's size.
 * Targets: a receipt p95 ≤ 10 ms, a room's unpaid list ≤ 5 ms, a month's bills ≤ 2 s.
 */
export async function benchFees(dataDir: string, passwords: PasswordHasher, rounds = 200) {
  const core = await Core.start({ dataDir, version: 'bench', passwords })
  const token = async (username: string) => {
    const result = await core.call('staff.signIn', { username, password: 'demo1234' })
    if (!result.ok) throw new Error(result.error.message)
    return (result.data as { token: string }).token
  }
  const cashier = await token('cashier')
  const supervisor = await token('super')
  const db = core.store.sqlite
  const property = (
    db.prepare(`SELECT id FROM fee_items WHERE category = 'property' ORDER BY id`).get() as { id: number }
  ).id
  const rooms = (
    db
      .prepare(`SELECT id FROM rooms WHERE type = 'residence' AND status != 'undelivered' ORDER BY random() LIMIT ?`)
      .all(rounds) as { id: number }[]
  ).map((r) => r.id)

  const accountTimes: number[] = []
  const payTimes: number[] = []
  for (const roomId of rooms) {
    const t0 = performance.now()
    const account = await core.call('fees.account', { roomId }, { session: cashier })
    accountTimes.push(performance.now() - t0)
    if (!account.ok) throw new Error(account.error.message)
    const monthly = (account.data as { prepayable: { itemId: number; monthlyFen: number }[] }).prepayable.find(
      (p) => p.itemId === property
    )!
    const amount = formatFen(monthly.monthlyFen, { grouping: false })
    const input = {
      roomId,
      prepay: [{ itemId: property, months: 1 }],
      payerName: '业主',
      payments: [{ method: 'cash', amount }],
      tendered: '1000',
      expectedTotal: amount
    }
    const t1 = performance.now()
    const paid = await core.call('fees.pay', input, { session: cashier, requestId: randomUUID() })
    payTimes.push(performance.now() - t1)
    if (!paid.ok) throw new Error(paid.error.message)
  }
  const nextYear = (
    db.prepare(`SELECT max(period) AS p FROM receivables WHERE period IS NOT NULL`).get() as { p: string }
  ).p
  const period = nextMonth(nextYear)
  const [bills, billMs] = await (async () => {
    const t0 = performance.now()
    const r = await core.call(
      'fees.generateBills',
      { period, itemIds: [property] },
      { session: supervisor, requestId: randomUUID() }
    )
    return [r, performance.now() - t0] as const
  })()
  if (!bills.ok) throw new Error(bills.error.message)
  const created = (bills.data as { created: number }).created
  void time
  core.close()
  const pay = summarize(payTimes)
  const account = summarize(accountTimes)
  return {
    pay,
    account,
    billMs,
    lines: [
      `fees (${rounds} rooms)                          p50     p95     p99     max`,
      `  issue a receipt (fees.pay, router)     ${ms(pay.p50)} ${ms(pay.p95)} ${ms(pay.p99)} ${ms(pay.max)}`,
      `  a room's unpaid list (fees.account)    ${ms(account.p50)} ${ms(account.p95)} ${ms(account.p99)} ${ms(account.max)}`,
      `  a month's bills (${period}, ${created} rooms): ${billMs.toFixed(0)} ms`
    ]
  }
}
