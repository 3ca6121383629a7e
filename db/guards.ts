import type Database from 'better-sqlite3'
import type { Migration } from './migrations'

/**
 * What the hash chains cannot see, checked beside them: the guard triggers the migrations made
 * (a dropped one is how every tamper starts) and the settlement of bills, which is a column of
 * `receivables` rather than a chained row — a bill is paid exactly by the valid receipt that names it.
 */
export function expectedTriggers(migrations: readonly Migration[]): string[] {
  const names = new Set<string>()
  for (const m of migrations)
    for (const statement of m.statements)
      for (const [, verb, name] of statement.matchAll(/\b(CREATE|DROP) TRIGGER (?:IF (?:NOT )?EXISTS )?[`"]?(\w+)/gi))
        if (verb!.toUpperCase() === 'CREATE') names.add(name!)
        else names.delete(name!)
  return [...names].sort()
}

export function missingTriggers(sqlite: Database.Database, migrations: readonly Migration[]): string[] {
  const present = new Set(
    (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).all() as { name: string }[]).map(
      (t) => t.name
    )
  )
  return expectedTriggers(migrations).filter((name) => !present.has(name))
}

export interface SettlementBreak {
  receivableId: number
  /** The receipt the bill should be or is settled by. */
  receiptCode: string
  reason: 'paidWithoutReceipt' | 'unpaidWithoutVoid'
}

export function settlementBreaks(sqlite: Database.Database): SettlementBreak[] {
  const paidWithout = sqlite
    .prepare(
      `SELECT r.id AS receivableId, rc.code AS receiptCode, 'paidWithoutReceipt' AS reason
       FROM receivables r JOIN receipts rc ON rc.id = r.paid_receipt_id
       WHERE NOT EXISTS (SELECT 1 FROM receipt_lines l WHERE l.receipt_id = rc.id AND l.receivable_id = r.id)
          OR EXISTS (SELECT 1 FROM receipt_voids v WHERE v.receipt_id = rc.id)
       ORDER BY r.id`
    )
    .all() as SettlementBreak[]
  const unpaidWithout = sqlite
    .prepare(
      `SELECT r.id AS receivableId, rc.code AS receiptCode, 'unpaidWithoutVoid' AS reason
       FROM receipt_lines l JOIN receipts rc ON rc.id = l.receipt_id JOIN receivables r ON r.id = l.receivable_id
       WHERE rc.kind = 'payment' AND r.paid_receipt_id IS NOT rc.id
         AND NOT EXISTS (SELECT 1 FROM receipt_voids v WHERE v.receipt_id = rc.id)
       ORDER BY r.id`
    )
    .all() as SettlementBreak[]
  return [...paidWithout, ...unpaidWithout]
}
