import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type Database from 'better-sqlite3'
import { tempDir } from '../../../helpers/core'
import {
  insertFoundation,
  insertRoomAndOwner,
  insertRow,
  MIGRATION_AT,
  migrationStep,
  rowOf
} from '../../../helpers/migrations'

const step = migrationStep('0014_checkin_append_only')
let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

/** Rows of every table the migration guards, written at 0013's shape. */
function writeHistory(sqlite: Database.Database) {
  const { staff } = insertFoundation(sqlite)
  const { room } = insertRoomAndOwner(sqlite, staff)
  const checkin = insertRow(sqlite, 'checkins', {
    room_id: room,
    status: 'open',
    started_at: MIGRATION_AT,
    started_by: staff,
    last_saved_at: MIGRATION_AT
  })
  const stepRow = {
    checkin_id: checkin,
    step: 'identity',
    data: '{}',
    complete: 1,
    saved_at: MIGRATION_AT,
    saved_by: staff
  }
  insertRow(sqlite, 'checkin_steps', stepRow)
  const order = insertRow(sqlite, 'work_orders', {
    number: 'WX2026-000001',
    year: 2026,
    sequence: 1,
    room_id: room,
    source: 'checkin',
    checkin_id: checkin,
    location: '客厅 墙面',
    category: '土建',
    description: '裂缝',
    route: 'developer',
    status: 'pending',
    created_at: MIGRATION_AT,
    created_by: staff
  })
  const event = insertRow(sqlite, 'work_order_events', {
    work_order_id: order,
    kind: 'created',
    at: MIGRATION_AT,
    staff_id: staff
  })
  const trusteeship = insertRow(sqlite, 'trusteeships', {
    room_id: room,
    checkin_id: checkin,
    agreement_signed_on: '2026-11-22',
    started_on: '2026-11-22',
    created_at: MIGRATION_AT,
    created_by: staff
  })
  const reading = insertRow(sqlite, 'trusteeship_readings', {
    trusteeship_id: trusteeship,
    kind: 'water',
    reading_centi: 1234,
    read_on: '2026-11-22',
    phase: 'start',
    created_at: MIGRATION_AT,
    created_by: staff
  })
  const patrol = insertRow(sqlite, 'trusteeship_patrols', {
    trusteeship_id: trusteeship,
    kind: 'weekly',
    patrolled_on: '2026-11-22',
    patrolled_by: '李巡查',
    created_at: MIGRATION_AT,
    created_by: staff
  })
  return { staff, checkin, stepRow, order, event, trusteeship, reading, patrol }
}

describe('0014_checkin_append_only', () => {
  it('history written before becomes append-only; a closed check-in keeps its steps', async () => {
    const old = await step.before(tmp.dir)
    const rows = writeHistory(old.sqlite)
    old.sqlite.prepare(`UPDATE work_order_events SET note = 'x' WHERE id = ?`).run(rows.event)
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    const refused = (sql: string, ...params: unknown[]) => expect(() => sqlite.prepare(sql).run(...params)).toThrow()
    refused(`UPDATE work_order_events SET note = 'y' WHERE id = ?`, rows.event)
    refused(`DELETE FROM work_order_events WHERE id = ?`, rows.event)
    refused(`DELETE FROM work_orders WHERE id = ?`, rows.order)
    refused(`UPDATE work_orders SET number = 'WX2026-000009' WHERE id = ?`, rows.order)
    refused(`UPDATE trusteeship_readings SET reading_centi = 1 WHERE id = ?`, rows.reading)
    refused(`DELETE FROM trusteeship_readings WHERE id = ?`, rows.reading)
    refused(`UPDATE trusteeship_patrols SET findings = 'ok' WHERE id = ?`, rows.patrol)
    refused(`DELETE FROM trusteeship_patrols WHERE id = ?`, rows.patrol)
    refused(`DELETE FROM trusteeships WHERE id = ?`, rows.trusteeship)
    refused(`DELETE FROM checkins WHERE id = ?`, rows.checkin)
    refused(`DELETE FROM checkin_steps WHERE checkin_id = ?`, rows.checkin)
    expect(rowOf(sqlite, 'work_order_events', rows.event)).toMatchObject({ note: 'x' })

    // Where an order stands moves on; while a check-in is open its drafts change, once closed never.
    sqlite.prepare(`UPDATE work_orders SET status = 'completed' WHERE id = ?`).run(rows.order)
    sqlite.prepare(`UPDATE trusteeships SET ended_on = '2026-12-01' WHERE id = ?`).run(rows.trusteeship)
    sqlite.prepare(`UPDATE checkin_steps SET data = '{"a":1}' WHERE checkin_id = ?`).run(rows.checkin)
    sqlite.prepare(`UPDATE checkins SET status = 'done' WHERE id = ?`).run(rows.checkin)
    refused(`UPDATE checkin_steps SET data = '{}' WHERE checkin_id = ?`, rows.checkin)
    refused(
      `INSERT INTO checkin_steps (checkin_id, step, data, complete, saved_at, saved_by) VALUES (?, 'fees', '{}', 1, ?, ?)`,
      rows.checkin,
      MIGRATION_AT,
      rows.staff
    )
    sqlite.close()
  })
})
