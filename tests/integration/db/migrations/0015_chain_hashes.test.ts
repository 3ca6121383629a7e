import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type Database from 'better-sqlite3'
import { verifyChains } from '../../../../db/chain-verify'
import { CHAINS } from '../../../../db/chain'
import { tempDir } from '../../../helpers/core'
import {
  columnsOf,
  insertFoundation,
  insertRoomAndOwner,
  insertRow,
  MIGRATION_AT,
  migrationStep
} from '../../../helpers/migrations'

const step = migrationStep('0015_chain_hashes')
let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

/** Two receipts of one series (lines, payments), a void, a key movement and audit rows, at 0014's shape. */
function writeHistory(sqlite: Database.Database) {
  const { staff, counter, shift } = insertFoundation(sqlite)
  const { room, person } = insertRoomAndOwner(sqlite, staff)
  const series = insertRow(sqlite, 'receipt_series', {
    counter_id: counter,
    prefix: 'SJ2026',
    last_number: 2,
    created_at: MIGRATION_AT
  })
  const receipts = [1, 2].map((number) => {
    const id = insertRow(sqlite, 'receipts', {
      series_id: series,
      number,
      code: `SJ2026${String(number).padStart(6, '0')}`,
      kind: 'payment',
      room_id: room,
      payer_name: '张三',
      total_fen: 22265,
      issued_at: MIGRATION_AT,
      staff_id: staff,
      shift_id: shift
    })
    insertRow(sqlite, 'receipt_lines', {
      receipt_id: id,
      item_name: '物业管理费',
      category: 'property',
      amount_fen: 22265
    })
    insertRow(sqlite, 'payments', { receipt_id: id, method: 'cash', amount_fen: 22265 })
    return id
  })
  insertRow(sqlite, 'receipt_voids', {
    receipt_id: receipts[0],
    reason: '收错',
    voided_at: MIGRATION_AT,
    staff_id: staff
  })
  const cabinet = insertRow(sqlite, 'key_cabinets', { name: 'A 柜', rows: 3, columns: 4, created_at: MIGRATION_AT })
  const set = insertRow(sqlite, 'key_sets', {
    tag_code: 'KAAAAA',
    room_id: room,
    cabinet_id: cabinet,
    hook_row: 1,
    hook_column: 1,
    pieces: '[]',
    piece_count: 2,
    purpose: 'renovation',
    depositor_id: person,
    deposited_at: MIGRATION_AT
  })
  insertRow(sqlite, 'key_movements', {
    key_set_id: set,
    kind: 'deposit',
    person_name: '张三',
    count: 2,
    at: MIGRATION_AT,
    staff_id: staff,
    shift_id: shift
  })
  for (const procedure of ['fees.pay', 'fees.void'])
    insertRow(sqlite, 'audit_log', { at: MIGRATION_AT, staff_id: staff, procedure, summary_key: 'audit.generic' })
  return { receipts }
}

describe('0015_chain_hashes', () => {
  it('seals every row written before, oldest first, so every chain verifies', async () => {
    const old = await step.before(tmp.dir)
    writeHistory(old.sqlite)
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    for (const table of Object.keys(CHAINS)) {
      const unsealed = sqlite.prepare(`SELECT count(*) AS n FROM "${table}" WHERE hash IS NULL`).get() as { n: number }
      expect(unsealed.n, table).toBe(0)
    }
    const report = verifyChains(sqlite)
    expect(report.ok).toBe(true)
    expect(report.chains.map((c) => [c.chain, c.rows])).toEqual([
      ['receipts:SJ2026', 2],
      ['receipt_voids', 1],
      ['key_movements', 1],
      ['audit_log', 2]
    ])
    sqlite.close()
  })

  it('keeps the rows append-only: only a missing hash may be written, once', async () => {
    const old = await step.before(tmp.dir)
    const { receipts } = writeHistory(old.sqlite)
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    const refused = (sql: string, pattern: RegExp) => expect(() => sqlite.exec(sql)).toThrow(pattern)
    refused(`UPDATE receipts SET total_fen = 1`, /receipts are append-only/)
    refused(`UPDATE receipts SET hash = 'x'`, /sealed once/)
    refused(`UPDATE receipts SET hash = NULL`, /sealed once/)
    refused(`UPDATE receipt_voids SET reason = 'x'`, /append-only/)
    refused(`UPDATE receipt_voids SET hash = 'x'`, /sealed once/)
    refused(`UPDATE key_movements SET count = 9`, /append-only/)
    refused(`UPDATE key_movements SET hash = 'x'`, /sealed once/)
    refused(`UPDATE audit_log SET procedure = 'x'`, /append-only/)
    refused(`UPDATE audit_log SET hash = 'x'`, /sealed once/)
    refused(`DELETE FROM receipts`, /append-only/)
    // Going around the trigger is what the chain is for: the receipt is named.
    sqlite.exec(`DROP TRIGGER receipts_no_update; UPDATE receipts SET total_fen = 1 WHERE id = ${receipts[1]}`)
    const broken = verifyChains(sqlite).chains.find((c) => c.broken)?.broken
    expect(broken).toMatchObject({ table: 'receipts', rowid: receipts[1], label: 'SJ2026000002', reason: 'altered' })
    sqlite.close()
  })

  it('hashes every column of a chained table (a new column must be added to db/chain.ts)', async () => {
    const { sqlite } = await step.after(tmp.dir)
    for (const spec of Object.values(CHAINS)) {
      expect(
        columnsOf(sqlite, spec.table).filter((c) => c !== 'hash'),
        spec.table
      ).toEqual([...spec.columns])
      for (const child of spec.children ?? [])
        expect(
          columnsOf(sqlite, child.table).filter((c) => c !== child.key),
          child.table
        ).toEqual([...child.columns])
    }
    sqlite.close()
  })
})
