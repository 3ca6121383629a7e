import { existsSync } from 'node:fs'
import Database from 'better-sqlite3'
import { verifyChains, type ChainBreak, type ChainReport } from '../../../../db/chain-verify'
import { dataPaths } from '../../../../db/open'
import { MIGRATIONS } from '../../../../db/migrations'
import { missingTriggers, settlementBreaks } from '../../../../db/guards'

export interface VerifyOutcome {
  ok: boolean
  lines: string[]
}

const REASONS: Record<ChainBreak['reason'], string> = {
  altered: 'does not match its hash: it was changed after it was written, or the row before it was changed or removed',
  unsealed: 'has no hash: it was written around FrontDesk',
  numberGap: 'follows a missing receipt number',
  counterMismatch: 'the series counter does not match the last receipt: numbers were taken or receipts removed',
  checkpointChanged: 'was verified before and has changed since'
}

export function describeBreak(b: ChainBreak): string {
  if (b.reason === 'counterMismatch') return `${b.label}: counter at ${b.position}, ${REASONS.counterMismatch}`
  const row = b.rowid === null ? `${b.table} at ${b.position}` : `${b.table} id ${b.rowid}`
  const label = b.label ? ` (${b.label})` : ''
  return `${row}${label} ${REASONS[b.reason]}`
}

function chainLine(c: ChainReport): string {
  const head = c.head ? `head ${c.head.position} ${c.head.hash.slice(0, 16)}…` : 'empty'
  const state = c.broken ? `BROKEN: ${describeBreak(c.broken)}` : 'ok'
  return `  ${c.chain.padEnd(20)} ${String(c.rows).padStart(7)} rows  ${head.padEnd(28)} ${state}`
}

/**
 * `npm run verify -- --data-dir DIR`: re-computes every hash chain of the database in DIR and runs
 * the full integrity_check, reading only (the file is opened read-only, nothing is written or
 * migrated). Each chain reports its first broken link with the row it names.
 */
export function verifyDataDir(dataDir: string): VerifyOutcome {
  const { databaseFile } = dataPaths(dataDir)
  if (!existsSync(databaseFile)) return { ok: false, lines: [`no database at ${databaseFile}`] }
  const sqlite = new Database(databaseFile, { readonly: true, fileMustExist: true })
  try {
    const lines = [`FrontDesk verify: ${databaseFile}`]
    const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check)
    const fileOk = integrity.length === 1 && integrity[0] === 'ok'
    lines.push(`integrity_check: ${fileOk ? 'ok' : integrity.slice(0, 5).join('; ')}`)
    const hashed = (sqlite.prepare(`PRAGMA table_info(receipts)`).all() as { name: string }[]).some(
      (c) => c.name === 'hash'
    )
    if (!hashed)
      return { ok: false, lines: [...lines, 'this database has no hash chains yet: open it once in FrontDesk'] }
    const report = verifyChains(sqlite)
    lines.push('hash chains:', ...report.chains.map(chainLine))
    const triggers = missingTriggers(sqlite, MIGRATIONS)
    lines.push(`guard triggers: ${triggers.length ? `MISSING ${triggers.join(', ')}` : 'all present'}`)
    const settlement = settlementBreaks(sqlite)
    lines.push(
      `settlement: ${settlement.length ? 'BROKEN' : 'every bill is settled by the valid receipt that names it'}`
    )
    for (const b of settlement.slice(0, 20))
      lines.push(
        `  receivables id ${b.receivableId} (${b.receiptCode}) ${b.reason === 'paidWithoutReceipt' ? 'is marked paid by a receipt that does not settle it' : 'is named by a valid receipt but marked unpaid, without a void'}`
      )
    const ok = fileOk && report.ok && triggers.length === 0 && settlement.length === 0
    lines.push(ok ? 'result: every chain is whole' : 'result: BROKEN — see the rows named above')
    return { ok, lines }
  } finally {
    sqlite.close()
  }
}
