import { ADMINS } from '@shared/kernel/roles'
import type { CapabilityManifest } from '../../app/manifest'
import { AboutTab } from './settings/AboutTab'
import { EstateTab } from './settings/EstateTab'
import { LanguageTab } from './settings/LanguageTab'
import { StaffTab } from './settings/StaffTab'
import { BackupCard } from './backups/BackupCard'

/** Setup, staff, sign-in and settings: the 设置 tabs around everyone's work, and the lock key. */
export const foundation: CapabilityManifest = {
  id: 'foundation',
  settingsTabs: [
    { key: 'estate', label: 'settings.tab.estate', order: 10, page: EstateTab },
    { key: 'staff', label: 'settings.tab.staff', order: 70, roles: ADMINS, page: StaffTab },
    { key: 'language', label: 'settings.tab.language', order: 80, page: LanguageTab },
    { key: 'about', label: 'settings.tab.about', order: 90, page: AboutTab }
  ],
  workbenchCards: [{ key: 'backups', order: 5, card: BackupCard }],
  shortcuts: [{ keys: 'Ctrl+L', label: 'workbench.shortcut.lock', order: 30 }]
}
