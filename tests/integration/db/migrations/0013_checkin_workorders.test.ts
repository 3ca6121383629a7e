import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../../helpers/core'
import {
  columnsOf,
  insertFoundation,
  insertRoomAndOwner,
  insertRow,
  MIGRATION_AT,
  migrationStep,
  schemaNames
} from '../../../helpers/migrations'

const step = migrationStep('0013_checkin_workorders')
let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

const TABLES = [
  'checkin_settings',
  'checkin_steps',
  'checkins',
  'trusteeship_patrols',
  'trusteeship_readings',
  'trusteeships',
  'work_order_events',
  'work_orders'
]

describe('0013_checkin_workorders', () => {
  it('adds the check-in, trusteeship and work-order tables beside the rooms written before', async () => {
    const old = await step.before(tmp.dir)
    const { staff } = insertFoundation(old.sqlite)
    const { room } = insertRoomAndOwner(old.sqlite, staff)
    for (const table of TABLES) expect(schemaNames(old.sqlite, 'table')).not.toContain(table)
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    expect(schemaNames(sqlite, 'table')).toEqual(expect.arrayContaining(TABLES))
    expect(columnsOf(sqlite, 'work_orders')).toEqual(expect.arrayContaining(['number', 'year', 'sequence', 'status']))
    const open = {
      room_id: room,
      status: 'open',
      started_at: MIGRATION_AT,
      started_by: staff,
      last_saved_at: MIGRATION_AT
    }
    const first = insertRow(sqlite, 'checkins', open)
    // One open check-in per room; a closed one does not stand in the way of the next.
    expect(() => insertRow(sqlite, 'checkins', open)).toThrow(/UNIQUE constraint failed/)
    sqlite.prepare(`UPDATE checkins SET status = 'cancelled' WHERE id = ?`).run(first)
    expect(insertRow(sqlite, 'checkins', open)).toBeGreaterThan(first)
    // One running trusteeship per room.
    const trusteeship = {
      room_id: room,
      agreement_signed_on: '2026-11-22',
      started_on: '2026-11-22',
      created_at: MIGRATION_AT,
      created_by: staff
    }
    insertRow(sqlite, 'trusteeships', trusteeship)
    expect(() => insertRow(sqlite, 'trusteeships', trusteeship)).toThrow(/UNIQUE constraint failed/)
    // A work order's number is unique.
    const order = {
      number: 'WX2026-000001',
      year: 2026,
      sequence: 1,
      room_id: room,
      source: 'checkin',
      location: '客厅 墙面',
      category: '土建',
      description: '裂缝',
      route: 'developer',
      status: 'pending',
      created_at: MIGRATION_AT,
      created_by: staff
    }
    insertRow(sqlite, 'work_orders', order)
    expect(() => insertRow(sqlite, 'work_orders', order)).toThrow(/UNIQUE constraint failed/)
    sqlite.close()
  })
})
