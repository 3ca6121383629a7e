import { createElement } from 'react'
import { KeyOutlined } from '@ant-design/icons'
import { KEY_ADMINS } from '@shared/keys/api'
import type { CapabilityManifest } from '../../app/manifest'
import { CabinetsTab } from './CabinetsTab'
import { KeysSection } from './KeysSection'
import { OverdueKeysCard } from './OverdueKeysCard'
import { RoomKeysTab } from './RoomKeysTab'

/** Key custody: 钥匙托管, its cabinets in 设置, the room's 钥匙 tab, overdue keys on the 工作台. */
export const keys: CapabilityManifest = {
  id: 'keys',
  nav: [
    {
      route: 'keys',
      label: 'nav.keys',
      icon: createElement(KeyOutlined),
      page: KeysSection,
      order: 50,
      hotkey: 'Alt+5'
    }
  ],
  settingsTabs: [{ key: 'key-cabinets', label: 'keys.cabinetsTab', order: 60, roles: KEY_ADMINS, page: CabinetsTab }],
  householdTabs: [
    {
      key: 'keys',
      label: 'household.tab.keys',
      order: 30,
      render: (household) => createElement(RoomKeysTab, { roomId: household.room.id, roomCode: household.room.code })
    }
  ],
  workbenchCards: [{ key: 'overdue-keys', order: 10, card: OverdueKeysCard }]
}
