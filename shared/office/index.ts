import type { SharedCapability } from '../capabilities'
import { officeContract } from './api'
import { OFFICE_ERROR_CODES } from './errors'
import { officeMessages } from './messages'

/** What office (多前台: the office server, its paired counters and their link) puts in the shared contract (listed in shared/capabilities.ts). */
export const office = {
  name: 'office',
  contract: officeContract,
  errorCodes: OFFICE_ERROR_CODES,
  messages: officeMessages
} satisfies SharedCapability
