import type { SharedCapability } from '../capabilities'
import { feesContract } from './api'
import { FEES_ERROR_CODES } from './errors'
import { feesMessages } from './messages'

/** What fees (fee items, bills, payments, receipts and their printing, paper books, arrears, reports) puts in the shared contract: its procedures, refusals and core words (listed in shared/capabilities.ts). */
export const fees = {
  name: 'fees',
  contract: feesContract,
  errorCodes: FEES_ERROR_CODES,
  messages: feesMessages
} satisfies SharedCapability
