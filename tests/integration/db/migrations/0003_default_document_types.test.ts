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

const step = migrationStep('0003_default_document_types')
let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

describe('0003_default_document_types', () => {
  it('seeds the household checklist: seven required documents, five optional, in order', async () => {
    const old = await step.before(tmp.dir)
    expect(old.sqlite.prepare(`SELECT count(*) AS n FROM document_types`).get()).toEqual({ n: 0 })
    old.sqlite.close()
    const { sqlite } = await step.after(tmp.dir)
    const types = sqlite.prepare(`SELECT key, name, required, active FROM document_types ORDER BY sort_key`).all() as {
      key: string
      required: number
      active: number
    }[]
    expect(types).toHaveLength(12)
    expect(types[0]).toEqual({ key: 'moveInNotice', name: '入住通知单', required: 1, active: 1 })
    expect(types.filter((t) => t.required === 1)).toHaveLength(7)
    expect(types.every((t) => t.active === 1)).toBe(true)
    sqlite.close()
  })

  it('rooms, persons, relations, notes and scans written before are kept from then on', async () => {
    const old = await step.before(tmp.dir)
    const { staff } = insertFoundation(old.sqlite)
    const { room, person, relation } = insertRoomAndOwner(old.sqlite, staff)
    const note = insertRow(old.sqlite, 'room_notes', {
      room_id: room,
      text: '业主常住外地',
      created_at: MIGRATION_AT,
      created_by: staff
    })
    const scan = insertRow(old.sqlite, 'attachments', {
      room_id: room,
      sha256: 'ab',
      file_name: 'id.jpg',
      mime: 'image/jpeg',
      size_bytes: 10,
      created_at: MIGRATION_AT
    })
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    const refuse = (sql: string, id: number, pattern: RegExp) =>
      expect(() => sqlite.prepare(sql).run(id)).toThrow(pattern)
    refuse(`DELETE FROM rooms WHERE id = ?`, room, /rooms are kept/)
    refuse(`DELETE FROM persons WHERE id = ?`, person, /persons are kept/)
    refuse(`DELETE FROM room_persons WHERE id = ?`, relation, /never deleted/)
    refuse(`UPDATE room_notes SET text = '改' WHERE id = ?`, note, /notes are append-only/)
    refuse(`DELETE FROM room_notes WHERE id = ?`, note, /notes are append-only/)
    refuse(`UPDATE attachments SET file_name = 'x' WHERE id = ?`, scan, /attachments are append-only/)
    refuse(`DELETE FROM attachments WHERE id = ?`, scan, /attachments are append-only/)
    // A relation is ended by an update, which stays allowed.
    sqlite.prepare(`UPDATE room_persons SET ended_on = '2026-11-01', end_reason = 'sold' WHERE id = ?`).run(relation)
    expect(rowOf(sqlite, 'room_persons', relation)).toMatchObject({ ended_on: '2026-11-01', person_id: person })
    expect(rowOf(sqlite, 'room_notes', note)).toMatchObject({ text: '业主常住外地' })
    sqlite.close()
  })
})
