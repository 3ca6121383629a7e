import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../../helpers/core'
import {
  insertFoundation,
  insertRoomAndOwner,
  insertRow,
  MIGRATION_AT,
  migrationStep,
  rowOf
} from '../../../helpers/migrations'

const step = migrationStep('0008_key_custody_append_only')
let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

describe('0008_key_custody_append_only', () => {
  it('custody history written before is append-only; sets are withdrawn and authorisations closed, never removed', async () => {
    const old = await step.before(tmp.dir)
    const { staff, shift } = insertFoundation(old.sqlite)
    const { room, person } = insertRoomAndOwner(old.sqlite, staff)
    const cabinet = insertRow(old.sqlite, 'key_cabinets', {
      name: 'A 柜',
      rows: 3,
      columns: 4,
      created_at: MIGRATION_AT
    })
    const set = insertRow(old.sqlite, 'key_sets', {
      tag_code: 'KAAAAA',
      room_id: room,
      cabinet_id: cabinet,
      hook_row: 1,
      hook_column: 1,
      pieces: '[]',
      piece_count: 2,
      purpose: 'renovation',
      depositor_id: person,
      deposited_at: MIGRATION_AT
    })
    const grant = insertRow(old.sqlite, 'key_authorizations', {
      key_set_id: set,
      name: '王师傅',
      phone: '13700001111',
      id_tail: '123456',
      relation: '装修工人',
      purposes: '["renovation"]',
      valid_from: '2026-11-20',
      valid_to: '2026-12-31',
      created_at: MIGRATION_AT
    })
    insertRow(old.sqlite, 'key_movements', {
      key_set_id: set,
      kind: 'deposit',
      person_name: '张三',
      count: 2,
      at: MIGRATION_AT,
      staff_id: staff,
      shift_id: shift
    })
    insertRow(old.sqlite, 'key_incidents', {
      key_set_id: set,
      kind: 'damaged',
      description: '齿弯曲',
      at: MIGRATION_AT,
      staff_id: staff
    })
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    const refused = (sql: string, pattern: RegExp) => expect(() => sqlite.exec(sql)).toThrow(pattern)
    refused(`UPDATE key_movements SET count = 9`, /key movements are append-only/)
    refused(`DELETE FROM key_movements`, /key movements are append-only/)
    refused(`UPDATE key_incidents SET description = 'x'`, /key incidents are append-only/)
    refused(`DELETE FROM key_incidents`, /key incidents are append-only/)
    refused(`DELETE FROM key_authorizations`, /never deleted/)
    refused(`UPDATE key_authorizations SET valid_to = '2027-12-31'`, /fixed once signed/)
    refused(`DELETE FROM key_sets`, /withdrawn, never deleted/)
    refused(`UPDATE key_sets SET room_id = room_id + 1`, /keeps its tag, room and depositor/)
    refused(`UPDATE key_sets SET tag_code = 'KZZZZZ'`, /keeps its tag, room and depositor/)
    // The changes custody does make still go through.
    sqlite.prepare(`UPDATE key_authorizations SET closed_at = ? WHERE id = ?`).run(MIGRATION_AT, grant)
    sqlite
      .prepare(`UPDATE key_sets SET piece_count = 1, hook_row = 2, withdrawn_at = ? WHERE id = ?`)
      .run(MIGRATION_AT, set)
    expect(rowOf(sqlite, 'key_sets', set)).toMatchObject({
      tag_code: 'KAAAAA',
      piece_count: 1,
      hook_row: 2,
      withdrawn_at: MIGRATION_AT
    })
    expect(rowOf(sqlite, 'key_authorizations', grant)).toMatchObject({ name: '王师傅', closed_at: MIGRATION_AT })
    sqlite.close()
  })
})
