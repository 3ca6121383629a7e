import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../../helpers/core'
import {
  insertFoundation,
  insertRoomAndOwner,
  migrationStep,
  queryPlan,
  schemaNames
} from '../../../helpers/migrations'
import { moneyRows } from '../../../helpers/money-rows'

const step = migrationStep('0006_arrears_indexes')
let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

// The arrears list's query as it stood at this version (0011 adds cancelled_void_id). It names
// the index, as the list does: on a table this small the planner would pick any.
const ARREARS = `SELECT room_id, sum(amount_fen), count(*), min(due_on) FROM receivables INDEXED BY receivables_unpaid_room_idx WHERE paid_receipt_id IS NULL AND due_on < ? GROUP BY room_id`

describe('0006_arrears_indexes', () => {
  it('the arrears list reads a covering index of the unpaid rows only, which holds the rows written before', async () => {
    const old = await step.before(tmp.dir)
    const { staff, counter, shift } = insertFoundation(old.sqlite)
    const { room } = insertRoomAndOwner(old.sqlite, staff)
    const money = moneyRows(old.sqlite, { room, staff, shift, counter })
    money.receipt([money.receivable('2026-09', 'billing')])
    money.receivable('2026-10', 'billing')
    money.receivable('2026-11', 'billing')
    expect(schemaNames(old.sqlite, 'index')).not.toContain('receivables_unpaid_room_idx')
    expect(() => queryPlan(old.sqlite, ARREARS, '2026-12-01')).toThrow(/no such index/)
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    expect(queryPlan(sqlite, ARREARS, '2026-12-01')).toMatch(/USING COVERING INDEX receivables_unpaid_room_idx/)
    expect(queryPlan(sqlite, ARREARS, '2026-12-01')).not.toMatch(/TEMP B-TREE/)
    const indexed = sqlite
      .prepare(
        `SELECT count(*) AS n, sum(amount_fen) AS fen FROM receivables INDEXED BY receivables_unpaid_room_idx WHERE paid_receipt_id IS NULL`
      )
      .get()
    expect(indexed).toEqual({ n: 2, fen: 2 * 22265 })
    sqlite.close()
  })
})
