/** Refusals of the office server and of a counter's link to it (messages: `error.CODE`). */
export const OFFICE_ERROR_CODES = [
  /** The pairing code is wrong, used or expired. */
  'PAIRING_CODE_INVALID',
  /** Pairing is done at an office server; this desk is not one. */
  'NOT_OFFICE_SERVER',
  /** An active device already works as this counter (`{name}`): revoke it first. */
  'COUNTER_ALREADY_PAIRED',
  /** The device is not paired with this server, or its credential is wrong. */
  'DEVICE_UNKNOWN',
  /** The device was revoked at the server (`{at}`). */
  'DEVICE_REVOKED',
  /** The office server does not answer: writes are refused until it is back (`{address}`). */
  'OFFICE_UNREACHABLE',
  /** The server at the address shows another certificate than the one this counter paired with. */
  'OFFICE_PIN_MISMATCH',
  /** The address is not an https address with a host and port. */
  'OFFICE_ADDRESS_INVALID',
  /** This counter already has data of its own or is already connected. */
  'LINK_NOT_ALLOWED',
  /** A payment sent as the link dropped was not confirmed; its outcome is checked when the server is back. */
  'OFFICE_OUTCOME_UNKNOWN'
] as const
