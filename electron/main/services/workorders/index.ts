import { workOrdersContract } from '../../../../shared/workorders/api'
import { WORK_ORDERS_ERROR_CODES } from '../../../../shared/workorders/errors'
import type { CapabilityDefinition } from '../../tools/capability'
import { complaintHandlers } from './complaint-handlers'
import { workOrderHandlers } from './handlers'
import { createHandlers } from './repair-create'
import { workOrdersHandover } from './handover-section'
import { followUpHandlers } from './repair-followup'
import { workHandlers } from './repair-work'
import { serviceItemHandlers } from './service-items'
import { settingsHandlers } from './settings-store'
import { statsHandlers } from './stats-handlers'

/**
 * 维修工作单: repair orders for a room — made by move-in inspection (checkin calls records.ts),
 * at the counter and from the phone (repairs.*, with paid services from the published list,
 * serviceItems.*) — and complaints, with the deadlines and statistics over both.
 */
export const workorders: CapabilityDefinition = {
  name: 'workorders',
  api: workOrdersContract,
  handlers: [
    ...workOrderHandlers,
    ...createHandlers,
    ...workHandlers,
    ...followUpHandlers,
    ...settingsHandlers,
    ...serviceItemHandlers,
    ...complaintHandlers,
    ...statsHandlers
  ],
  errorCodes: WORK_ORDERS_ERROR_CODES,
  handover: workOrdersHandover,
  demo: { plan: async (c) => (await import('./demo')).planWorkOrders(c) },
  bench: async ({ dataDir, passwords, now }) => (await import('./bench')).benchWorkOrders(dataDir, passwords, now)
}
