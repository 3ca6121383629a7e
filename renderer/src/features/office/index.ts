import type { CapabilityManifest } from '../../app/manifest'
import { ADMINS, SUPERVISORS } from '@shared/kernel/roles'
import { OfficeTab } from './OfficeTab'

/**
 * 多前台: 设置 → 多前台 (the office server's pairing codes and counters, a counter's connection, a
 * standalone PC's 本机作为办公室服务器). The first-run choice (ConnectPage) and the outage banner
 * (OfficeBanner) are placed by the shell's boot and layout.
 */
export const office: CapabilityManifest = {
  id: 'office',
  settingsTabs: [
    { key: 'office', label: 'officeScreen.tab', order: 85, roles: [...ADMINS, ...SUPERVISORS], page: OfficeTab }
  ]
}
