import { cpSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyDataDir } from '../../electron/main/tools/verify/verify'
import { tempDir } from '../helpers/core'
import { billInput, prepayInput, setUpBilling } from '../helpers/fees'

/**
 * Someone with the database file and a SQLite shell, going around FrontDesk. Each attack is tried
 * twice on its own copy of one data folder: as is, where the guard trigger must refuse it and leave
 * the folder verifying clean; and after dropping the guards it needs, where `npm run verify` must
 * name what was done — the row where it can, the dropped guard always.
 */
interface Receipt {
  id: number
  code: string
}
let tmp: ReturnType<typeof tempDir>
let receipts: Receipt[] = []
let unpaidBill = 0
let copies = 0

beforeAll(async () => {
  tmp = tempDir('frontdesk-fault-tamper-')
  const env = await setUpBilling(join(tmp.dir, 'base'))
  await env.admin.fees.generateBills({ period: '2026-10', itemIds: [env.items.property.id] })
  const [bill] = (await env.account(env.rooms.r3_2_1502)).unpaid
  unpaidBill = (await env.account(env.rooms.r3_1_101)).unpaid[0]!.id
  receipts = [
    await env.payOk(billInput(env, bill!.id)),
    await env.payOk(prepayInput(env, 3, '667.95')),
    await env.payOk(prepayInput(env, 1, '222.65'))
  ]
  env.core.close()
})
afterAll(() => tmp.cleanup())

/** Runs `sql` on a fresh copy of the folder; returns the error SQLite raised, if any, and verify's report. */
function attack(sql: string): { refusal: string | null; ok: boolean; report: string } {
  const dir = join(tmp.dir, `copy-${++copies}`)
  cpSync(join(tmp.dir, 'base'), dir, { recursive: true })
  const sqlite = new Database(join(dir, 'frontdesk.db'))
  let refusal: string | null = null
  try {
    sqlite.exec(`BEGIN; ${sql}; COMMIT;`)
  } catch (error) {
    refusal = (error as Error).message
  } finally {
    sqlite.close()
  }
  const outcome = verifyDataDir(dir)
  return { refusal, ok: outcome.ok, report: outcome.lines.join('\n') }
}

interface Attack {
  name: string
  sql: () => string
  refusedWith: RegExp
  guards: string[]
  /** What verify says once the guards are gone: the row named. */
  reported: () => (string | RegExp)[]
}

const first = () => receipts[0]!
const last = () => receipts[2]!
const ATTACKS: Attack[] = [
  {
    name: 'a receipt total lowered',
    sql: () => `UPDATE receipts SET total_fen = 100 WHERE id = ${first().id}`,
    refusedWith: /receipts are append-only/,
    guards: ['receipts_no_update'],
    reported: () => [`receipts id ${first().id} (${first().code}) does not match its hash`]
  },
  {
    name: 'a payment method changed after the fact',
    sql: () => `UPDATE payments SET method = 'wechat' WHERE receipt_id = ${first().id}`,
    refusedWith: /append-only/,
    guards: ['payments_no_update'],
    reported: () => [`receipts id ${first().id} (${first().code}) does not match its hash`]
  },
  {
    name: 'a paid bill owed again without a void',
    sql: () => `UPDATE receivables SET paid_receipt_id = NULL WHERE paid_receipt_id = ${first().id}`,
    refusedWith: /owed again only by voiding its receipt/,
    guards: ['receivables_unsettled_by_void'],
    reported: () => [
      new RegExp(`receivables id \\d+ \\(${first().code}\\) is named by a valid receipt but marked unpaid`)
    ]
  },
  {
    name: 'an unpaid bill marked paid by a receipt that did not take it',
    sql: () => `UPDATE receivables SET paid_receipt_id = ${first().id} WHERE id = ${unpaidBill}`,
    refusedWith: /settled only by the receipt issued for it/,
    guards: ['receivables_settled_by_receipt'],
    reported: () => [
      `receivables id ${unpaidBill} (${first().code}) is marked paid by a receipt that does not settle it`
    ]
  },
  {
    name: 'the series jumped: numbers taken without receipts',
    sql: () => `UPDATE receipt_series SET last_number = last_number + 5`,
    refusedWith: /counts one by one/,
    guards: ['receipt_series_one_by_one'],
    reported: () => ['counter at 8, the series counter does not match the last receipt']
  },
  {
    name: 'a forged receipt slipped in past a gap in the series',
    sql: () =>
      `INSERT INTO receipts (series_id, number, code, kind, room_id, payer_name, total_fen, issued_at, staff_id, shift_id)
       SELECT series_id, number + 2, 'SJ-FORGED', kind, room_id, payer_name, total_fen, issued_at, staff_id, shift_id
       FROM receipts WHERE id = ${last().id}`,
    refusedWith: /takes the next number of its series/,
    guards: ['receipts_numbered_next'],
    reported: () => [/receipts id \d+ \(SJ-FORGED\) follows a missing receipt number/]
  },
  {
    name: 'the last receipt deleted with its lines and payments',
    sql: () =>
      `DELETE FROM payments WHERE receipt_id = ${last().id}; DELETE FROM receipt_lines WHERE receipt_id = ${last().id};
       DELETE FROM receivables WHERE paid_receipt_id = ${last().id}; DELETE FROM receipts WHERE id = ${last().id}`,
    refusedWith: /append-only|kept/,
    guards: ['payments_no_delete', 'receipt_lines_no_delete', 'receivables_no_delete', 'receipts_no_delete'],
    reported: () => ['counter at 3, the series counter does not match the last receipt']
  },
  {
    name: 'a stored answer of the request log edited (what a repeated request would be told)',
    sql: () => `UPDATE request_log SET result = '{"ok":true,"data":{}}'`,
    refusedWith: /request_log is append-only/,
    guards: ['request_log_no_update'],
    reported: () => ['MISSING request_log_no_update']
  },
  {
    name: 'a fee rate the bills were made from deleted',
    sql: () => `DELETE FROM fee_rates WHERE id = (SELECT min(id) FROM fee_rates)`,
    refusedWith: /fee rates are kept/,
    guards: ['fee_rates_no_delete'],
    reported: () => ['MISSING fee_rates_no_delete']
  }
]

describe('tampering with raw SQL', () => {
  for (const a of ATTACKS) {
    it(`${a.name}: refused by its guard, and the folder still verifies clean`, () => {
      const outcome = attack(a.sql())
      expect(outcome.refusal).toMatch(a.refusedWith)
      expect(outcome.report).toContain('result: every chain is whole')
      expect(outcome.ok).toBe(true)
    })

    it(`${a.name}: with ${a.guards.join(', ')} dropped, verify names it`, () => {
      const outcome = attack(`${a.guards.map((g) => `DROP TRIGGER ${g}`).join('; ')}; ${a.sql()}`)
      expect(outcome.refusal).toBeNull()
      expect(outcome.ok).toBe(false)
      for (const line of a.reported()) expect(outcome.report).toMatch(line)
      expect(outcome.report).toContain(`MISSING ${[...a.guards].sort().join(', ')}`)
      expect(outcome.report).toContain('result: BROKEN')
    })
  }
})
