import { describe, expect, it } from 'vitest'
import { eachTest } from '../../helpers/each-test'
import { prepayInput, setUpCounter, type FeesEnv } from '../../helpers/fees'
import { expectOk } from '../../helpers/core'

/**
 * 设置 → 关于 → 校验 (system.verify): the checks of `npm run verify` on the open database, through
 * the router — every chain re-computed, the first broken link named by its row, the guard
 * triggers and the settlement of bills, recorded for 关于 and audited.
 */
let env: FeesEnv
let receipts: { id: number; code: string }[]
eachTest(
  (dir) => setUpCounter(dir),
  async (world) => {
    env = world
    receipts = [
      (await env.payOk(prepayInput(env, 3, '667.95'))) as { id: number; code: string },
      (await env.payOk(prepayInput(env, 1, '222.65'))) as { id: number; code: string }
    ]
  }
)

const tamper = (sql: string) => env.core.store.sqlite.exec(sql)

describe('system.verify', () => {
  it('after normal work every chain is whole, with its row count, and 关于 shows the time of that check', async () => {
    expect(await env.admin.system.checks()).toMatchObject({ lastVerify: null })
    const result = await env.admin.system.verify()
    expect(result.ok).toBe(true)
    const receiptChain = result.chains.find((c) => c.table === 'receipts')!
    expect(receiptChain).toMatchObject({ rows: 2, broken: null })
    expect(receiptChain.chain).toMatch(/^receipts:/)
    expect(result.chains.map((c) => c.table)).toEqual(['receipts', 'receipt_voids', 'key_movements', 'audit_log'])
    expect(result.chains.find((c) => c.table === 'audit_log')!.rows).toBeGreaterThan(5)
    expect(result).toMatchObject({ missingTriggers: [], settlementBreaks: [], settlementBreakCount: 0 })
    expect(result.at).toBe(env.clock.now().toISOString())

    const checks = await env.admin.system.checks()
    expect(checks.lastVerify).toEqual(result)
    // The full check is also the chains' last check: the start-up tail continues from its heads.
    expect(checks.lastChainCheck).toMatchObject({ at: result.at, scope: 'full', ok: true })
    const audit = env.core.store.sqlite
      .prepare(`SELECT summary_key AS summaryKey FROM audit_log WHERE procedure = 'system.verify'`)
      .all()
    expect(audit).toEqual([{ summaryKey: 'audit.verifyOk' }])
  })

  it('names the receipt edited behind a dropped trigger, with its number, and the missing trigger', async () => {
    const [first] = receipts
    tamper(`DROP TRIGGER receipts_no_update; UPDATE receipts SET total_fen = 1 WHERE id = ${first!.id}`)
    const result = await env.admin.system.verify()
    expect(result.ok).toBe(false)
    const chain = result.chains.find((c) => c.table === 'receipts')!
    expect(chain.broken).toEqual({
      table: 'receipts',
      rowid: first!.id,
      label: first!.code,
      position: 1,
      reason: 'altered'
    })
    expect(chain.rows).toBe(0)
    expect(result.missingTriggers).toContain('receipts_no_update')
    expect((await env.admin.system.checks()).lastVerify).toEqual(result)
    const row = env.core.store.sqlite
      .prepare(`SELECT summary_key AS summaryKey FROM audit_log WHERE procedure = 'system.verify'`)
      .get()
    expect(row).toEqual({ summaryKey: 'audit.verifyBroken' })
  })

  it('names the audit row after a deleted one, and a bill un-settled without a void', async () => {
    tamper(`DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 3`)
    tamper(
      `DROP TRIGGER receivables_unsettled_by_void; UPDATE receivables SET paid_receipt_id = NULL WHERE paid_receipt_id = ${receipts[1]!.id}`
    )
    const result = await env.admin.system.verify()
    expect(result.chains.find((c) => c.table === 'audit_log')!.broken).toMatchObject({
      rowid: 4,
      position: 4,
      reason: 'altered'
    })
    expect(result.settlementBreakCount).toBeGreaterThan(0)
    expect(result.settlementBreaks[0]).toMatchObject({ receiptCode: receipts[1]!.code, reason: 'unpaidWithoutVoid' })
  })

  it('is for supervisors, the office manager and the administrator; anyone signed in may read the last result', async () => {
    const clerk = await env.addStaff('clerk9', 'clerk')
    const clerkApi = env.clientFor(await env.signIn(clerk.username, clerk.password))
    expect(await clerkApi.attempt.system.verify()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const boss = await env.addStaff('super9', 'supervisor')
    const bossApi = env.clientFor(await env.signIn(boss.username, boss.password))
    expectOk(await bossApi.attempt.system.verify())
    expect((await clerkApi.system.checks()).lastVerify).toMatchObject({ ok: true })
    // Strict input: nothing but the empty object.
    expect(await env.admin.attempt.system.verify({ full: true } as never)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' }
    })
  })
})
