import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type Database from 'better-sqlite3'
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

const step = migrationStep('0018_permits')
let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

const NEW_TABLES = [
  'signing_keys',
  'contractors',
  'renovations',
  'renovation_workers',
  'renovation_violations',
  'renovation_events',
  'release_slips',
  'papers',
  'paper_events',
  'gate_checks',
  'permit_settings'
]

/** A renovation with a permit, a worker, a violation and an event, written at 0018's shape. */
function writeRenovation(sqlite: Database.Database, staff: number, room: number) {
  const key = insertRow(sqlite, 'signing_keys', { public_key: 'pub', secret_key: 'secret', created_at: MIGRATION_AT })
  const contractor = insertRow(sqlite, 'contractors', {
    name: '福州安居装饰工程有限公司',
    licence_no: '91350100MA2Y000001',
    leader: '陈工',
    phone: '13800000000',
    created_at: MIGRATION_AT,
    created_by: staff
  })
  const renovation = insertRow(sqlite, 'renovations', {
    number: 'ZS2026-000001',
    year: 2026,
    sequence: 1,
    room_id: room,
    applicant_kind: 'owner',
    applicant_person_id: 1,
    applicant_name: '张伟',
    contractor_id: contractor,
    leader: '陈工',
    leader_phone: '13800000000',
    works: '[]',
    starts_on: '2026-11-01',
    ends_on: '2026-12-31',
    status: 'active',
    created_at: MIGRATION_AT,
    created_by: staff
  })
  const paper = insertRow(sqlite, 'papers', {
    kind: 'permit',
    number: 'ZX2026-000001',
    year: 2026,
    sequence: 1,
    room_id: room,
    renovation_id: renovation,
    valid_from: '2026-11-01',
    valid_to: '2026-12-31',
    hint: 'ZW-3-2-1502',
    key_id: key,
    payload: 'FD1.P…',
    check_code: 'K7QX-M2PD',
    issued_at: MIGRATION_AT,
    issued_by: staff
  })
  const event = insertRow(sqlite, 'paper_events', {
    paper_id: paper,
    kind: 'suspended',
    at: MIGRATION_AT,
    staff_id: staff
  })
  const history = insertRow(sqlite, 'renovation_events', {
    renovation_id: renovation,
    kind: 'applied',
    at: MIGRATION_AT,
    staff_id: staff
  })
  const violation = insertRow(sqlite, 'renovation_violations', {
    renovation_id: renovation,
    found_at: MIGRATION_AT,
    found_by: '秩序维护员',
    what: '中午施工',
    deduction_fen: 20000,
    deduction_reason: '违反施工时间',
    recorded_at: MIGRATION_AT,
    recorded_by: staff
  })
  return { key, renovation, paper, event, history, violation }
}

describe('0018_permits', () => {
  it('adds the permit tables and keeps what was there', async () => {
    const old = await step.before(tmp.dir)
    const { staff } = insertFoundation(old.sqlite)
    const { room } = insertRoomAndOwner(old.sqlite, staff)
    for (const table of NEW_TABLES) expect(schemaNames(old.sqlite, 'table')).not.toContain(table)
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    expect(schemaNames(sqlite, 'table')).toEqual(expect.arrayContaining(NEW_TABLES))
    expect(rowOf(sqlite, 'rooms', room)).toMatchObject({ id: room })
    sqlite.close()
  })

  it('keeps papers, their events, the history and the gate log append-only', async () => {
    const old = await step.before(tmp.dir)
    const { staff } = insertFoundation(old.sqlite)
    const { room } = insertRoomAndOwner(old.sqlite, staff)
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    const rows = writeRenovation(sqlite, staff, room)
    const refused = (sql: string, ...params: unknown[]) => expect(() => sqlite.prepare(sql).run(...params)).toThrow()
    refused(`UPDATE papers SET valid_to = '2027-12-31' WHERE id = ?`, rows.paper)
    refused(`DELETE FROM papers WHERE id = ?`, rows.paper)
    refused(`UPDATE paper_events SET kind = 'resumed' WHERE id = ?`, rows.event)
    refused(`DELETE FROM paper_events WHERE id = ?`, rows.event)
    refused(`UPDATE renovation_events SET note = 'x' WHERE id = ?`, rows.history)
    refused(`DELETE FROM renovations WHERE id = ?`, rows.renovation)
    refused(`UPDATE renovations SET number = 'ZS2026-000009' WHERE id = ?`, rows.renovation)
    refused(`UPDATE renovation_violations SET deduction_fen = 0 WHERE id = ?`, rows.violation)
    refused(`UPDATE signing_keys SET secret_key = 'other' WHERE id = ?`, rows.key)
    refused(`DELETE FROM signing_keys WHERE id = ?`, rows.key)
    refused(
      `INSERT INTO renovations (number, year, sequence, room_id, applicant_kind, applicant_person_id, applicant_name, contractor_id, leader, leader_phone, works, starts_on, ends_on, status, created_at, created_by) SELECT 'ZS2026-000002', 2026, 2, room_id, applicant_kind, applicant_person_id, applicant_name, contractor_id, leader, leader_phone, works, '2026-12-31', '2026-11-01', status, created_at, created_by FROM renovations WHERE id = ?`,
      rows.renovation
    )

    // What the flows move on stays writable: a renovation's status, a violation rectified once, a key retired.
    sqlite.prepare(`UPDATE renovations SET status = 'suspended' WHERE id = ?`).run(rows.renovation)
    sqlite
      .prepare(`UPDATE renovation_violations SET rectified_at = ?, rectify_note = '已整改' WHERE id = ?`)
      .run(MIGRATION_AT, rows.violation)
    refused(`UPDATE renovation_violations SET rectify_note = 'again' WHERE id = ?`, rows.violation)
    sqlite.prepare(`UPDATE signing_keys SET retired_at = ? WHERE id = ?`).run(MIGRATION_AT, rows.key)
    expect(rowOf(sqlite, 'renovations', rows.renovation)).toMatchObject({ status: 'suspended' })
    sqlite.close()
  })
})
