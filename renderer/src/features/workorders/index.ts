import { createElement } from 'react'
import { ToolOutlined } from '@ant-design/icons'
import type { CapabilityManifest } from '../../app/manifest'
import { SUPERVISORS } from '@shared/kernel/roles'
import { RoomComplaintsTab } from './complaints/RoomComplaintsTab'
import { DueCard } from './stats/DueCard'
import { RoomWorkOrdersTab } from './RoomWorkOrdersTab'
import { WorkOrderSettingsTab } from './WorkOrderSettingsTab'
import { WorkOrdersPage } from './WorkOrdersPage'

/**
 * 报修投诉: repair and service orders, follow-up visits, complaints, the service list and the
 * statistics; the household file's 维修 and 投诉 tabs; its settings; what is due on the 工作台.
 */
export const workorders: CapabilityManifest = {
  id: 'workorders',
  nav: [
    {
      route: 'workorders',
      label: 'nav.workorders',
      icon: createElement(ToolOutlined),
      page: WorkOrdersPage,
      order: 70,
      hotkey: 'Alt+7'
    }
  ],
  householdTabs: [
    {
      key: 'workorders',
      label: 'household.tab.workorders',
      order: 35,
      render: (household) => createElement(RoomWorkOrdersTab, { roomId: household.room.id })
    },
    {
      key: 'complaints',
      label: 'household.tab.complaints',
      order: 36,
      render: (household) => createElement(RoomComplaintsTab, { roomId: household.room.id })
    }
  ],
  settingsTabs: [
    { key: 'workorders', label: 'workOrders.settingsTab', order: 65, roles: SUPERVISORS, page: WorkOrderSettingsTab }
  ],
  workbenchCards: [{ key: 'workorders-due', order: 20, card: DueCard }]
}
