import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openStore } from '../../db/open'
import { startTestCore, tempDir } from '../helpers/core'
import { corruptMainFile, crashedWithWal, fingerprint } from '../integration/db/recovery-fixture'

/**
 * Damaged database files, each with and without the -wal/-shm a crash leaves, opened by the whole
 * core as a shell opens it: recovery mode, and through the recovery screen's calls (status asked
 * again and again, a sign-in tried) the main file, -wal and -shm stay byte-identical and no file is
 * added beside them. (tests/integration/db/recovery-wal.test.ts holds the store-level cases.)
 */
interface Damage {
  damage: (file: string) => void
  /** With a WAL the file may be whole again: the WAL carries newer copies of the pages written last. */
  healedByWal?: boolean
}
const DAMAGES: Record<string, Damage> = {
  'pages scribbled over': { damage: (file) => corruptMainFile(join(file, '..')) },
  // Page 1 is rewritten by every commit that grows the file, so the crash's WAL holds a good copy of it.
  'header overwritten': {
    damage: (file) => {
      const bytes = readFileSync(file)
      bytes.fill(0x5a, 0, 100)
      writeFileSync(file, bytes)
    },
    healedByWal: true
  },
  'cut short': { damage: (file) => writeFileSync(file, readFileSync(file).subarray(0, 4096 * 8)) },
  // SQLite reads a zero-length file as an empty database (and drops a -wal beside it); db/open.ts never
  // leaves one behind on a first run, so this one was emptied and must not be set up anew.
  emptied: { damage: (file) => writeFileSync(file, '') }
}

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

async function damaged(withWal: boolean, damage: (file: string) => void): Promise<void> {
  await crashedWithWal(source.dir, crash.dir)
  if (!withWal) (await openStore(crash.dir)).sqlite.close() // a clean close: checkpointed, no -wal/-shm
  damage(join(crash.dir, 'frontdesk.db'))
}

describe('a damaged database opened by the core', () => {
  for (const [name, { damage, healedByWal }] of Object.entries(DAMAGES))
    for (const withWal of [true, false]) {
      const title = `${name}, ${withWal ? 'with' : 'without'} a WAL`
      if (healedByWal && withWal) {
        it(`${title}: the WAL's copy of the pages makes it whole, and it opens with every commit`, async () => {
          await damaged(withWal, damage)
          const { core } = await startTestCore(crash.dir)
          expect(core.mode).toBe('ready')
          expect(core.store.sqlite.prepare('SELECT count(*) AS n FROM filler').get()).toEqual({ n: 2300 })
          expect(core.store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
          core.close()
        })
        continue
      }
      it(`${title}: recovery mode, the files byte-identical`, async () => {
        await damaged(withWal, damage)
        const files = readdirSync(crash.dir).sort()
        expect(files.includes('frontdesk.db-wal')).toBe(withWal)
        const before = fingerprint(crash.dir)
        const { core } = await startTestCore(crash.dir)
        expect(core.mode).toBe('recovery')
        for (let i = 0; i < 3; i++) expect(await core.call('system.status', {})).toMatchObject({ ok: true })
        expect(await core.call('staff.signIn', { username: 'admin', password: 'admin1234' })).toMatchObject({
          ok: false,
          error: { code: 'RECOVERY_MODE' }
        })
        core.close()
        expect(fingerprint(crash.dir)).toEqual(before)
        expect(readdirSync(crash.dir).sort()).toEqual(files)
      })
    }
})
