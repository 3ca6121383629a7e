import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../../helpers/core'
import { insertFoundation, insertRoomAndOwner, migrationStep, queryPlan } from '../../../helpers/migrations'
import { moneyRows } from '../../../helpers/money-rows'

const step = migrationStep('0009_receipts_refers_to_index')
let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

// How a receipt finds the refunds that refer to it.
const REFUNDS_OF = `SELECT id FROM receipts WHERE refers_to = ?`

describe('0009_receipts_refers_to_index', () => {
  it('finding the refunds of a receipt reads an index instead of the whole table', async () => {
    const old = await step.before(tmp.dir)
    const { staff, counter, shift } = insertFoundation(old.sqlite)
    const { room } = insertRoomAndOwner(old.sqlite, staff)
    const money = moneyRows(old.sqlite, { room, staff, shift, counter })
    const receipt = money.receipt([money.receivable('2026-11', 'billing')])
    expect(queryPlan(old.sqlite, REFUNDS_OF, receipt)).toMatch(/^SCAN receipts/)
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    expect(queryPlan(sqlite, REFUNDS_OF, receipt)).toMatch(
      /SEARCH receipts USING (COVERING )?INDEX receipts_refers_to_idx \(refers_to=\?\)/
    )
    expect(sqlite.prepare(`SELECT id, total_fen FROM receipts`).all()).toEqual([{ id: receipt, total_fen: 22265 }])
    sqlite.close()
  })
})
