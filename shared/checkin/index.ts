import type { SharedCapability } from '../capabilities'
import { checkinContract } from './api'
import { CHECKIN_ERROR_CODES } from './errors'
import { mergeCatalogs } from '../kernel/i18n'
import { checkinMessages } from './messages'
import { trusteeshipMessages } from './trusteeship-messages'

/** What checkin (move-in check-in: the guided procedure, its papers, trusteeships) puts in the shared contract (listed in shared/capabilities.ts). */
export const checkin = {
  name: 'checkin',
  contract: checkinContract,
  errorCodes: CHECKIN_ERROR_CODES,
  messages: mergeCatalogs(checkinMessages, trusteeshipMessages)
} satisfies SharedCapability
