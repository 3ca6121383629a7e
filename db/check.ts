import { copyFileSync, existsSync, linkSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import type { Migration } from './migrations'
import { pendingMigrations, UnknownSchemaError } from './migrate'
import { storageProblem } from './storage-errors'

export type CheckOutcome =
  { ok: true } | { ok: false; reason: 'checkFailed' | 'newerSchema' | 'diskFull' | 'dataUnwritable'; detail: string }

const SIDE_FILES = ['-wal', '-shm'] as const

/**
 * Puts the database where SQLite may scribble beside it: the main file hard-linked (no copy, and a
 * read-only connection cannot write through it) or, where links are not possible (FAT drives, an
 * unwritable folder), copied to the temp folder; the -wal and -shm always copied, because even a
 * read-only connection writes into the -shm and creates a -wal/-shm pair beside the file it opens.
 */
function stage(databaseFile: string): string {
  const name = 'frontdesk.db'
  const folder = dirname(databaseFile)
  // A check the app was killed in the middle of leaves its folder: links only, safe to remove.
  for (const old of readdirSync(folder).filter((n) => n.startsWith('.check-')))
    rmSync(join(folder, old), { recursive: true, force: true })
  let dir: string | undefined
  try {
    dir = mkdtempSync(join(folder, '.check-'))
    linkSync(databaseFile, join(dir, name))
  } catch {
    if (dir) rmSync(dir, { recursive: true, force: true })
    dir = mkdtempSync(join(tmpdir(), 'frontdesk-check-'))
    copyFileSync(databaseFile, join(dir, name))
  }
  for (const suffix of SIDE_FILES) {
    if (existsSync(databaseFile + suffix)) copyFileSync(databaseFile + suffix, join(dir, name + suffix))
  }
  return dir
}

/**
 * quick_check and the schema check of an existing database without writing a byte to it, its
 * -wal or its -shm: the read-write connection's close checkpoints the WAL into the main file and
 * deletes -wal/-shm, which on a corrupt file destroys the evidence (and maybe the last commits)
 * the recovery screen promises to keep. Only a file that passes is opened for writing.
 */
export function checkWithoutWriting(databaseFile: string, known: readonly Migration[]): CheckOutcome {
  let dir: string
  try {
    dir = stage(databaseFile)
  } catch (error) {
    // Nowhere to stage even a link: opening for real would fail the same way, and must not be tried.
    const problem = storageProblem(error)
    const reason = problem === 'full' ? 'diskFull' : problem === 'unwritable' ? 'dataUnwritable' : 'checkFailed'
    return { ok: false, reason, detail: (error as Error).message }
  }
  let sqlite: Database.Database | undefined
  try {
    sqlite = new Database(join(dir, 'frontdesk.db'), { readonly: true, fileMustExist: true })
    const check = sqlite.pragma('quick_check', { simple: true })
    if (check !== 'ok') return { ok: false, reason: 'checkFailed', detail: String(check) }
    pendingMigrations(sqlite, known)
    return { ok: true }
  } catch (error) {
    if (error instanceof UnknownSchemaError) return { ok: false, reason: 'newerSchema', detail: error.message }
    return { ok: false, reason: 'checkFailed', detail: (error as Error).message }
  } finally {
    sqlite?.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
