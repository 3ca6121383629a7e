import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openStore } from '../../../db/open'
import { logSlowStatements, slowQueryThreshold } from '../../../db/slow-queries'
import { tempDir } from '../../helpers/core'

let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => {
  vi.restoreAllMocks()
  tmp.cleanup()
})

// A statement that takes a while whatever the machine: counting to a million one by one.
const SLOW = `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) SELECT count(*) AS n FROM n`
const THRESHOLD_MS = 50

describe('the slow-query log', () => {
  it('reports a statement slower than the threshold with its time and first 200 characters, and not a fast one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const store = await openStore(tmp.dir, { slowQueryMs: THRESHOLD_MS })
    // Opening ran the migrations through the log too; a commit's fsync may be slow on a busy disk.
    warn.mockClear()
    expect(store.sqlite.prepare(`SELECT 1 AS one`).get()).toEqual({ one: 1 })
    expect(warn).not.toHaveBeenCalled()

    const started = performance.now()
    const padded = `${SLOW} ${'-- padding '.repeat(30)}`
    expect(store.sqlite.prepare(padded).get()).toEqual({ n: 1_000_000 })
    expect(performance.now() - started).toBeGreaterThan(THRESHOLD_MS)
    expect(warn).toHaveBeenCalledTimes(1)
    const line = String(warn.mock.calls[0]![0])
    const [, ms, sql] = /^\[slow query\] (\d+\.\d) ms: (.*)$/.exec(line)!
    expect(Number(ms)).toBeGreaterThan(THRESHOLD_MS)
    expect(sql).toBe(padded.slice(0, 200))
    store.sqlite.close()
  })

  it('times every way a statement runs (also raw and through iterate) and exec', () => {
    const sqlite = new Database(':memory:')
    const lines: string[] = []
    logSlowStatements(sqlite, 0, (line) => lines.push(line))
    sqlite.exec(`CREATE TABLE t (x INTEGER)`)
    sqlite.prepare(`INSERT INTO t VALUES (1), (2)`).run()
    expect(sqlite.prepare(`SELECT x FROM t ORDER BY x`).raw(true).all()).toEqual([[1], [2]])
    expect([...sqlite.prepare(`SELECT x FROM t ORDER BY x`).pluck().iterate()]).toEqual([1, 2])
    expect(lines.map((l) => l.replace(/^\[slow query\] \d+\.\d ms: /, ''))).toEqual([
      'CREATE TABLE t (x INTEGER)',
      'INSERT INTO t VALUES (1), (2)',
      'SELECT x FROM t ORDER BY x',
      'SELECT x FROM t ORDER BY x'
    ])
    sqlite.close()
  })

  it('is off in tests unless asked for, and FRONTDESK_SLOW_QUERY_MS sets or stops it', async () => {
    expect(slowQueryThreshold({})).toBeNull()
    expect(slowQueryThreshold({ FRONTDESK_SLOW_QUERY_MS: '40' })).toBe(40)
    expect(slowQueryThreshold({ FRONTDESK_SLOW_QUERY_MS: '0' })).toBe(0)
    expect(slowQueryThreshold({ FRONTDESK_SLOW_QUERY_MS: 'off' })).toBeNull()
    const store = await openStore(tmp.dir)
    // Not installed: a statement's methods are better-sqlite3's own, not timed ones on the instance.
    const statement = store.sqlite.prepare(`SELECT 1 AS one`)
    expect(Object.hasOwn(statement, 'get')).toBe(false)
    store.sqlite.close()
  })
})
