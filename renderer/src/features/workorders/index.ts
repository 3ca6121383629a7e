import { createElement } from 'react'
import { ToolOutlined } from '@ant-design/icons'
import type { CapabilityManifest } from '../../app/manifest'
import { RoomWorkOrdersTab } from './RoomWorkOrdersTab'
import { WorkOrdersPage } from './WorkOrdersPage'

/** Work orders (维修工作单): 报修投诉 lists them, the household file's 维修 tab shows the room's. */
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
    }
  ]
}
