import { createElement } from 'react'
import { LoginOutlined } from '@ant-design/icons'
import { CHECKIN_ADMINS } from '@shared/checkin/api'
import { COUNTER_ROLES } from '@shared/kernel/roles'
import type { CapabilityManifest } from '../../app/manifest'
import { CheckinSection } from './CheckinSection'
import { OpenCheckinsCard } from './OpenCheckins'
import { RoomCheckinsTab } from './RoomCheckinsTab'
import { CheckinSettingsTab } from './settings/CheckinSettingsTab'
import { trusteeshipHouseholdTab, trusteeshipWorkbenchCard } from './trusteeship/manifest-parts'

/**
 * Move-in check-in: 入住办理 (Alt+3), its settings, the household's 入住 and 房屋托管 tabs, the paused
 * check-ins and the trusteeship homes needing attention on the 工作台.
 */
export const checkin: CapabilityManifest = {
  id: 'checkin',
  nav: [
    {
      route: 'checkin',
      label: 'nav.checkin',
      icon: createElement(LoginOutlined),
      page: CheckinSection,
      order: 30,
      hotkey: 'Alt+3',
      roles: COUNTER_ROLES
    }
  ],
  settingsTabs: [{ key: 'checkin', label: 'nav.checkin', order: 45, roles: CHECKIN_ADMINS, page: CheckinSettingsTab }],
  householdTabs: [
    {
      key: 'checkin',
      label: 'checkin.householdTab',
      order: 15,
      render: (household) => createElement(RoomCheckinsTab, { household })
    },
    trusteeshipHouseholdTab
  ],
  workbenchCards: [{ key: 'open-checkins', order: 15, card: OpenCheckinsCard }, trusteeshipWorkbenchCard],
  shortcuts: [{ keys: 'Alt+N / Alt+B / Alt+P', label: 'checkin.shortcut.wizard', order: 25 }]
}
