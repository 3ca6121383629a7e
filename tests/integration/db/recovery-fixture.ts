import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DATABASE_FILE, openStore } from '../../../db/open'

export const SUFFIXES = ['', '-wal', '-shm'] as const

/** sha256 of the database file and its -wal/-shm ('absent' for a missing one); `file` for one kept aside. */
export function fingerprint(dataDir: string, file = join(dataDir, DATABASE_FILE)): Record<string, string> {
  return Object.fromEntries(
    SUFFIXES.map((s) => [
      `frontdesk.db${s}`,
      existsSync(file + s)
        ? createHash('sha256')
            .update(readFileSync(file + s))
            .digest('hex')
        : 'absent'
    ])
  )
}

/**
 * A database as a kill -9 leaves it: the main file, plus a -wal holding commits not yet
 * checkpointed and its -shm. The files are copied while the connection is still open, which is
 * exactly what is on disk the moment the process dies.
 */
export async function crashedWithWal(sourceDir: string, crashDir: string): Promise<void> {
  const store = await openStore(sourceDir)
  const sqlite = store.sqlite
  sqlite.pragma('wal_autocheckpoint = 0')
  sqlite.exec(`CREATE TABLE filler (id INTEGER PRIMARY KEY, t TEXT); CREATE INDEX filler_t ON filler(t);`)
  const insert = sqlite.prepare('INSERT INTO filler (t) VALUES (?)')
  for (let i = 0; i < 2000; i++) insert.run(`row ${i} `.repeat(20))
  sqlite.pragma('wal_checkpoint(TRUNCATE)')
  for (let i = 0; i < 300; i++) insert.run(`after the checkpoint ${i}`)
  for (const s of SUFFIXES) copyFileSync(join(sourceDir, DATABASE_FILE) + s, join(crashDir, DATABASE_FILE) + s)
  sqlite.close()
}

/** Scribbles over the b-tree pages of the filler index, so the file opens and the check finds the damage. */
export function corruptMainFile(dataDir: string): void {
  const file = join(dataDir, DATABASE_FILE)
  const bytes = readFileSync(file)
  // Pages from the 20th on belong to the filler table and index (the schema fits in the first few).
  for (let offset = 4096 * 20; offset < bytes.length - 4096; offset += 4096 * 3)
    bytes.fill(0xa5, offset + 100, offset + 1500)
  writeFileSync(file, bytes)
}
