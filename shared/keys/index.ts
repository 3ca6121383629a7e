import type { SharedCapability } from '../capabilities'
import { keysContract } from './api'
import { KEYS_ERROR_CODES } from './errors'
import { keysMessages } from './messages'

/** What keys (key custody: cabinets, hooks, authorisations, deposits, hand-outs, returns) puts in the shared contract: its procedures, refusals and core words (listed in shared/capabilities.ts). */
export const keys = {
  name: 'keys',
  contract: keysContract,
  errorCodes: KEYS_ERROR_CODES,
  messages: keysMessages
} satisfies SharedCapability
