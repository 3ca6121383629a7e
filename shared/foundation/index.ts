import type { SharedCapability } from '../capabilities'
import { foundationContract } from './api'
import { FOUNDATION_ERROR_CODES } from './errors'
import { foundationMessages } from './messages'
import { backupMessages } from './backup-messages'
import { mergeCatalogs } from '../kernel/i18n'

/** What foundation (setup, staff, sign-in, settings, system, audit) puts in the shared contract: its procedures, refusals and core words (listed in shared/capabilities.ts). */
export const foundation = {
  name: 'foundation',
  contract: foundationContract,
  errorCodes: FOUNDATION_ERROR_CODES,
  messages: mergeCatalogs(foundationMessages, backupMessages)
} satisfies SharedCapability
