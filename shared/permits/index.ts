import type { SharedCapability } from '../capabilities'
import { mergeCatalogs } from '../kernel/i18n'
import { permitsContract } from './api'
import { PERMITS_ERROR_CODES } from './errors'
import { gateMessages } from './gate-messages'
import { permitsMessages } from './messages'
import { renovationMessages } from './renovation-messages'
import { workerMessages } from './worker-messages'

/** What 证件 (renovations, workers' passes, release slips, the gate check) puts in the shared contract. */
export const permits = {
  name: 'permits',
  contract: permitsContract,
  errorCodes: PERMITS_ERROR_CODES,
  messages: mergeCatalogs(permitsMessages, renovationMessages, workerMessages, gateMessages)
} satisfies SharedCapability
