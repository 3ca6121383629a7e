/** Refusals of the estate, rooms, persons and their documents (messages: `error.CODE`). */
export const HOUSEHOLDS_ERROR_CODES = [
  'DUPLICATE_ROOM',
  'DUPLICATE_DOCUMENT',
  'FILE_TOO_LARGE',
  'NO_ARREARS',
  'SEARCH_LIMITED'
] as const
