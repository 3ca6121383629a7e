import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../../helpers/core'
import {
  insertFoundation,
  insertRoomAndOwner,
  insertRow,
  MIGRATION_AT,
  migrationStep,
  rowOf
} from '../../../helpers/migrations'
import { moneyRows } from '../../../helpers/money-rows'

const step = migrationStep('0005_fees_append_only')
let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

describe('0005_fees_append_only', () => {
  it('money rows written before can no longer be changed or deleted; a receivable may still be paid', async () => {
    const old = await step.before(tmp.dir)
    const { staff, counter, shift } = insertFoundation(old.sqlite)
    const { room } = insertRoomAndOwner(old.sqlite, staff)
    const money = moneyRows(old.sqlite, { room, staff, shift, counter })
    const paid = money.receivable('2026-10', 'billing')
    const receipt = money.receipt([paid])
    const open = money.receivable('2026-11', 'billing')
    const rate = insertRow(old.sqlite, 'fee_rates', {
      item_id: money.item,
      price_e4: 18500,
      effective_from: '2026-01-01',
      created_at: MIGRATION_AT
    })
    const print = insertRow(old.sqlite, 'receipt_prints', {
      receipt_id: receipt,
      copy_number: 1,
      template: 'a5',
      printed_at: MIGRATION_AT,
      staff_id: staff
    })
    const reading = insertRow(old.sqlite, 'meter_readings', {
      room_id: room,
      kind: 'water',
      reading_centi: 12000,
      read_on: '2026-11-01',
      created_at: MIGRATION_AT
    })
    const reminder = insertRow(old.sqlite, 'reminders', {
      room_id: room,
      kind: 'phone',
      outcome: '已通知',
      amount_fen: 22265,
      at: MIGRATION_AT,
      staff_id: staff
    })
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    const refused = (sql: string, ...params: unknown[]) =>
      expect(() => sqlite.prepare(sql).run(...params)).toThrow(/append-only|kept|new rate|fixed once written/)
    for (const table of ['receipts', 'receipt_lines', 'payments', 'receipt_prints', 'meter_readings', 'reminders']) {
      refused(`UPDATE ${table} SET id = id`)
      refused(`DELETE FROM ${table}`)
    }
    refused(`DELETE FROM receivables WHERE id = ?`, open)
    refused(`UPDATE fee_rates SET price_e4 = 1 WHERE id = ?`, rate)
    refused(`UPDATE receivables SET amount_fen = 1 WHERE id = ?`, open)
    refused(`UPDATE receivables SET period = '2026-12' WHERE id = ?`, open)
    // Voids are append-only too, from their first row.
    const voided = insertRow(sqlite, 'receipt_voids', {
      receipt_id: receipt,
      reason: '收错',
      voided_at: MIGRATION_AT,
      staff_id: staff
    })
    refused(`UPDATE receipt_voids SET reason = 'x' WHERE id = ?`, voided)
    refused(`DELETE FROM receipt_voids WHERE id = ?`, voided)
    // Paying (or unpaying after a void) is the one change a receivable takes.
    sqlite.prepare(`UPDATE receivables SET paid_receipt_id = ? WHERE id = ?`).run(receipt, open)
    expect(rowOf(sqlite, 'receivables', open)).toMatchObject({ paid_receipt_id: receipt, amount_fen: 22265 })
    for (const [table, id] of [
      ['receipt_prints', print],
      ['meter_readings', reading],
      ['reminders', reminder],
      ['fee_rates', rate]
    ] as const) {
      expect(rowOf(sqlite, table, id), table).toBeDefined()
    }
    sqlite.close()
  })
})
