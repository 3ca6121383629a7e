import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../../helpers/core'
import {
  insertFoundation,
  insertRoomAndOwner,
  insertRow,
  MIGRATION_AT,
  migrationStep,
  queryPlan
} from '../../../helpers/migrations'
import { moneyRows, receivableState } from '../../../helpers/money-rows'
import type Database from 'better-sqlite3'

const step = migrationStep('0011_receivables_cancel_guard')
let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

/** The estate and money parents, with a second room beside 3-2-1502. */
function parents(sqlite: Database.Database) {
  const { staff, counter, shift } = insertFoundation(sqlite)
  const { room, building, unit } = insertRoomAndOwner(sqlite, staff)
  const other = insertRow(sqlite, 'rooms', {
    building_id: building,
    unit_id: unit,
    number: '1501',
    code: '3-2-1501',
    area_centi: 8950,
    created_at: MIGRATION_AT
  })
  return { ...moneyRows(sqlite, { room, staff, shift, counter }), other }
}

// The arrears list's query (electron/main/services/fees/arrears-list.ts).
const ARREARS = `SELECT room_id, sum(amount_fen), count(*), min(due_on) FROM receivables INDEXED BY receivables_unpaid_room_idx WHERE paid_receipt_id IS NULL AND cancelled_void_id IS NULL AND due_on < ? GROUP BY room_id`

describe('0011_receivables_cancel_guard', () => {
  it('months an earlier void left behind are cancelled by that void, unless billing has reached them since', async () => {
    const old = await step.before(tmp.dir)
    const m = parents(old.sqlite)
    const arrears = m.receivable('2029-09', 'billing')
    const [jan, feb, mar] = ['2030-01', '2030-02', '2030-03'].map((period) => m.receivable(period, 'prepay'))
    const voidId = m.oldVoid(m.receipt([arrears, jan!, feb!, mar!]))
    // Since then the monthly billing reached January for another room (and skipped this one).
    m.receivable('2030-01', 'billing', m.other)
    // A prepaid month still standing, and one voided and paid again by a valid receipt: kept.
    const standing = m.receivable('2030-06', 'prepay')
    m.receipt([standing])
    const repaid = m.receivable('2030-07', 'prepay')
    m.oldVoid(m.receipt([repaid]))
    const again = m.receipt([repaid])
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    expect(receivableState(sqlite, arrears)).toEqual({ paid: null, cancelled: null })
    expect(receivableState(sqlite, jan!)).toEqual({ paid: null, cancelled: null })
    expect(receivableState(sqlite, feb!)).toEqual({ paid: null, cancelled: voidId })
    expect(receivableState(sqlite, mar!)).toEqual({ paid: null, cancelled: voidId })
    expect(receivableState(sqlite, standing)).toMatchObject({ cancelled: null })
    expect(receivableState(sqlite, repaid)).toEqual({ paid: again, cancelled: null })
    sqlite.close()
  })

  it('only a void cancels, only the months its receipt alone created, once; a cancelled month is never paid and frees its period', async () => {
    const old = await step.before(tmp.dir)
    const m = parents(old.sqlite)
    old.sqlite.close()
    const { sqlite: s } = await step.after(tmp.dir)
    const money = moneyRows(s, m)
    const prepaid = money.receivable('2030-01', 'prepay')
    const billed = money.receivable('2029-12', 'billing')
    const receipt = money.receipt([prepaid, billed])
    const cancel = s.prepare(`UPDATE receivables SET paid_receipt_id = NULL, cancelled_void_id = ? WHERE id = ?`)
    const refused = /cancelled only by voiding its prepayment/
    // No void yet, or another receipt's void: refused.
    const elsewhere = money.receipt([money.receivable('2029-11', 'billing', m.other)])
    const otherVoid = insertRow(s, 'receipt_voids', {
      receipt_id: elsewhere,
      reason: '收错',
      voided_at: MIGRATION_AT,
      staff_id: m.staff
    })
    expect(() => cancel.run(otherVoid, prepaid)).toThrow(refused)
    const voidId = insertRow(s, 'receipt_voids', {
      receipt_id: receipt,
      reason: '收错',
      voided_at: MIGRATION_AT,
      staff_id: m.staff
    })
    // A billed month is never cancelled; the mark must come with clearing the payment.
    expect(() => cancel.run(voidId, billed)).toThrow(refused)
    expect(() => s.prepare(`UPDATE receivables SET cancelled_void_id = ? WHERE id = ?`).run(voidId, prepaid)).toThrow(
      refused
    )
    expect(() =>
      s
        .prepare(
          `INSERT INTO receivables (room_id, item_id, period, period_from, period_to, quantity_centi, price_e4, amount_fen, due_on, source, created_at, cancelled_void_id) VALUES (?, ?, '2031-01', '2031-01-01', '2031-01-31', 100, 1, 1, '2031-01-20', 'prepay', ?, ?)`
        )
        .run(m.room, m.item, MIGRATION_AT, voidId)
    ).toThrow(refused)
    cancel.run(voidId, prepaid)
    expect(receivableState(s, prepaid)).toEqual({ paid: null, cancelled: voidId })
    expect(() => s.prepare(`UPDATE receivables SET cancelled_void_id = NULL WHERE id = ?`).run(prepaid)).toThrow(
      /stays cancelled/
    )
    expect(() => s.prepare(`UPDATE receivables SET paid_receipt_id = ? WHERE id = ?`).run(receipt, prepaid)).toThrow(
      /cannot be paid/
    )
    expect(() => s.prepare(`DELETE FROM receivables WHERE id = ?`).run(prepaid)).toThrow(/kept/)
    // The period is free again: billing writes the month anew, once.
    const rebilled = money.receivable('2030-01', 'billing')
    expect(rebilled).toBeGreaterThan(prepaid)
    expect(() => money.receivable('2030-01', 'billing')).toThrow(/UNIQUE/)
    s.close()
  })

  it('the arrears list reads its partial index alone again, now without the cancelled rows', async () => {
    const old = await step.before(tmp.dir)
    const m = parents(old.sqlite)
    m.receivable('2026-10', 'billing')
    expect(queryPlan(old.sqlite, ARREARS, '2026-11-22')).not.toMatch(/COVERING INDEX/)
    old.sqlite.close()
    const { sqlite } = await step.after(tmp.dir)
    const plan = queryPlan(sqlite, ARREARS, '2026-11-22')
    expect(plan).toMatch(/USING COVERING INDEX receivables_unpaid_room_idx/)
    expect(plan).not.toMatch(/TEMP B-TREE/)
    expect(sqlite.prepare(ARREARS).all('2026-11-22')).toHaveLength(1)
    sqlite.close()
  })
})
