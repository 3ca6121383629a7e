import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../../helpers/core'
import {
  insertFoundation,
  insertRoomAndOwner,
  insertRow,
  MIGRATION_AT,
  migrationStep,
  rowOf,
  schemaNames
} from '../../../helpers/migrations'

const step = migrationStep('0007_key_custody')
let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

describe('0007_key_custody', () => {
  it('key sets hang on hooks of rooms and owners written before; one set per hook while it is in custody', async () => {
    const old = await step.before(tmp.dir)
    const { staff, shift } = insertFoundation(old.sqlite)
    const { room, person } = insertRoomAndOwner(old.sqlite, staff)
    expect(schemaNames(old.sqlite, 'table')).not.toContain('key_sets')
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    expect(schemaNames(sqlite, 'table')).toEqual(
      expect.arrayContaining(['key_authorizations', 'key_cabinets', 'key_incidents', 'key_movements', 'key_sets'])
    )
    const cabinet = insertRow(sqlite, 'key_cabinets', { name: 'A 柜', rows: 3, columns: 4, created_at: MIGRATION_AT })
    expect(() =>
      insertRow(sqlite, 'key_cabinets', { name: 'A 柜', rows: 1, columns: 1, created_at: MIGRATION_AT })
    ).toThrow(/UNIQUE/)
    const set = (tag: string, extra: Record<string, unknown> = {}) =>
      insertRow(sqlite, 'key_sets', {
        tag_code: tag,
        room_id: room,
        cabinet_id: cabinet,
        hook_row: 2,
        hook_column: 3,
        pieces: '[]',
        piece_count: 2,
        purpose: 'renovation',
        depositor_id: person,
        deposited_at: MIGRATION_AT,
        ...extra
      })
    const first = set('KAAAAA')
    expect(rowOf(sqlite, 'key_sets', first)).toMatchObject({ withdrawn_at: null, notes: '' })
    expect(() => set('KBBBBB')).toThrow(/UNIQUE/)
    expect(() => set('KAAAAA', { hook_row: 1 })).toThrow(/UNIQUE/)
    expect(() => set('KCCCCC', { hook_row: 1, piece_count: 0 })).toThrow(/CHECK/)
    sqlite.prepare(`UPDATE key_sets SET withdrawn_at = ? WHERE id = ?`).run(MIGRATION_AT, first)
    expect(set('KBBBBB')).toBeGreaterThan(first)
    const movement = insertRow(sqlite, 'key_movements', {
      key_set_id: first,
      kind: 'deposit',
      person_name: '张三',
      count: 2,
      at: MIGRATION_AT,
      staff_id: staff,
      shift_id: shift
    })
    expect(rowOf(sqlite, 'key_movements', movement)).toMatchObject({ person_id_tail: '', person_phone: '', note: '' })
    expect(() =>
      insertRow(sqlite, 'key_movements', {
        key_set_id: first,
        kind: 'borrow',
        person_name: 'x',
        count: -1,
        at: MIGRATION_AT,
        staff_id: staff,
        shift_id: shift
      })
    ).toThrow(/CHECK/)
    sqlite.close()
  })
})
