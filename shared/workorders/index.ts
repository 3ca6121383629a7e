import type { SharedCapability } from '../capabilities'
import { workOrdersContract } from './api'
import { WORK_ORDERS_ERROR_CODES } from './errors'
import { mergeCatalogs } from '../kernel/i18n'
import { complaintsMessages } from './complaints-messages'
import { workOrdersMessages } from './messages'
import { statsMessages } from './stats-messages'

/** What workorders (维修工作单: repair orders, made today by move-in inspection) puts in the shared contract (listed in shared/capabilities.ts). */
export const workorders = {
  name: 'workorders',
  contract: workOrdersContract,
  errorCodes: WORK_ORDERS_ERROR_CODES,
  messages: mergeCatalogs(workOrdersMessages, complaintsMessages, statsMessages)
} satisfies SharedCapability
