/** Refusals of shifts, handovers and the ledger (messages: `error.CODE`). */
export const HANDOVER_ERROR_CODES = [
  /** The counter has no open shift to hand over. */
  'NO_OPEN_SHIFT',
  /** The shift on screen is no longer the counter's open shift (`{number}`: the handover that closed it). */
  'SHIFT_ALREADY_HANDED_OVER',
  /** The incoming person is the outgoing one. */
  'HANDOVER_SAME_PERSON',
  /** The incoming person's role may not keep the counter (an administrator). */
  'HANDOVER_ROLE',
  /** The counted cash differs from the expected (`{difference}`) and no reason was given. */
  'CASH_REASON_REQUIRED',
  /** Differences (cash, keys, tools) must be acknowledged by both sides. */
  'DIFFERENCES_NOT_ACKNOWLEDGED',
  /** A key cabinet or tool of the count is not the one expected (the list changed meanwhile: reload). */
  'COUNT_MISMATCH',
  /** A missing tool names who had it. */
  'TOOL_HOLDER_REQUIRED',
  /** The ledger entry is not in a state that allows the step (`{number}`, `{status}`). */
  'LEDGER_STATE',
  /** A repair needs a room: the entry has none. */
  'LEDGER_ROOM_REQUIRED',
  /** This day or week was already marked read (`{by}`, `{at}`). */
  'LEDGER_ALREADY_REVIEWED',
  /** The weekly read is the department head's (管理处主任). */
  'LEDGER_WEEKLY_MANAGER'
] as const
