import type { SharedCapability } from '../capabilities'
import { handoverContract } from './api'
import { HANDOVER_ERROR_CODES } from './errors'
import { handoverMessages } from './messages'

/** What 交接班 (shifts and duty, the front-desk ledger, the handover) puts in the shared contract. */
export const handover = {
  name: 'handover',
  contract: handoverContract,
  errorCodes: HANDOVER_ERROR_CODES,
  messages: handoverMessages
} satisfies SharedCapability
