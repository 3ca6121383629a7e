import { workOrdersContract } from '../../../../shared/workorders/api'
import { WORK_ORDERS_ERROR_CODES } from '../../../../shared/workorders/errors'
import type { CapabilityDefinition } from '../../tools/capability'
import { workOrderHandlers } from './handlers'

/**
 * 维修工作单: repair orders for a room, made today by move-in inspection (checkin calls
 * records.ts); completed, booked for re-inspection and signed off here. No demo of its own: the
 * check-in demo makes the orders.
 */
export const workorders: CapabilityDefinition = {
  name: 'workorders',
  api: workOrdersContract,
  handlers: workOrderHandlers,
  errorCodes: WORK_ORDERS_ERROR_CODES
}
