/** Refusals of work orders and complaints (messages: `error.CODE`). */
export const WORK_ORDERS_ERROR_CODES = [
  /** The step asked for does not follow from where the order stands (`{status}` → `{action}`). */
  'WORK_ORDER_STATE',
  /** The step asked for does not follow from where the complaint stands. */
  'COMPLAINT_STATE',
  /** A paid order cannot be charged before the settings name the fees item (设置 → 报修投诉). */
  'SERVICE_FEE_ITEM_UNSET'
] as const
