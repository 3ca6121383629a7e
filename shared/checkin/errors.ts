/** Refusals of the check-in procedure and trusteeships (messages: `error.CODE`). */
export const CHECKIN_ERROR_CODES = [
  /** The room is not 未交付 or 空置. */
  'CHECKIN_ROOM_STATUS',
  /** The room already has an open check-in (resume it). */
  'CHECKIN_OPEN_EXISTS',
  /** A step marked complete lacks something; `{missing}` names it. */
  'CHECKIN_STEP_INCOMPLETE',
  /** The finish with steps not complete; `{steps}` names them. */
  'CHECKIN_NOT_COMPLETE',
  /** The check-in is finished or cancelled. */
  'CHECKIN_CLOSED',
  /** A receipt picked in the fees step is not this room's, or was voided. */
  'CHECKIN_RECEIPT_FOREIGN',
  /** A receipt's prepaid month charged at another share than the trusteeship answer calls for. */
  'CHECKIN_RECEIPT_SHARE',
  'TRUSTEESHIP_ENDED',
  /** A reading lower than the meter's previous one (trusteeship readings record no meter replacement). */
  'TRUSTEESHIP_READING_LOWER',
  /** The room already has a running trusteeship. */
  'TRUSTEESHIP_RUNNING',
  /** A trusteeship registered outside a check-in for a room whose status is not 托管. */
  'TRUSTEESHIP_ROOM_STATUS'
] as const
