// The type of every code, combined in shared/errors.ts; the kernel's list below holds only its own.
import type { ErrorCode } from '../errors'

/**
 * Error codes the kernel itself raises: the router, the core and recovery mode, whatever the
 * capability. Each capability lists its own codes in shared/<cap>/errors.ts and shared/errors.ts
 * combines them into `ErrorCode`; every code has a message (`error.CODE`) in every language.
 * `details` carries field names and values for the UI to place them.
 */
export const KERNEL_ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_PROCEDURE',
  'NOT_SIGNED_IN',
  'SESSION_LOCKED',
  'FORBIDDEN',
  'APPROVAL_REQUIRED',
  'APPROVAL_REJECTED',
  'NOT_FOUND',
  'REQUEST_ID_REQUIRED',
  'RECOVERY_MODE',
  'BACKUP_INVALID',
  'CONFLICT',
  'RATE_LIMITED',
  'PASSWORD_CHANGE_REQUIRED',
  // The disk, not the program: each says what to do (free space, call the administrator).
  'DISK_FULL',
  'DATA_FOLDER_UNWRITABLE',
  'BACKUP_FOLDER_FULL',
  'BACKUP_FOLDER_UNWRITABLE',
  'INTERNAL'
] as const
export type KernelErrorCode = (typeof KERNEL_ERROR_CODES)[number]

/** A refusal as it crosses to the UI; `ErrorCode` is the kernel's codes and every capability's. */
export interface ApiError {
  code: ErrorCode
  message: string
  details?: Record<string, unknown>
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError }
