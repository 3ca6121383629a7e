import { handoverContract } from '../../../../shared/handover/api'
import { HANDOVER_ERROR_CODES } from '../../../../shared/handover/errors'
import type { CapabilityDefinition } from '../../tools/capability'
import { dutyHandlers } from './duty-handlers'
import { ledgerHandlers } from './ledger-handlers'
import { ledgerSections } from './ledger-sections'
import { acceptHandlers } from './handover-accept'
import { exportHandlers } from './handover-export'
import { historyHandlers } from './handover-history'
import { summaryHandlers } from './handover-summary'
import { handoverSettingsHandlers } from './settings-store'

const handlers = [
  ...summaryHandlers,
  ...acceptHandlers,
  ...historyHandlers,
  ...exportHandlers,
  ...handoverSettingsHandlers,
  ...ledgerHandlers,
  ...dutyHandlers
]

/**
 * 交接班: the counter's shifts and duty roster (duty-*.ts), the front-desk ledger (ledger-*.ts) and
 * the handover that closes a shift with everything counted (handover-*.ts), its sheet and history.
 */
export const handover: CapabilityDefinition = {
  name: 'handover',
  api: handoverContract,
  handlers,
  errorCodes: HANDOVER_ERROR_CODES,
  handover: ledgerSections,
  demo: {
    plan: async (c) => (await import('./demo')).planHandover(c)
  },
  bench: async ({ dataDir, passwords, now }) => (await import('./bench')).benchHandover(dataDir, passwords, now)
}
