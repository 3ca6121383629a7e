import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sealRow } from '../../../../db/chain'
import { tempDir } from '../../../helpers/core'
import {
  insertFoundation,
  insertRoomAndOwner,
  insertRow,
  MIGRATION_AT,
  migrationStep
} from '../../../helpers/migrations'

const step = migrationStep('0016_write_holes')
let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

async function migrated() {
  const old = await step.before(tmp.dir)
  const { staff, counter, shift } = insertFoundation(old.sqlite)
  const { room } = insertRoomAndOwner(old.sqlite, staff)
  const item = insertRow(old.sqlite, 'fee_items', {
    name: '物业管理费',
    category: 'property',
    method: 'perArea',
    created_at: MIGRATION_AT
  })
  insertRow(old.sqlite, 'fee_rates', {
    item_id: item,
    price_e4: 18500,
    effective_from: '2026-01-01',
    created_at: MIGRATION_AT
  })
  const series = insertRow(old.sqlite, 'receipt_series', {
    counter_id: counter,
    prefix: 'SJ2026',
    created_at: MIGRATION_AT
  })
  const bill = (period: string, paid: number | null = null) =>
    insertRow(sqlite, 'receivables', {
      room_id: room,
      item_id: item,
      period,
      period_from: `${period}-01`,
      period_to: `${period}-28`,
      quantity_centi: 8950,
      price_e4: 18500,
      amount_fen: 16558,
      due_on: `${period}-20`,
      source: 'billing',
      created_at: MIGRATION_AT,
      paid_receipt_id: paid
    })
  insertRow(old.sqlite, 'request_log', { request_id: 'r1', procedure: 'fees.pay', result: '{}', at: MIGRATION_AT })
  old.sqlite.close()
  const { sqlite } = await step.after(tmp.dir)
  const receipt = (number: number) =>
    insertRow(sqlite, 'receipts', {
      series_id: series,
      number,
      code: `SJ2026${String(number).padStart(6, '0')}`,
      kind: 'payment',
      room_id: room,
      payer_name: '张三',
      total_fen: 16558,
      issued_at: MIGRATION_AT,
      staff_id: staff,
      shift_id: shift
    })
  const line = (receiptId: number, receivableId: number) =>
    insertRow(sqlite, 'receipt_lines', {
      receipt_id: receiptId,
      receivable_id: receivableId,
      item_name: '物业管理费',
      category: 'property',
      amount_fen: 16558
    })
  return { sqlite, series, staff, bill, receipt, line }
}

describe('0016_write_holes', () => {
  it('settles a bill only with the receipt being issued for it, and owes it again only by its void', async () => {
    const { sqlite, series, staff, bill, receipt, line } = await migrated()
    const refused = (sql: string, pattern: RegExp) => expect(() => sqlite.exec(sql)).toThrow(pattern)
    const october = bill('2026-10')
    const first = receipt(1)
    sqlite.exec(`UPDATE receipt_series SET last_number = 1 WHERE id = ${series}`)
    refused(`UPDATE receivables SET paid_receipt_id = ${first} WHERE id = ${october}`, /settled only by the receipt/)
    line(first, october)
    sqlite.exec(`UPDATE receivables SET paid_receipt_id = ${first} WHERE id = ${october}`)
    sealRow(sqlite, 'receipts', first)
    // The hole: un-settling a paid bill without a void, so that it can be paid again.
    refused(`UPDATE receivables SET paid_receipt_id = NULL WHERE id = ${october}`, /only by voiding its receipt/)
    const november = bill('2026-11')
    line(first, november)
    refused(`UPDATE receivables SET paid_receipt_id = ${first} WHERE id = ${november}`, /settled only by the receipt/)
    expect(() => bill('2026-12', first)).toThrow(/settled only by the receipt/)
    const second = receipt(2)
    line(second, october)
    refused(`UPDATE receivables SET paid_receipt_id = ${second} WHERE id = ${october}`, /settled only by the receipt/)
    insertRow(sqlite, 'receipt_voids', { receipt_id: first, reason: '收错', voided_at: MIGRATION_AT, staff_id: staff })
    sqlite.exec(`UPDATE receivables SET paid_receipt_id = NULL WHERE id = ${october}`)
    expect(sqlite.prepare(`SELECT paid_receipt_id AS p FROM receivables WHERE id = ?`).get(october)).toEqual({
      p: null
    })
    sqlite.close()
  })

  it('counts a series one by one, only with the receipt that carries the number', async () => {
    const { sqlite, series, receipt } = await migrated()
    const refused = (sql: string, pattern: RegExp) => expect(() => sqlite.exec(sql)).toThrow(pattern)
    refused(`UPDATE receipt_series SET last_number = 1 WHERE id = ${series}`, /counts one by one/)
    expect(() => receipt(2)).toThrow(/next number of its series/)
    const first = receipt(1)
    refused(`UPDATE receipt_series SET last_number = 2 WHERE id = ${series}`, /counts one by one/)
    sqlite.exec(`UPDATE receipt_series SET last_number = 1 WHERE id = ${series}`)
    refused(`UPDATE receipt_series SET last_number = 0 WHERE id = ${series}`, /counts one by one/)
    sealRow(sqlite, 'receipts', first)
    expect(() => receipt(1)).toThrow(/next number of its series|UNIQUE/)
    sqlite.close()
  })

  it('keeps request_log rows and fee rates', async () => {
    const { sqlite } = await migrated()
    const refused = (sql: string, pattern: RegExp) => expect(() => sqlite.exec(sql)).toThrow(pattern)
    refused(`UPDATE request_log SET result = '{"x":1}'`, /request_log is append-only/)
    refused(`DELETE FROM request_log`, /request_log is append-only/)
    refused(`DELETE FROM fee_rates`, /fee rates are kept/)
    expect(sqlite.prepare(`SELECT count(*) AS n FROM request_log`).get()).toEqual({ n: 1 })
    expect(sqlite.prepare(`SELECT count(*) AS n FROM fee_rates`).get()).toEqual({ n: 1 })
    sqlite.close()
  })
})
