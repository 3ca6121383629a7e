import { foundationContract } from '../../../../shared/foundation/api'
import { FOUNDATION_ERROR_CODES } from '../../../../shared/foundation/errors'
import type { CapabilityDefinition } from '../../tools/capability'
import { systemHandlers } from './system'
import { setupHandlers } from './setup'
import { authHandlers } from './auth'
import { staffHandlers } from './staff'
import { settingsHandlers } from './settings-handlers'
import { auditHandlers } from './audit'
import { backupHandlers } from './backups'
import { verifyHandlers } from './verify'

/** Setup, sign-in, staff, settings, the audit log and the system: what every other capability stands on. */
export const foundation: CapabilityDefinition = {
  name: 'foundation',
  api: foundationContract,
  handlers: [
    ...systemHandlers,
    ...setupHandlers,
    ...authHandlers,
    ...staffHandlers,
    ...settingsHandlers,
    ...auditHandlers,
    ...backupHandlers,
    ...verifyHandlers
  ],
  errorCodes: FOUNDATION_ERROR_CODES,
  demo: {
    // The office was set up before the year of history: an administrator, the demo staff, settings.
    seed: async ({ store, passwords, since }) => {
      const { seedFoundation } = await import('./demo')
      await seedFoundation(store, passwords, since)
    }
  }
}
