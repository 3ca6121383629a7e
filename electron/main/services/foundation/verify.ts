import { eq } from 'drizzle-orm'
import { checkChains, lastChainCheck } from '../../../../db/chain-tail'
import { missingTriggers, settlementBreaks } from '../../../../db/guards'
import { MIGRATIONS } from '../../../../db/migrations'
import type { Db, Store } from '../../../../db/open'
import { settings } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import { SETTLEMENT_BREAKS_SHOWN, type CheckState, type VerifyResult } from '../../../../shared/foundation/verify'
import { handle } from '../../core/handler'

/** Where the last 校验 is kept (settings, JSON), beside chain-tail's `lastChainCheck`. */
const LAST_VERIFY_KEY = 'lastVerify'

function readLastVerify(db: Db): VerifyResult | null {
  const row = db.select().from(settings).where(eq(settings.key, LAST_VERIFY_KEY)).get()
  return row ? (JSON.parse(row.value) as VerifyResult) : null
}

function writeLastVerify(db: Db, result: VerifyResult): void {
  const value = JSON.stringify(result)
  db.insert(settings)
    .values({ key: LAST_VERIFY_KEY, value })
    .onConflictDoUpdate({ target: settings.key, set: { value } })
    .run()
}

/**
 * The same checks as `npm run verify` (tools/verify), on the open database: every chain
 * re-computed from its first row (checkChains records it as the last full check and moves the
 * start-up checkpoints on when all is whole), the guard triggers and the settlement of bills.
 */
export function verifyStore(store: Store, now: Date): VerifyResult {
  const report = checkChains(store.sqlite, 'full', now)
  const triggers = missingTriggers(store.sqlite, MIGRATIONS)
  const settlement = settlementBreaks(store.sqlite)
  return {
    at: now.toISOString(),
    ok: report.ok && triggers.length === 0 && settlement.length === 0,
    chains: report.chains.map((c) => ({ chain: c.chain, table: c.table, rows: c.rows, broken: c.broken })),
    missingTriggers: triggers,
    settlementBreaks: settlement.slice(0, SETTLEMENT_BREAKS_SHOWN),
    settlementBreakCount: settlement.length
  }
}

const verify = handle(api.system.verify, {
  run(ctx) {
    const result = verifyStore(ctx.store, ctx.now())
    writeLastVerify(ctx.db, result)
    const firstBreak = result.chains.find((c) => c.broken)?.broken
    ctx.audit({
      entityType: 'database',
      summaryKey: result.ok ? 'audit.verifyOk' : 'audit.verifyBroken',
      summaryParams: {
        rows: result.chains.reduce((n, c) => n + c.rows, 0),
        table: firstBreak?.table ?? '—',
        rowid: firstBreak?.rowid ?? '—',
        triggers: result.missingTriggers.length,
        settlement: result.settlementBreakCount
      }
    })
    return result
  }
})

const checks = handle(api.system.checks, {
  run(ctx): CheckState {
    return { lastVerify: readLastVerify(ctx.db), lastChainCheck: lastChainCheck(ctx.store.sqlite) }
  }
})

export const verifyHandlers = [verify, checks]
