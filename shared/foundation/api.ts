import { systemApi } from './system'
import { setupApi } from './setup'
import { staffApi } from './staff'
import { settingsApi } from './settings'
import { auditApi } from './audit'
import { backupsApi } from './backups'

/** The foundation's contract groups: the system, setup, sign-in and staff, settings, the audit log. */
export const foundationContract = {
  system: systemApi,
  setup: setupApi,
  staff: staffApi,
  settings: settingsApi,
  audit: auditApi,
  backups: backupsApi
} as const
