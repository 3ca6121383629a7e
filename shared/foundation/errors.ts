/** Refusals of setup, sign-in, staff and the system screens (messages: `error.CODE`). */
export const FOUNDATION_ERROR_CODES = [
  'BAD_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'ACCOUNT_DISABLED',
  'ALREADY_SET_UP',
  'NOT_SET_UP',
  'USERNAME_TAKEN',
  'WEAK_PASSWORD',
  'LAST_ADMIN',
  'NOT_IN_RECOVERY',
  'APPROVER_LOCKED',
  'APPROVER_PASSWORD_CHANGE_REQUIRED'
] as const
