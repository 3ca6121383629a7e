/**
 * Error codes that cross from the core to the UI. Each has a message in every language in
 * shared/i18n/messages.ts; `details` carries field names and values for the UI to place them.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_PROCEDURE',
  'NOT_SIGNED_IN',
  'SESSION_LOCKED',
  'FORBIDDEN',
  'APPROVAL_REQUIRED',
  'APPROVAL_REJECTED',
  'BAD_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'ACCOUNT_DISABLED',
  'ALREADY_SET_UP',
  'NOT_SET_UP',
  'USERNAME_TAKEN',
  'NOT_FOUND',
  'WEAK_PASSWORD',
  'LAST_ADMIN',
  'REQUEST_ID_REQUIRED',
  'RECOVERY_MODE',
  'NOT_IN_RECOVERY',
  'BACKUP_INVALID',
  'CONFLICT',
  'DUPLICATE_ROOM',
  'DUPLICATE_DOCUMENT',
  'FILE_TOO_LARGE',
  'NO_PRICE',
  'NO_ARREARS',
  'AMOUNT_MISMATCH',
  'PAYMENTS_MISMATCH',
  'TENDERED_SHORT',
  'ALREADY_PAID',
  'NOTHING_TO_PAY',
  'READING_LOWER',
  'ALREADY_VOID',
  'NOT_REFUNDABLE',
  'REFUND_EXCEEDS',
  'ALREADY_REFUNDED',
  'NOT_METERED',
  'PAPER_OVERLAP',
  'PAPER_USED',
  'PAPER_NOT_IN_BOOK',
  'PRINTER_NAME_TAKEN',
  'KEY_NOT_AUTHORIZED',
  'KEY_AUTH_EXPIRED',
  'KEY_WRONG_PURPOSE',
  'KEY_OUT',
  'KEY_NOT_IN',
  'KEY_WITHDRAWN',
  'HOOK_TAKEN',
  'HOOK_OUT_OF_RANGE',
  'NOT_DEPOSITOR',
  'CABINET_SHRINK',
  'CABINET_NAME_TAKEN',
  'RATE_LIMITED',
  'PASSWORD_CHANGE_REQUIRED',
  'INTERNAL'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ApiError {
  code: ErrorCode
  message: string
  details?: Record<string, unknown>
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError }
