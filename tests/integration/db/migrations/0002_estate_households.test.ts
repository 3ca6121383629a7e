import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../../helpers/core'
import {
  columnsOf,
  insertFoundation,
  insertRoomAndOwner,
  insertRow,
  MIGRATION_AT,
  migrationStep,
  rowOf,
  schemaNames
} from '../../../helpers/migrations'

const step = migrationStep('0002_estate_households')
let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

describe('0002_estate_households', () => {
  it('adds the estate and household tables, and a room to audit rows written before (left empty)', async () => {
    const old = await step.before(tmp.dir)
    const { staff } = insertFoundation(old.sqlite)
    const audit = insertRow(old.sqlite, 'audit_log', {
      at: MIGRATION_AT,
      staff_id: staff,
      procedure: 'staff.create',
      summary_key: 'audit.generic'
    })
    expect(columnsOf(old.sqlite, 'audit_log')).not.toContain('room_id')
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    expect(schemaNames(sqlite, 'table')).toEqual(
      expect.arrayContaining([
        'attachments',
        'buildings',
        'document_types',
        'person_phones',
        'persons',
        'room_documents',
        'room_notes',
        'room_persons',
        'rooms',
        'units'
      ])
    )
    expect(rowOf(sqlite, 'audit_log', audit)).toMatchObject({ procedure: 'staff.create', room_id: null })
    const { room, person } = insertRoomAndOwner(sqlite, staff)
    insertRow(sqlite, 'audit_log', {
      at: MIGRATION_AT,
      staff_id: staff,
      procedure: 'households.addRelation',
      summary_key: 'audit.generic',
      room_id: room
    })
    expect(() =>
      insertRow(sqlite, 'audit_log', { at: MIGRATION_AT, procedure: 'x', summary_key: 'audit.generic', room_id: 999 })
    ).toThrow(/FOREIGN KEY/)
    expect(rowOf(sqlite, 'rooms', room)).toMatchObject({
      type: 'residence',
      status: 'vacant',
      vip: 0,
      tags: '[]',
      notes: ''
    })
    expect(rowOf(sqlite, 'persons', person)).toMatchObject({ kind: 'person', notes: '' })
    sqlite.close()
  })

  it('room codes are unique, areas and kinds are checked', async () => {
    ;(await step.before(tmp.dir)).sqlite.close()
    const { sqlite } = await step.after(tmp.dir)
    const { staff } = insertFoundation(sqlite)
    const { building, unit } = insertRoomAndOwner(sqlite, staff)
    const room = (extra: Record<string, unknown>) =>
      insertRow(sqlite, 'rooms', {
        building_id: building,
        unit_id: unit,
        number: '1601',
        code: '3-2-1601',
        area_centi: 8950,
        created_at: MIGRATION_AT,
        ...extra
      })
    expect(() => room({ code: '3-2-1502' })).toThrow(/UNIQUE/)
    expect(() => room({ area_centi: 0 })).toThrow(/CHECK/)
    expect(() => room({ status: 'demolished' })).toThrow(/CHECK/)
    expect(() =>
      insertRow(sqlite, 'persons', {
        kind: 'robot',
        name: 'x',
        name_initials: 'x',
        name_pinyin: 'x',
        created_at: MIGRATION_AT,
        updated_at: MIGRATION_AT
      })
    ).toThrow(/CHECK/)
    expect(room({})).toBeGreaterThan(0)
    sqlite.close()
  })
})
