import type { ErrorCode } from '../../../shared/errors'
import type { MessageParams } from '../../../shared/messages'
import { BackupStorageError, storageProblem } from '../../../db/storage-errors'

/**
 * A refusal the person at the counter should read. The router turns it into
 * `{ ok: false, error }` with the message in their language; `params` fill the message and
 * travel as `details` so the UI can point at a field.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: MessageParams = {},
    readonly details: Record<string, unknown> = {}
  ) {
    super(code)
  }
}

/**
 * Returned (not thrown) by a service that must record something — a failed sign-in, a
 * lockout — and still refuse: the router commits the transaction, then answers with the error.
 */
export class FailAfterCommit {
  constructor(readonly error: AppError) {}
}

/**
 * Any failure as the clerk should read it. A full disk and an unwritable data or backups folder
 * get their own messages saying what to do (the operation changed nothing either way); anything
 * else is INTERNAL with a short technical detail for support.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error
  if (error instanceof BackupStorageError) {
    const code = error.problem === 'full' ? 'BACKUP_FOLDER_FULL' : 'BACKUP_FOLDER_UNWRITABLE'
    return new AppError(code, { folder: error.folder })
  }
  const problem = storageProblem(error)
  if (problem === 'full') return new AppError('DISK_FULL')
  if (problem === 'unwritable') return new AppError('DATA_FOLDER_UNWRITABLE')
  return new AppError('INTERNAL', { detail: (error as Error)?.message?.slice(0, 200) ?? 'unknown' })
}
