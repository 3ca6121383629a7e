import type Database from 'better-sqlite3'
import { MIGRATIONS } from '../../db/migrations'
import { openStore, type Store } from '../../db/open'

/** The instant every migration test writes its rows at (and the ledger records). */
export const MIGRATION_AT = '2026-11-22T01:00:00.000Z'
const fixedNow = () => new Date(MIGRATION_AT)

function indexOf(tag: string): number {
  const k = MIGRATIONS.findIndex((m) => m.tag === tag)
  if (k < 0) throw new Error(`no migration ${tag} in db/migrations`)
  return k
}

/**
 * One migration under test: `before` opens the data folder at the version just before it,
 * `after` applies it (and nothing later), so a test inserts at the old shape and reads back
 * at the new one — and fails when the migration does nothing.
 */
export function migrationStep(tag: string) {
  const k = indexOf(tag)
  return {
    before: (dataDir: string): Promise<Store> =>
      openStore(dataDir, { migrations: MIGRATIONS.slice(0, k), now: fixedNow }),
    after: (dataDir: string): Promise<Store> =>
      openStore(dataDir, { migrations: MIGRATIONS.slice(0, k + 1), now: fixedNow })
  }
}

/** Inserts one row from a column → value record; returns its rowid. */
export function insertRow(sqlite: Database.Database, table: string, values: Record<string, unknown>): number {
  const columns = Object.keys(values)
  const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`
  return Number(sqlite.prepare(sql).run(...Object.values(values)).lastInsertRowid)
}

export function rowOf(sqlite: Database.Database, table: string, id: number): Record<string, unknown> | undefined {
  return sqlite.prepare(`SELECT * FROM "${table}" WHERE rowid = ?`).get(id) as Record<string, unknown> | undefined
}

export function schemaNames(sqlite: Database.Database, type: 'table' | 'index' | 'trigger'): string[] {
  const rows = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all(type)
  return (rows as { name: string }[]).map((r) => r.name)
}

export function columnsOf(sqlite: Database.Database, table: string): string[] {
  return (sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name)
}

/** The plan SQLite picks for a query, one line per step. */
export function queryPlan(sqlite: Database.Database, sql: string, ...params: unknown[]): string {
  const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]
  return plan.map((p) => p.detail).join('\n')
}

/** The rows of the foundation every later table hangs on: a staff member, a counter, a shift. */
export function insertFoundation(sqlite: Database.Database) {
  const staff = insertRow(sqlite, 'staff', {
    username: 'wang',
    display_name: '王管理',
    role: 'admin',
    password_hash: 'x',
    created_at: MIGRATION_AT
  })
  const counter = insertRow(sqlite, 'counters', { name: '一号前台', created_at: MIGRATION_AT })
  const shift = insertRow(sqlite, 'shifts', { staff_id: staff, counter_id: counter, opened_at: MIGRATION_AT })
  return { staff, counter, shift }
}

/** Building 3, unit 2, room 3-2-1502 of 89.50 ㎡ and its owner 张三 (needs 0002). */
export function insertRoomAndOwner(sqlite: Database.Database, staff: number) {
  const building = insertRow(sqlite, 'buildings', { code: '3', created_at: MIGRATION_AT })
  const unit = insertRow(sqlite, 'units', { building_id: building, code: '2' })
  const room = insertRow(sqlite, 'rooms', {
    building_id: building,
    unit_id: unit,
    number: '1502',
    code: '3-2-1502',
    floor: 15,
    area_centi: 8950,
    created_at: MIGRATION_AT
  })
  const person = insertRow(sqlite, 'persons', {
    name: '张三',
    name_initials: 'zs',
    name_pinyin: 'zhangsan',
    created_at: MIGRATION_AT,
    updated_at: MIGRATION_AT
  })
  const relation = insertRow(sqlite, 'room_persons', {
    room_id: room,
    person_id: person,
    relation: 'owner',
    started_on: '2026-01-15',
    created_at: MIGRATION_AT,
    created_by: staff
  })
  return { building, unit, room, person, relation }
}
