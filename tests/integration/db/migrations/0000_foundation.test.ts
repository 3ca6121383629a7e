import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../../helpers/core'
import {
  insertFoundation,
  insertRow,
  MIGRATION_AT,
  migrationStep,
  rowOf,
  schemaNames
} from '../../../helpers/migrations'

const step = migrationStep('0000_foundation')
let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

describe('0000_foundation', () => {
  it('creates the foundation tables in an empty database', async () => {
    const empty = await step.before(tmp.dir)
    expect(schemaNames(empty.sqlite, 'table')).toEqual([])
    empty.sqlite.close()
    const store = await step.after(tmp.dir)
    expect(schemaNames(store.sqlite, 'table')).toEqual(
      expect.arrayContaining(['audit_log', 'counters', 'request_log', 'sequences', 'settings', 'shifts', 'staff'])
    )
    store.sqlite.close()
  })

  it('a new staff member is active, unlocked, in zh-CN; roles and usernames are checked', async () => {
    ;(await step.before(tmp.dir)).sqlite.close()
    const { sqlite } = await step.after(tmp.dir)
    const { staff } = insertFoundation(sqlite)
    expect(rowOf(sqlite, 'staff', staff)).toMatchObject({
      active: 1,
      failed_attempts: 0,
      locked_until: null,
      must_change_password: 0,
      locale: 'zh-CN'
    })
    const another = { display_name: '李', password_hash: 'x', created_at: MIGRATION_AT }
    expect(() => insertRow(sqlite, 'staff', { ...another, username: 'li', role: 'janitor' })).toThrow(/CHECK/)
    expect(() => insertRow(sqlite, 'staff', { ...another, username: 'WANG', role: 'clerk' })).toThrow(/UNIQUE/)
    expect(() => sqlite.prepare(`UPDATE staff SET failed_attempts = -1 WHERE id = ?`).run(staff)).toThrow(/CHECK/)
    sqlite.close()
  })

  it('one open shift per staff member and counter; a request log row is stamped with the time', async () => {
    ;(await step.before(tmp.dir)).sqlite.close()
    const { sqlite } = await step.after(tmp.dir)
    const { staff, counter, shift } = insertFoundation(sqlite)
    expect(() =>
      insertRow(sqlite, 'shifts', { staff_id: staff, counter_id: counter, opened_at: MIGRATION_AT })
    ).toThrow(/UNIQUE/)
    sqlite.prepare(`UPDATE shifts SET closed_at = ? WHERE id = ?`).run(MIGRATION_AT, shift)
    expect(
      insertRow(sqlite, 'shifts', { staff_id: staff, counter_id: counter, opened_at: MIGRATION_AT })
    ).toBeGreaterThan(shift)
    insertRow(sqlite, 'request_log', { request_id: 'req-00000001', procedure: 'staff.create', result: '{}' })
    const logged = sqlite.prepare(`SELECT at FROM request_log`).get() as { at: string }
    expect(logged.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    sqlite.close()
  })
})
