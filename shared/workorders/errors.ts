/** Refusals of work orders (messages: `error.CODE`). */
export const WORK_ORDERS_ERROR_CODES = [
  /** The step asked for does not follow from where the order stands (`{status}` → `{action}`). */
  'WORK_ORDER_STATE'
] as const
