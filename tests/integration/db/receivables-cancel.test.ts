import type Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../../db/migrations'
import { openStore } from '../../../db/open'
import { fillEveryTable } from '../../helpers/db-fill'
import { tempDir } from '../../helpers/core'

let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

const BEFORE_CANCEL = MIGRATIONS.findIndex((m) => m.tag === '0010_receivables_cancelled')
const AT = '2026-11-22T01:00:00.000Z'

/** Ids of the parent rows fillEveryTable wrote, to hang hand-made money rows on. */
function parents(sqlite: Database.Database) {
  const first = (table: string) => (sqlite.prepare(`SELECT id FROM ${table} ORDER BY id LIMIT 1`).get() as { id: number }).id
  const rooms = (sqlite.prepare(`SELECT id FROM rooms ORDER BY id LIMIT 2`).all() as { id: number }[]).map((r) => r.id)
  return { room: rooms[0]!, other: rooms[1]!, item: first('fee_items'), series: first('receipt_series'), staff: first('staff'), shift: first('shifts') }
}

function money(sqlite: Database.Database) {
  const p = parents(sqlite)
  const run = (sql: string, ...params: unknown[]) => Number(sqlite.prepare(sql).run(...params).lastInsertRowid)
  let number = 1000
  return {
    ...p,
    receivable: (period: string, source: string, roomId = p.room) =>
      run(
        `INSERT INTO receivables (room_id, item_id, period, period_from, period_to, quantity_centi, price_e4, months, percent, amount_fen, due_on, source, created_at)
         VALUES (?, ?, ?, ?, ?, 100, 2226500, 1, 100, 22265, ?, ?, ?)`,
        roomId, p.item, period, `${period}-01`, `${period}-28`, `${period}-20`, source, AT
      ),
    receipt: (receivableIds: number[]) => {
      const id = run(
        `INSERT INTO receipts (series_id, number, code, kind, room_id, payer_name, total_fen, issued_at, staff_id, shift_id) VALUES (?, ?, ?, 'payment', ?, '张三', ?, ?, ?, ?)`,
        p.series, ++number, `T${number}`, p.room, 22265 * receivableIds.length, AT, p.staff, p.shift
      )
      for (const r of receivableIds) run(`INSERT INTO receipt_lines (receipt_id, receivable_id, item_name, category, amount_fen) VALUES (?, ?, '物业管理费', 'property', 22265)`, id, r)
      for (const r of receivableIds) sqlite.prepare(`UPDATE receivables SET paid_receipt_id = ? WHERE id = ?`).run(id, r)
      return id
    },
    /** A void as earlier versions made it: the receipt's receivables are simply unpaid again. */
    oldVoid: (receiptId: number) => {
      const id = run(`INSERT INTO receipt_voids (receipt_id, reason, voided_at, staff_id) VALUES (?, '收错', ?, ?)`, receiptId, AT, p.staff)
      sqlite.prepare(`UPDATE receivables SET paid_receipt_id = NULL WHERE paid_receipt_id = ?`).run(receiptId)
      return id
    }
  }
}

const stateOf = (sqlite: Database.Database, id: number) => sqlite.prepare(`SELECT paid_receipt_id AS paid, cancelled_void_id AS cancelled FROM receivables WHERE id = ?`).get(id)

describe('0010/0011: cancelled receivables', () => {
  it('months an earlier void left behind are cancelled by that void, unless billing has reached them since', async () => {
    const old = await openStore(tmp.dir, { migrations: MIGRATIONS.slice(0, BEFORE_CANCEL) })
    fillEveryTable(old.sqlite)
    const m = money(old.sqlite)
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

    const store = await openStore(tmp.dir)
    const s = store.sqlite
    expect(stateOf(s, arrears)).toEqual({ paid: null, cancelled: null })
    expect(stateOf(s, jan!)).toEqual({ paid: null, cancelled: null })
    expect(stateOf(s, feb!)).toEqual({ paid: null, cancelled: voidId })
    expect(stateOf(s, mar!)).toEqual({ paid: null, cancelled: voidId })
    expect(stateOf(s, standing)).toMatchObject({ cancelled: null })
    expect(stateOf(s, repaid)).toEqual({ paid: again, cancelled: null })
    s.close()
  })

  it('only a void cancels, only the months its receipt alone created, once; a cancelled month is never paid and frees its period', async () => {
    const store = await openStore(tmp.dir)
    const s = store.sqlite
    fillEveryTable(s)
    const m = money(s)
    const prepaid = m.receivable('2030-01', 'prepay')
    const billed = m.receivable('2029-12', 'billing')
    const receipt = m.receipt([prepaid, billed])
    const cancel = s.prepare(`UPDATE receivables SET paid_receipt_id = NULL, cancelled_void_id = ? WHERE id = ?`)
    const refused = /cancelled only by voiding its prepayment/
    // No void yet, or another receipt's void: refused.
    expect(() => cancel.run(1, prepaid)).toThrow(refused)
    const voidId = Number(s.prepare(`INSERT INTO receipt_voids (receipt_id, reason, voided_at, staff_id) VALUES (?, '收错', ?, ?)`).run(receipt, AT, m.staff).lastInsertRowid)
    // A billed month is never cancelled; the mark must come with clearing the payment.
    expect(() => cancel.run(voidId, billed)).toThrow(refused)
    expect(() => s.prepare(`UPDATE receivables SET cancelled_void_id = ? WHERE id = ?`).run(voidId, prepaid)).toThrow(refused)
    expect(() => s.prepare(`INSERT INTO receivables (room_id, item_id, period, period_from, period_to, quantity_centi, price_e4, amount_fen, due_on, source, created_at, cancelled_void_id) VALUES (?, ?, '2031-01', '2031-01-01', '2031-01-31', 100, 1, 1, '2031-01-20', 'prepay', ?, ?)`).run(m.room, m.item, AT, voidId)).toThrow(refused)
    cancel.run(voidId, prepaid)
    expect(stateOf(s, prepaid)).toEqual({ paid: null, cancelled: voidId })
    expect(() => s.prepare(`UPDATE receivables SET cancelled_void_id = NULL WHERE id = ?`).run(prepaid)).toThrow(/stays cancelled/)
    expect(() => s.prepare(`UPDATE receivables SET paid_receipt_id = ? WHERE id = ?`).run(receipt, prepaid)).toThrow(/cannot be paid/)
    expect(() => s.prepare(`DELETE FROM receivables WHERE id = ?`).run(prepaid)).toThrow(/kept/)
    // The period is free again: billing writes the month anew, once.
    const rebilled = m.receivable('2030-01', 'billing')
    expect(rebilled).toBeGreaterThan(prepaid)
    expect(() => m.receivable('2030-01', 'billing')).toThrow(/UNIQUE/)
    s.close()
  })

  it('the arrears list still reads its partial index alone, without the cancelled rows', async () => {
    const store = await openStore(tmp.dir)
    const plan = store.sqlite
      .prepare(`EXPLAIN QUERY PLAN SELECT room_id, sum(amount_fen), count(*), min(due_on) FROM receivables INDEXED BY receivables_unpaid_room_idx WHERE paid_receipt_id IS NULL AND cancelled_void_id IS NULL AND due_on < ? GROUP BY room_id`)
      .all('2026-11-22') as { detail: string }[]
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING COVERING INDEX receivables_unpaid_room_idx/)
    expect(plan.map((p) => p.detail).join('\n')).not.toMatch(/TEMP B-TREE/)
    store.sqlite.close()
  })
})
