import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DatabaseUnavailableError, openStore } from '../../../db/open'
import { MIGRATIONS } from '../../../db/migrations'
import { listBackups } from '../../../db/backup'
import { tempDir } from '../../helpers/core'

let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

describe('opening the database', () => {
  it('makes a new file whole before it takes its name, so a zero-length frontdesk.db is refused, not set up anew', async () => {
    writeFileSync(join(tmp.dir, 'frontdesk.db.new'), '') // a first run killed before the header was written
    const store = await openStore(tmp.dir)
    store.sqlite.close()
    expect(readdirSync(tmp.dir).filter((n) => n.startsWith('frontdesk.db'))).toEqual(['frontdesk.db'])
    writeFileSync(join(tmp.dir, 'frontdesk.db'), '')
    const refused = await openStore(tmp.dir).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(DatabaseUnavailableError)
    expect((refused as DatabaseUnavailableError).reason).toBe('checkFailed')
    expect(readFileSync(join(tmp.dir, 'frontdesk.db')).length).toBe(0)
  })

  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout on every open, also on reopen', async () => {
    for (let i = 0; i < 2; i++) {
      const store = await openStore(tmp.dir)
      expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
      expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(2)
      expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
      expect(store.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000)
      store.sqlite.close()
    }
  })

  it('a file that is not a database is refused and left byte-for-byte as it was', async () => {
    const file = join(tmp.dir, 'frontdesk.db')
    writeFileSync(file, Buffer.alloc(8192, 0x5a))
    const before = sha(file)
    await expect(openStore(tmp.dir)).rejects.toBeInstanceOf(DatabaseUnavailableError)
    expect(sha(file)).toBe(before)
  })

  it('a database with corrupted pages fails quick_check and is not replaced', async () => {
    const store = await openStore(tmp.dir)
    store.sqlite.exec(`CREATE TABLE filler (id INTEGER PRIMARY KEY, t TEXT); CREATE INDEX filler_t ON filler(t);`)
    const insert = store.sqlite.prepare('INSERT INTO filler (t) VALUES (?)')
    for (let i = 0; i < 2000; i++) insert.run(`row ${i} `.repeat(20))
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    // Scribble only past the schema: the pages of the filler index, so the file opens and the
    // check is what finds the damage.
    const { rootpage } = store.sqlite.prepare(`SELECT rootpage FROM sqlite_master WHERE name = 'filler_t'`).get() as {
      rootpage: number
    }
    store.sqlite.close()
    const file = join(tmp.dir, 'frontdesk.db')
    const bytes = readFileSync(file)
    // Scribble over pages past the schema page: the header stays valid, the b-trees do not.
    for (let offset = 4096 * rootpage; offset < bytes.length - 4096; offset += 4096 * 3)
      bytes.fill(0xa5, offset + 100, offset + 1500)
    writeFileSync(file, bytes)
    const before = sha(file)
    const error = await openStore(tmp.dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatabaseUnavailableError)
    expect((error as DatabaseUnavailableError).reason).toBe('checkFailed')
    expect(sha(file)).toBe(before)
  })

  it('refuses a database that has migrations this version does not know', async () => {
    const store = await openStore(tmp.dir)
    store.sqlite.prepare(`INSERT INTO __migrations (tag, applied_at) VALUES ('9999_from_the_future', 'x')`).run()
    store.sqlite.close()
    const error = await openStore(tmp.dir).catch((e: unknown) => e)
    expect((error as DatabaseUnavailableError).reason).toBe('newerSchema')
  })

  it('takes a verified backup before applying pending migrations, and none for a new database', async () => {
    const first = await openStore(tmp.dir, { migrations: MIGRATIONS.slice(0, 1) })
    expect(listBackups(join(tmp.dir, 'backups'))).toHaveLength(0)
    first.sqlite.close()
    const second = await openStore(tmp.dir)
    const backups = listBackups(join(tmp.dir, 'backups'))
    expect(backups).toHaveLength(1)
    expect(backups[0]).toMatchObject({ verified: true })
    expect(backups[0]!.file).toMatch(/before-migration/)
    second.sqlite.close()
  })

  it('applies migrations all-or-nothing: a failing one leaves the database as it was', async () => {
    const store = await openStore(tmp.dir)
    store.sqlite.close()
    const broken = [
      ...MIGRATIONS,
      { tag: '9000_good', statements: ['CREATE TABLE t_good (id INTEGER)'] },
      { tag: '9001_bad', statements: ['CREATE TABLE oops ('] }
    ]
    const error = await openStore(tmp.dir, { migrations: broken }).catch((e: unknown) => e)
    expect((error as DatabaseUnavailableError).reason).toBe('migrationFailed')
    const db = new Database(join(tmp.dir, 'frontdesk.db'), { readonly: true })
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 't_good'`).get()).toBeUndefined()
    db.close()
  })

  it('a table-rebuild migration does not cascade-delete child rows', async () => {
    const base = [
      {
        tag: '0000_base',
        statements: [
          'CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT)',
          'CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id) ON DELETE CASCADE)'
        ]
      }
    ]
    const store = await openStore(tmp.dir, { migrations: base })
    store.sqlite.exec(`INSERT INTO parent VALUES (1,'a'),(2,'b'); INSERT INTO child VALUES (1,1),(2,1),(3,2)`)
    store.sqlite.close()
    // The shape drizzle-kit generates when it must rebuild a table.
    const rebuild = {
      tag: '0001_rebuild',
      statements: [
        'PRAGMA foreign_keys=OFF',
        "CREATE TABLE __new_parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '')",
        'INSERT INTO __new_parent (id, name) SELECT id, name FROM parent',
        'DROP TABLE parent',
        'ALTER TABLE __new_parent RENAME TO parent',
        'PRAGMA foreign_keys=ON'
      ]
    }
    const after = await openStore(tmp.dir, { migrations: [...base, rebuild] })
    expect(after.sqlite.prepare('SELECT count(*) AS n FROM child').get()).toEqual({ n: 3 })
    expect(after.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    after.sqlite.close()
  })

  it('audit rows cannot be changed or deleted, and staff cannot be deleted', async () => {
    const store = await openStore(tmp.dir)
    store.sqlite.exec(`INSERT INTO audit_log (at, procedure, summary_key) VALUES ('2026-01-01', 'x', 'audit.generic')`)
    expect(() => store.sqlite.exec(`UPDATE audit_log SET procedure = 'y'`)).toThrow(/append-only/)
    expect(() => store.sqlite.exec(`DELETE FROM audit_log`)).toThrow(/append-only/)
    store.sqlite.exec(
      `INSERT INTO staff (username, display_name, role, password_hash, created_at) VALUES ('a','a','clerk','x','now')`
    )
    expect(() => store.sqlite.exec(`DELETE FROM staff`)).toThrow(/never deleted/)
    store.sqlite.close()
  })

  it('leaves no partial backup files behind', async () => {
    const store = await openStore(tmp.dir, { migrations: MIGRATIONS.slice(0, 1) })
    store.sqlite.close()
    ;(await openStore(tmp.dir)).sqlite.close()
    const names = existsSync(join(tmp.dir, 'backups')) ? readdirSync(join(tmp.dir, 'backups')) : []
    expect(names.filter((n) => n.endsWith('.partial'))).toEqual([])
  })
})
