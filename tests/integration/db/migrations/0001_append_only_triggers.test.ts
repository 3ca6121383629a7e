import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../../helpers/core'
import { insertFoundation, insertRow, MIGRATION_AT, migrationStep, rowOf } from '../../../helpers/migrations'

const step = migrationStep('0001_append_only_triggers')
let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

describe('0001_append_only_triggers', () => {
  it('audit rows written before become append-only, and staff can no longer be deleted', async () => {
    const old = await step.before(tmp.dir)
    const { staff } = insertFoundation(old.sqlite)
    const audit = insertRow(old.sqlite, 'audit_log', {
      at: MIGRATION_AT,
      staff_id: staff,
      procedure: 'staff.create',
      summary_key: 'audit.generic'
    })
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    expect(() => sqlite.prepare(`UPDATE audit_log SET procedure = 'y' WHERE id = ?`).run(audit)).toThrow(
      /audit_log is append-only/
    )
    expect(() => sqlite.prepare(`DELETE FROM audit_log WHERE id = ?`).run(audit)).toThrow(/audit_log is append-only/)
    expect(() => sqlite.prepare(`DELETE FROM staff WHERE id = ?`).run(staff)).toThrow(/never deleted/)
    expect(rowOf(sqlite, 'audit_log', audit)).toMatchObject({ procedure: 'staff.create', summary_params: '{}' })
    // Disabling is how staff leave: an update still goes through.
    sqlite.prepare(`UPDATE staff SET active = 0 WHERE id = ?`).run(staff)
    expect(rowOf(sqlite, 'staff', staff)).toMatchObject({ active: 0, username: 'wang' })
    sqlite.close()
  })
})
