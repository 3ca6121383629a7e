import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import { basename, join } from 'node:path'
import { verifyDatabaseFile } from './backup'
import { BackupStorageError, storageProblem } from './storage-errors'

/** Any failure writing into a backups folder is the folder's (full, or unwritable: a missing drive, read-only, a path through a file). */
function folderError(error: unknown, dir: string): BackupStorageError {
  if (error instanceof BackupStorageError) return error
  return new BackupStorageError(storageProblem(error) === 'full' ? 'full' : 'unwritable', dir, error)
}

const PROBE = '.frontdesk-write-test'

/**
 * Creates the folder if needed and writes, syncs and removes a small file in it. Asking the file
 * system for permissions is not enough: network shares and USB drives mounted read-only say yes
 * to access() and still refuse the write.
 */
export function probeWritable(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true })
    const probe = join(dir, PROBE)
    writeFileSync(probe, 'frontdesk', { flush: true })
    unlinkSync(probe)
  } catch (error) {
    throw folderError(error, dir)
  }
}

const PARTIAL = /^frontdesk-.+\.db\.partial$/

/** Removes what an interrupted backup left (`*.partial`, never offered for restore); the names removed. */
export function removePartials(dir: string): string[] {
  if (!existsSync(dir)) return []
  let names: string[]
  try {
    names = readdirSync(dir).filter((name) => PARTIAL.test(name))
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    try {
      unlinkSync(join(dir, name))
      removed.push(name)
    } catch {
      // Still there next time: a leftover never blocks a backup, it only wastes space.
    }
  }
  return removed
}

/**
 * Copies a verified backup into another folder (a USB drive, a network share): under a temporary
 * name, synced to the device, verified there by SQLite, and only then given its final name, so
 * the folder never holds a half-copied file under a backup's name.
 */
export function copyBackupTo(source: string, dir: string): { file: string; sizeBytes: number } {
  probeWritable(dir)
  const name = basename(source)
  const target = join(dir, name)
  const temporary = `${target}.partial`
  try {
    copyFileSync(source, temporary)
    const fd = openSync(temporary, 'r+')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch (error) {
    if (existsSync(temporary)) unlinkSync(temporary)
    throw folderError(error, dir)
  }
  if (!verifyDatabaseFile(temporary)) {
    unlinkSync(temporary)
    throw new BackupStorageError('unwritable', dir, new Error(`the copy of ${name} failed its integrity check there`))
  }
  renameSync(temporary, target)
  return { file: name, sizeBytes: statSync(target).size }
}

/** Deletes the named backups from the folder (retention); a file already gone is not an error. */
export function deleteBackups(dir: string, names: readonly string[]): void {
  for (const name of names) {
    if (name !== basename(name)) continue
    try {
      unlinkSync(join(dir, name))
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOENT') throw error
    }
  }
}
