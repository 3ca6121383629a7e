import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DatabaseUnavailableError, openStore } from '../../../db/open'
import { tempDir } from '../../helpers/core'
import { corruptMainFile, crashedWithWal, fingerprint } from './recovery-fixture'

let source: ReturnType<typeof tempDir>
let crash: ReturnType<typeof tempDir>
beforeEach(() => {
  source = tempDir()
  crash = tempDir()
})
afterEach(() => {
  source.cleanup()
  crash.cleanup()
})

async function refusal(dir: string): Promise<DatabaseUnavailableError> {
  const error = await openStore(dir).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(DatabaseUnavailableError)
  return error as DatabaseUnavailableError
}

describe('a database left by a crash, with its -wal and -shm', () => {
  it('corrupt: refused, and the main file, -wal and -shm stay byte-identical', async () => {
    await crashedWithWal(source.dir, crash.dir)
    corruptMainFile(crash.dir)
    const before = fingerprint(crash.dir)
    expect(before['frontdesk.db-wal']).not.toBe('absent')
    expect(before['frontdesk.db-shm']).not.toBe('absent')
    expect((await refusal(crash.dir)).reason).toBe('checkFailed')
    expect(fingerprint(crash.dir)).toEqual(before)
    // Asking again (the recovery screen reloads) changes nothing either, and leaves no staging folder.
    await refusal(crash.dir)
    expect(fingerprint(crash.dir)).toEqual(before)
    expect(readdirSync(crash.dir).sort()).toEqual(['frontdesk.db', 'frontdesk.db-shm', 'frontdesk.db-wal'])
  })

  it('sound: opens, with the commits that were only in the WAL', async () => {
    await crashedWithWal(source.dir, crash.dir)
    const store = await openStore(crash.dir)
    const late = store.sqlite.prepare(`SELECT count(*) AS n FROM filler WHERE t LIKE 'after the checkpoint%'`).get()
    expect(late).toEqual({ n: 300 })
    store.sqlite.close()
  })

  it('an unknown (newer) schema with a WAL: refused and byte-identical', async () => {
    const store = await openStore(source.dir)
    store.sqlite.close()
    await crashedWithWal(source.dir, crash.dir)
    const db = new Database(join(crash.dir, 'frontdesk.db'))
    db.pragma('wal_autocheckpoint = 0')
    db.prepare(`INSERT INTO __migrations (tag, applied_at) VALUES ('9999_from_the_future', 'x')`).run()
    // Leave it as a crash would: copy the three files aside while the connection is open.
    const crashed = tempDir()
    try {
      for (const s of ['', '-wal', '-shm'])
        writeFileSync(join(crashed.dir, `frontdesk.db${s}`), readFileSync(join(crash.dir, `frontdesk.db${s}`)))
      db.close()
      const before = fingerprint(crashed.dir)
      expect((await refusal(crashed.dir)).reason).toBe('newerSchema')
      expect(fingerprint(crashed.dir)).toEqual(before)
    } finally {
      crashed.cleanup()
    }
  })

  it('a leftover staging folder from a check that was killed is removed', async () => {
    await crashedWithWal(source.dir, crash.dir)
    mkdirSync(join(crash.dir, '.check-leftover'))
    writeFileSync(join(crash.dir, '.check-leftover', 'frontdesk.db'), 'x')
    ;(await openStore(crash.dir)).sqlite.close()
    expect(existsSync(join(crash.dir, '.check-leftover'))).toBe(false)
  })
})

describe('a truncated database file', () => {
  for (const withWal of [false, true]) {
    it(`is refused and gets no new -wal/-shm beside it${withWal ? ' (its own WAL kept as it was)' : ''}`, async () => {
      await crashedWithWal(source.dir, crash.dir)
      const file = join(crash.dir, 'frontdesk.db')
      if (!withWal) {
        const clean = await openStore(crash.dir)
        clean.sqlite.close() // checkpointed and -wal/-shm removed
      }
      writeFileSync(file, readFileSync(file).subarray(0, 4096 * 8))
      const files = readdirSync(crash.dir).sort()
      const before = fingerprint(crash.dir)
      await refusal(crash.dir)
      expect(readdirSync(crash.dir).sort()).toEqual(files)
      expect(fingerprint(crash.dir)).toEqual(before)
      if (!withWal) expect(before['frontdesk.db-wal']).toBe('absent')
    })
  }
})
