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
import { moneyRows } from '../../../helpers/money-rows'

const step = migrationStep('0012_ledger_indexes')
let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

// One cell of the ledger (electron/main/services/fees/queries.ts): a month, an item, a run of rooms.
const CELL = `coalesce(r.period, substr(r.period_from, 1, 7)) = ? AND r.item_id = ? AND r.room_id BETWEEN ? AND ? AND r.cancelled_void_id IS NULL`
const RECEIVABLE = `SELECT sum(r.amount_fen) AS fen FROM receivables r INDEXED BY receivables_ledger_idx WHERE ${CELL}`
const UNPAID = `SELECT sum(r.amount_fen) AS fen FROM receivables r INDEXED BY receivables_ledger_unpaid_idx WHERE ${CELL} AND r.paid_receipt_id IS NULL`

describe('0012_ledger_indexes', () => {
  it('a ledger cell is one range of a covering index, holding the months and one-offs written before', async () => {
    const old = await step.before(tmp.dir)
    const { staff, counter, shift } = insertFoundation(old.sqlite)
    const { room } = insertRoomAndOwner(old.sqlite, staff)
    const money = moneyRows(old.sqlite, { room, staff, shift, counter })
    money.receipt([money.receivable('2026-11', 'billing')])
    money.receivable('2026-10', 'billing')
    // A one-off (no period) counts in the month it starts.
    insertRow(old.sqlite, 'receivables', {
      room_id: room,
      item_id: money.item,
      period: null,
      period_from: '2026-11-05',
      period_to: '2026-11-05',
      quantity_centi: 100,
      price_e4: 3000000,
      amount_fen: 30000,
      due_on: '2026-11-05',
      source: 'oneOff',
      created_at: MIGRATION_AT
    })
    const cell = ['2026-11', money.item, room, room]
    expect(() => queryPlan(old.sqlite, RECEIVABLE, ...cell)).toThrow(/no such index/)
    expect(() => queryPlan(old.sqlite, UNPAID, ...cell)).toThrow(/no such index/)
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    expect(queryPlan(sqlite, RECEIVABLE, ...cell)).toMatch(
      /SEARCH r USING COVERING INDEX receivables_ledger_idx \(<expr>=\? AND item_id=\? AND room_id>\? AND room_id<\?\)/
    )
    expect(queryPlan(sqlite, UNPAID, ...cell)).toMatch(
      /SEARCH r USING COVERING INDEX receivables_ledger_unpaid_idx \(<expr>=\? AND item_id=\? AND room_id>\? AND room_id<\?\)/
    )
    expect(sqlite.prepare(RECEIVABLE).get(...cell)).toEqual({ fen: 22265 + 30000 })
    expect(sqlite.prepare(UNPAID).get(...cell)).toEqual({ fen: 30000 })
    expect(sqlite.prepare(UNPAID).get('2026-10', money.item, room, room)).toEqual({ fen: 22265 })
    sqlite.close()
  })
})
