/** Refusals of key custody: cabinets, hooks, authorisations and movements (messages: `error.CODE`). */
export const KEYS_ERROR_CODES = [
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
  'CABINET_NAME_TAKEN'
] as const
