import { permitsContract } from '../../../../shared/permits/api'
import { PERMITS_ERROR_CODES } from '../../../../shared/permits/errors'
import type { CapabilityDefinition } from '../../tools/capability'
import { gateHandlers } from './gate-handlers'
import { permitsHandover } from './handover-section'
import { releaseHandlers } from './release-handlers'
import { renovationHandlers } from './renovation-handlers'
import { permitSettingsHandlers } from './settings-store'
import { workerHandlers } from './worker-handlers'

/**
 * 证件: renovations with their construction permits, workers' passes, violations and completion;
 * goods-release slips; every paper signed (papers.ts) and checked at the gate (gate-handlers.ts).
 */
export const permits: CapabilityDefinition = {
  name: 'permits',
  api: permitsContract,
  handlers: [...renovationHandlers, ...workerHandlers, ...permitSettingsHandlers, ...releaseHandlers, ...gateHandlers],
  errorCodes: PERMITS_ERROR_CODES,
  handover: permitsHandover,
  demo: { plan: async (c) => (await import('./demo')).planPermits(c) },
  bench: async ({ dataDir, passwords, now }) => (await import('./bench')).benchPermits(dataDir, passwords, now)
}
