import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../../helpers/core'
import { columnsOf, insertFoundation, insertRoomAndOwner, migrationStep } from '../../../helpers/migrations'
import { moneyRows, receivableState } from '../../../helpers/money-rows'

const step = migrationStep('0010_receivables_cancelled')
let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

describe('0010_receivables_cancelled', () => {
  it('receivables written before are not cancelled; a cancelled month frees its period for a new bill', async () => {
    const old = await step.before(tmp.dir)
    const { staff, counter, shift } = insertFoundation(old.sqlite)
    const { room } = insertRoomAndOwner(old.sqlite, staff)
    const money = moneyRows(old.sqlite, { room, staff, shift, counter })
    const prepaid = money.receivable('2030-01', 'prepay')
    const receipt = money.receipt([prepaid])
    const voided = money.oldVoid(receipt)
    expect(columnsOf(old.sqlite, 'receivables')).not.toContain('cancelled_void_id')
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    const again = moneyRows(sqlite, money)
    expect(receivableState(sqlite, prepaid)).toEqual({ paid: null, cancelled: null })
    expect(() => again.receivable('2030-01', 'billing')).toThrow(/UNIQUE/)
    expect(() => sqlite.prepare(`UPDATE receivables SET cancelled_void_id = 999 WHERE id = ?`).run(prepaid)).toThrow(
      /FOREIGN KEY/
    )
    sqlite.prepare(`UPDATE receivables SET cancelled_void_id = ? WHERE id = ?`).run(voided, prepaid)
    expect(again.receivable('2030-01', 'billing')).toBeGreaterThan(prepaid)
    sqlite.close()
  })
})
