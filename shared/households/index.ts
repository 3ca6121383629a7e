import type { SharedCapability } from '../capabilities'
import { householdsContract } from './api'
import { HOUSEHOLDS_ERROR_CODES } from './errors'
import { householdsMessages } from './messages'

/** What households (the estate, rooms, persons, documents, search, privacy) puts in the shared contract: its procedures, refusals and core words (listed in shared/capabilities.ts). */
export const households = {
  name: 'households',
  contract: householdsContract,
  errorCodes: HOUSEHOLDS_ERROR_CODES,
  messages: householdsMessages
} satisfies SharedCapability
