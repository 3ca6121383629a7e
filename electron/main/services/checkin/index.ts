import { checkinContract } from '../../../../shared/checkin/api'
import { CHECKIN_ERROR_CODES } from '../../../../shared/checkin/errors'
import type { CapabilityDefinition } from '../../tools/capability'
import { exportHandlers } from './export'
import { finishHandlers } from './finish'
import { checkinHandover } from './handover-section'
import { procedureHandlers } from './handlers'
import { payHandlers } from './pay'
import { settingsHandlers } from './settings-store'
import { trusteeshipHandlers } from './trusteeship-handlers'

/**
 * 入住办理: the guided move-in procedure (documents, registration, agreements, items, base
 * readings, inspection, fees, trusteeship or not) and the trusteeships it starts.
 */
export const checkin: CapabilityDefinition = {
  name: 'checkin',
  api: checkinContract,
  handlers: [
    ...procedureHandlers,
    ...payHandlers,
    ...finishHandlers,
    ...exportHandlers,
    ...settingsHandlers,
    ...trusteeshipHandlers
  ],
  errorCodes: CHECKIN_ERROR_CODES,
  handover: checkinHandover,
  demo: { plan: async (c) => (await import('./demo')).planCheckins(c) }
}
