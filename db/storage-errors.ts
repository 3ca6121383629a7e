/**
 * Failures of the disk rather than of the program: a full disk, or a folder (or drive) the app may
 * not write to. They get their own messages telling the clerk what to do, never the generic
 * internal error with SQLite's English text.
 */
export type StorageProblem = 'full' | 'unwritable'

const FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT'])
// ENOTDIR: the folder's path runs through a file (a drive letter reused, a file where the folder was).
const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR'])

/** What kind of disk failure an error is (Node's errno codes and better-sqlite3's SQLite codes), or null. */
export function storageProblem(error: unknown): StorageProblem | null {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string') {
      // SQLite reports a full disk as SQLITE_FULL; the extended codes name the variant (…_DIRECTORY, …_ISDIR).
      if (FULL.has(code)) return 'full'
      if (UNWRITABLE.has(code) || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN'))
        return 'unwritable'
    }
    e = (e as { cause?: unknown }).cause
  }
  return null
}

/** A backup that the disk refused, naming the folder it was written to. */
export class BackupStorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    readonly folder: string,
    cause: unknown
  ) {
    super(`backups folder ${folder}: ${(cause as Error)?.message ?? String(cause)}`, { cause })
  }
}
