import { ledgerCreateHandlers } from './ledger-create'
import { ledgerFigureHandlers } from './ledger-figures'
import { ledgerQueryHandlers } from './ledger-queries'
import { ledgerStepHandlers } from './ledger-steps'

/** Every procedure of shared/handover/ledger-api.ts (客服前台台帐 · 工作日志). */
export const ledgerHandlers = [
  ...ledgerCreateHandlers,
  ...ledgerQueryHandlers,
  ...ledgerStepHandlers,
  ...ledgerFigureHandlers
]
