import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../../helpers/core'
import {
  insertFoundation,
  insertRoomAndOwner,
  insertRow,
  MIGRATION_AT,
  migrationStep,
  rowOf,
  schemaNames
} from '../../../helpers/migrations'
import { moneyRows } from '../../../helpers/money-rows'

const step = migrationStep('0004_fees_receipts')
let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

const FEE_TABLES = [
  'fee_items',
  'fee_rates',
  'meter_readings',
  'paper_books',
  'paper_uses',
  'payments',
  'receipt_lines',
  'receipt_prints',
  'receipt_series',
  'receipt_voids',
  'receipts',
  'receivables',
  'reminders'
]

describe('0004_fees_receipts', () => {
  it('adds the money tables beside the estate written before; a new fee item gets its defaults', async () => {
    const old = await step.before(tmp.dir)
    const { staff, counter, shift } = insertFoundation(old.sqlite)
    const { room } = insertRoomAndOwner(old.sqlite, staff)
    expect(schemaNames(old.sqlite, 'table')).not.toContain('receivables')
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    expect(schemaNames(sqlite, 'table')).toEqual(expect.arrayContaining(FEE_TABLES))
    expect(rowOf(sqlite, 'rooms', room)).toMatchObject({ code: '3-2-1502' })
    const money = moneyRows(sqlite, { room, staff, shift, counter })
    expect(rowOf(sqlite, 'fee_items', money.item)).toMatchObject({
      room_types: '["residence"]',
      due_day: 20,
      trusteeship_percent: 100,
      active: 1,
      meter_kind: null
    })
    expect(rowOf(sqlite, 'receipt_series', money.series)).toMatchObject({ last_number: 0, active: 1 })
    const billed = money.receivable('2026-11', 'billing')
    expect(rowOf(sqlite, 'receivables', billed)).toMatchObject({
      months: 1,
      percent: 100,
      note: '',
      paid_receipt_id: null
    })
    const receipt = money.receipt([billed])
    expect(rowOf(sqlite, 'receipts', receipt)).toMatchObject({ remarks: '', refers_to: null })
    sqlite.close()
  })

  it('one receivable per room, item and month; amounts and prices are checked; receipt numbers are unique', async () => {
    const old = await step.before(tmp.dir)
    const { staff, counter, shift } = insertFoundation(old.sqlite)
    const { room } = insertRoomAndOwner(old.sqlite, staff)
    old.sqlite.close()
    const { sqlite } = await step.after(tmp.dir)
    const money = moneyRows(sqlite, { room, staff, shift, counter })
    const billed = money.receivable('2026-11', 'billing')
    expect(() => money.receivable('2026-11', 'billing')).toThrow(/UNIQUE/)
    expect(() => sqlite.prepare(`UPDATE receivables SET amount_fen = -1 WHERE id = ?`).run(billed)).toThrow(/CHECK/)
    expect(() =>
      insertRow(sqlite, 'fee_rates', {
        item_id: money.item,
        price_e4: -5,
        effective_from: '2026-01-01',
        created_at: MIGRATION_AT
      })
    ).toThrow(/CHECK/)
    money.receipt([billed])
    expect(() =>
      insertRow(sqlite, 'receipts', {
        series_id: money.series,
        number: 1001,
        code: 'T9999',
        kind: 'payment',
        room_id: room,
        payer_name: '张三',
        total_fen: 1,
        issued_at: MIGRATION_AT,
        staff_id: staff,
        shift_id: shift
      })
    ).toThrow(/UNIQUE/)
    sqlite.close()
  })
})
