import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../../helpers/core'
import { migrationStep, queryPlan } from '../../../helpers/migrations'

const step = migrationStep('0020_handover_shift_indexes')
let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

// The handover's money and keys sections read what was done on its shifts.
const VOIDS_OF = `SELECT id FROM receipt_voids WHERE shift_id IN (?, ?)`
const MOVEMENTS_OF = `SELECT count(*) FROM key_movements WHERE shift_id IN (?, ?)`

describe('0020_handover_shift_indexes', () => {
  it('the voids and key movements of a handover’s shifts are found by index, not by reading the tables', async () => {
    const old = await step.before(tmp.dir)
    expect(queryPlan(old.sqlite, VOIDS_OF, 1, 2)).toMatch(/^SCAN receipt_voids/)
    expect(queryPlan(old.sqlite, MOVEMENTS_OF, 1, 2)).toMatch(/^SCAN key_movements/)
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    expect(queryPlan(sqlite, VOIDS_OF, 1, 2)).toMatch(
      /SEARCH receipt_voids USING (COVERING )?INDEX receipt_voids_shift_idx/
    )
    expect(queryPlan(sqlite, MOVEMENTS_OF, 1, 2)).toMatch(
      /SEARCH key_movements USING (COVERING )?INDEX key_movements_shift_idx/
    )
    sqlite.close()
  })
})
