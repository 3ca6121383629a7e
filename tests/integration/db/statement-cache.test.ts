import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { eq } from 'drizzle-orm'
import { openStore } from '../../../db/open'
import { staff } from '../../../db/schema'
import { reusePreparedStatements } from '../../../db/statement-cache'
import { tempDir } from '../../helpers/core'

let sqlite: Database.Database
beforeEach(() => {
  sqlite = new Database(':memory:')
  sqlite.exec(`CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (3)`)
})
afterEach(() => sqlite.close())

describe('statements kept once prepared', () => {
  it('hands out the same statement for the same text, in its plain row mode again', () => {
    reusePreparedStatements(sqlite)
    const first = sqlite.prepare(`SELECT x FROM t ORDER BY x`)
    expect(first.raw(true).all()).toEqual([[1], [2], [3]])
    const again = sqlite.prepare(`SELECT x FROM t ORDER BY x`)
    expect(again).toBe(first)
    expect(again.all()).toEqual([{ x: 1 }, { x: 2 }, { x: 3 }])
    expect(sqlite.prepare(`SELECT x FROM t ORDER BY x`).pluck().get()).toBe(1)
    expect(sqlite.prepare(`SELECT x FROM t ORDER BY x`).get()).toEqual({ x: 1 })
    // A statement that writes has no row mode to reset.
    const insert = sqlite.prepare(`INSERT INTO t VALUES (?)`)
    expect(sqlite.prepare(`INSERT INTO t VALUES (?)`)).toBe(insert)
    insert.run(4)
    expect(sqlite.prepare(`SELECT count(*) AS n FROM t`).get()).toEqual({ n: 4 })
  })

  it('makes a fresh statement while the kept one is in the middle of an iteration', () => {
    reusePreparedStatements(sqlite)
    const text = `SELECT x FROM t ORDER BY x`
    const seen: number[][] = []
    for (const row of sqlite.prepare(text).iterate() as IterableIterator<{ x: number }>) {
      // The same query inside its own loop (a nested walk over the same rows) still runs.
      seen.push([row.x, (sqlite.prepare(text).all() as { x: number }[]).length])
    }
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3]
    ])
  })

  it('lets the least recently used go beyond its limit', () => {
    reusePreparedStatements(sqlite, 2)
    const a = sqlite.prepare(`SELECT 1`)
    const b = sqlite.prepare(`SELECT 2`)
    expect(sqlite.prepare(`SELECT 1`)).toBe(a)
    sqlite.prepare(`SELECT 3`)
    // SELECT 2 was the least recently used: it went; SELECT 1 stayed.
    expect(sqlite.prepare(`SELECT 1`)).toBe(a)
    expect(sqlite.prepare(`SELECT 2`)).not.toBe(b)
  })

  it("is the store's: drizzle's queries reuse their statements", async () => {
    const tmp = tempDir()
    const store = await openStore(tmp.dir)
    try {
      const query = () => store.db.select().from(staff).where(eq(staff.id, 1)).toSQL().sql
      const text = query()
      expect(store.sqlite.prepare(text)).toBe(store.sqlite.prepare(text))
      expect(store.db.select().from(staff).where(eq(staff.id, 1)).all()).toEqual([])
    } finally {
      store.sqlite.close()
      tmp.cleanup()
    }
  })
})
