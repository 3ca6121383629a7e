import { cpSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyDataDir } from '../../../electron/main/tools/verify/verify'
import { tempDir } from '../../helpers/core'
import { prepayInput, setUpCounter } from '../../helpers/fees'

let tmp: ReturnType<typeof tempDir>
let receipts: { id: number; code: string }[]
let copies = 0

beforeAll(async () => {
  tmp = tempDir()
  const env = await setUpCounter(join(tmp.dir, 'base'))
  const first = (await env.payOk(prepayInput(env, 3, '667.95'))) as { id: number; code: string }
  const second = (await env.payOk(prepayInput(env, 2, '445.30'))) as { id: number; code: string }
  receipts = [first, second]
  const voided = await env.mutate('fees.void', { receiptId: second.id, reason: '收错' }, env.cashierToken)
  expect(voided.ok).toBe(true)
  const third = (await env.payOk(prepayInput(env, 1, '222.65'))) as { id: number; code: string }
  receipts.push(third)
  env.core.close()
})
afterAll(() => tmp.cleanup())

/** A copy of the data folder with `sql` run on it around FrontDesk, then verified. */
function tampered(sql: string) {
  const dir = join(tmp.dir, `copy-${++copies}`)
  cpSync(join(tmp.dir, 'base'), dir, { recursive: true })
  const sqlite = new Database(join(dir, 'frontdesk.db'))
  sqlite.exec(sql)
  sqlite.close()
  const outcome = verifyDataDir(dir)
  console.log(`-- ${sql}\n${outcome.lines.join('\n')}`)
  return outcome
}

describe('npm run verify', () => {
  it('finds every chain whole after the counter worked normally', () => {
    const outcome = verifyDataDir(join(tmp.dir, 'base'))
    expect(outcome.lines.join('\n')).toContain('result: every chain is whole')
    expect(outcome.ok).toBe(true)
  })

  it('names the receipt whose total was edited behind a dropped trigger', () => {
    const { ok, lines } = tampered(
      `DROP TRIGGER receipts_no_update; UPDATE receipts SET total_fen = 1 WHERE id = ${receipts[0]!.id}`
    )
    expect(ok).toBe(false)
    const text = lines.join('\n')
    expect(text).toContain(`receipts id ${receipts[0]!.id} (${receipts[0]!.code}) does not match its hash`)
    expect(text).toContain('MISSING receipts_no_update')
  })

  it('names a bill un-settled without a void', () => {
    const { ok, lines } = tampered(
      `DROP TRIGGER receivables_unsettled_by_void; UPDATE receivables SET paid_receipt_id = NULL WHERE paid_receipt_id = ${receipts[2]!.id}`
    )
    expect(ok).toBe(false)
    expect(lines.join('\n')).toMatch(
      new RegExp(`receivables id \\d+ \\(${receipts[2]!.code}\\) is named by a valid receipt but marked unpaid`)
    )
  })

  it('names a series counted without its receipt', () => {
    const { ok, lines } = tampered(
      `DROP TRIGGER receipt_series_one_by_one; UPDATE receipt_series SET last_number = last_number + 1`
    )
    expect(ok).toBe(false)
    expect(lines.join('\n')).toContain('counter at 4, the series counter does not match the last receipt')
  })

  it('names the row after a deleted audit row, and a removed request log or fee rate by its dropped guard', () => {
    const audit = tampered(`DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 3`)
    expect(audit.lines.join('\n')).toContain('audit_log id 4')
    const request = tampered(`DROP TRIGGER request_log_no_delete; DELETE FROM request_log`)
    expect(request.lines.join('\n')).toContain('MISSING request_log_no_delete')
    const rate = tampered(`DROP TRIGGER request_log_no_update; UPDATE request_log SET result = '{}'`)
    expect(rate.lines.join('\n')).toContain('MISSING request_log_no_update')
    const fee = tampered(`DROP TRIGGER fee_rates_no_delete`)
    expect(fee.ok).toBe(false)
  })

  it('names a void whose reason was changed', () => {
    const { lines } = tampered(`DROP TRIGGER receipt_voids_no_update; UPDATE receipt_voids SET reason = '改了'`)
    expect(lines.join('\n')).toContain(`(${receipts[1]!.code}) does not match its hash`)
  })
})
