import { officeContract } from '../../../../shared/office/api'
import { OFFICE_ERROR_CODES } from '../../../../shared/office/errors'
import type { CapabilityDefinition } from '../../tools/capability'
import { deviceHandlers } from './devices'
import { pairingHandlers } from './pairing'

/**
 * 多前台: the office server's pairing codes, paired devices and their revocation (the network
 * itself — HTTPS, the live feed, the counters' link — is in electron/main/office/).
 */
export const office: CapabilityDefinition = {
  name: 'office',
  api: officeContract,
  handlers: [...deviceHandlers, ...pairingHandlers],
  errorCodes: OFFICE_ERROR_CODES,
  bench: async ({ dataDir, passwords, now }) => (await import('./bench')).benchOffice(dataDir, passwords, now)
}
