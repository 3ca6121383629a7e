import Database from 'better-sqlite3'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../../db/migrations'
import { openStore } from '../../../db/open'
import { fillEveryTable, rowCounts } from '../../helpers/db-fill'
import { tempDir } from '../../helpers/core'

let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

describe('committed migrations', () => {
  it('every migration file is listed in the journal, in order, with statements', () => {
    expect(MIGRATIONS.length).toBeGreaterThan(0)
    const tags = MIGRATIONS.map((m) => m.tag)
    expect([...tags].sort()).toEqual(tags)
    for (const m of MIGRATIONS) expect(m.statements.length).toBeGreaterThan(0)
  })

  // What each migration promises is tested on its own, from the version before it.
  it('every migration has its own test file, and every such file a migration', () => {
    const files = readdirSync(join(import.meta.dirname, 'migrations')).filter((f) => f.endsWith('.test.ts'))
    expect(files.map((f) => f.replace(/\.test\.ts$/, ''))).toEqual(MIGRATIONS.map((m) => m.tag))
  })

  // For each step k: a database migrated to k and filled with data in every table keeps every
  // row through all later migrations (a table rebuild must never cascade-delete children).
  it.each(MIGRATIONS.map((m, k) => [m.tag, k] as const))(
    'rows written before %s… survive every later migration',
    async (_tag, k) => {
      const store = await openStore(tmp.dir, { migrations: MIGRATIONS.slice(0, k + 1) })
      // Triggers that refuse deletes are fine here: we only insert.
      fillEveryTable(store.sqlite)
      const before = rowCounts(store.sqlite)
      store.sqlite.close()
      const after = await openStore(tmp.dir)
      const counts = rowCounts(after.sqlite)
      for (const [table, n] of Object.entries(before)) expect(counts[table], table).toBeGreaterThanOrEqual(n)
      expect(after.sqlite.pragma('foreign_key_check')).toEqual([])
      after.sqlite.close()
      const check = new Database(join(tmp.dir, 'frontdesk.db'), { readonly: true })
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok')
      check.close()
    }
  )
})
