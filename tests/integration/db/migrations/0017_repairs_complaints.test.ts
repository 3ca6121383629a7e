import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type Database from 'better-sqlite3'
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

const step = migrationStep('0017_repairs_complaints')
let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

const NEW_TABLES = ['complaint_events', 'complaints', 'service_items', 'workorder_settings']

/** A move-in inspection's work order and its event, written at 0016's shape. */
function writeOldOrder(sqlite: Database.Database) {
  const { staff } = insertFoundation(sqlite)
  const { room } = insertRoomAndOwner(sqlite, staff)
  const order = insertRow(sqlite, 'work_orders', {
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
  })
  const event = insertRow(sqlite, 'work_order_events', {
    work_order_id: order,
    kind: 'created',
    at: MIGRATION_AT,
    staff_id: staff
  })
  return { staff, room, order, event }
}

function writeComplaint(sqlite: Database.Database, staff: number, room: number) {
  const complaint = insertRow(sqlite, 'complaints', {
    number: 'TS2026-000001',
    year: 2026,
    sequence: 1,
    channel: 'counter',
    customer: '张三',
    room_id: room,
    occurred_at: MIGRATION_AT,
    description: '电梯噪音',
    category: 'other',
    severity: 'minor',
    status: 'registered',
    created_at: MIGRATION_AT,
    created_by: staff
  })
  const event = insertRow(sqlite, 'complaint_events', {
    complaint_id: complaint,
    kind: 'created',
    at: MIGRATION_AT,
    staff_id: staff
  })
  return { complaint, event }
}

describe('0017_repairs_complaints', () => {
  it('keeps an older work order as a free, non-urgent repair and adds the new tables', async () => {
    const old = await step.before(tmp.dir)
    const rows = writeOldOrder(old.sqlite)
    for (const table of NEW_TABLES) expect(schemaNames(old.sqlite, 'table')).not.toContain(table)
    expect(columnsOf(old.sqlite, 'work_orders')).not.toContain('kind')
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    expect(schemaNames(sqlite, 'table')).toEqual(expect.arrayContaining(NEW_TABLES))
    expect(rowOf(sqlite, 'work_orders', rows.order)).toMatchObject({
      number: 'WX2026-000001',
      source: 'checkin',
      status: 'pending',
      kind: 'repair',
      charge: 'free',
      urgent: 0,
      rework_count: 0,
      approval_required: 0,
      dispatched_at: null,
      completed_at: null
    })
    expect(rowOf(sqlite, 'work_order_events', rows.event)).toMatchObject({ kind: 'created', details: null })
    sqlite.close()
  })

  it('guards complaints, their events, an order’s kind and the service items', async () => {
    const old = await step.before(tmp.dir)
    const rows = writeOldOrder(old.sqlite)
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    const refused = (sql: string, ...params: unknown[]) =>
      expect(() => sqlite.prepare(sql).run(...params)).toThrow(/append-only|never deleted|keeps its/)
    const { complaint, event } = writeComplaint(sqlite, rows.staff, rows.room)
    refused(`UPDATE complaint_events SET note = 'x' WHERE id = ?`, event)
    refused(`DELETE FROM complaint_events WHERE id = ?`, event)
    refused(`DELETE FROM complaints WHERE id = ?`, complaint)
    refused(`UPDATE complaints SET number = 'TS2026-000009' WHERE id = ?`, complaint)
    refused(`UPDATE work_orders SET kind = 'service' WHERE id = ?`, rows.order)
    const item = insertRow(sqlite, 'service_items', {
      name: '疏通下水道',
      category: '水电',
      unit: '次',
      price_fen: 5000,
      created_at: MIGRATION_AT
    })
    refused(`DELETE FROM service_items WHERE id = ?`, item)

    // What the flows move on stays writable: a complaint's status, an order's progress, an item's retirement.
    sqlite
      .prepare(`UPDATE complaints SET status = 'resolved', resolved_at = ? WHERE id = ?`)
      .run(MIGRATION_AT, complaint)
    sqlite.prepare(`UPDATE work_orders SET status = 'completed', rework_count = 1 WHERE id = ?`).run(rows.order)
    sqlite.prepare(`UPDATE service_items SET active = 0 WHERE id = ?`).run(item)
    expect(rowOf(sqlite, 'complaints', complaint)).toMatchObject({ number: 'TS2026-000001', status: 'resolved' })
    expect(rowOf(sqlite, 'work_orders', rows.order)).toMatchObject({ kind: 'repair', rework_count: 1 })
    expect(rowOf(sqlite, 'service_items', item)).toMatchObject({ active: 0 })
    sqlite.close()
  })
})
