import { createElement } from 'react'
import { SafetyCertificateOutlined } from '@ant-design/icons'
import type { CapabilityManifest } from '../../app/manifest'
import { SUPERVISORS } from '@shared/kernel/roles'
import { PermitAttentionCard } from './gate/PermitAttentionCard'
import { PermitSettingsTab } from './renovations/PermitSettingsTab'
import { RoomRenovationsTab } from './renovations/parts/RoomRenovationsTab'
import { PermitsPage } from './PermitsPage'

/**
 * 证件: renovations (permit, workers' passes, violations, completion), goods-release slips and the
 * gate check; the household file's 装修 tab; its settings; what is active or expiring on the 工作台.
 */
export const permits: CapabilityManifest = {
  id: 'permits',
  nav: [
    {
      route: 'permits',
      label: 'nav.permits',
      icon: createElement(SafetyCertificateOutlined),
      page: PermitsPage,
      order: 60,
      hotkey: 'Alt+6'
    }
  ],
  householdTabs: [
    {
      key: 'renovations',
      label: 'household.tab.renovations',
      order: 37,
      render: (household) => createElement(RoomRenovationsTab, { roomId: household.room.id })
    }
  ],
  settingsTabs: [
    { key: 'permits', label: 'permits.settingsTab', order: 62, roles: SUPERVISORS, page: PermitSettingsTab }
  ],
  workbenchCards: [{ key: 'permits-attention', order: 25, card: PermitAttentionCard }]
}
