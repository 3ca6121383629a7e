import type { ComponentType, ReactNode } from 'react'
import { AccountBookOutlined, BarChartOutlined, DashboardOutlined, HomeOutlined, KeyOutlined, SettingOutlined } from '@ant-design/icons'
import type { CatalogKey } from '../../features/foundation/messages/zh-CN'
import { WorkbenchPage } from '../WorkbenchPage'
import { SettingsPage } from '../SettingsPage'
import { HouseholdsSection } from '../../features/households/HouseholdsSection'
import { FeesSection } from '../../features/fees/counter/FeesSection'
import { KeysSection } from '../../features/keys/KeysSection'
import { ReportsPage } from '../../features/fees/reports/ReportsPage'

export interface NavEntry {
  key: string
  label: CatalogKey
  icon: ReactNode
  page: ComponentType
}

/**
 * The left menu, in the order the counter works: 工作台, 住户, 入住办理, 收费, 钥匙托管, 证件,
 * 报修投诉, 交接班, 报表, 设置. Each capability inserts its entry at its place.
 */
export const NAV: readonly NavEntry[] = [
  { key: 'workbench', label: 'nav.workbench', icon: <DashboardOutlined />, page: WorkbenchPage },
  { key: 'households', label: 'nav.households', icon: <HomeOutlined />, page: HouseholdsSection },
  { key: 'fees', label: 'nav.fees', icon: <AccountBookOutlined />, page: FeesSection },
  { key: 'keys', label: 'nav.keys', icon: <KeyOutlined />, page: KeysSection },
  { key: 'reports', label: 'nav.reports', icon: <BarChartOutlined />, page: ReportsPage },
  { key: 'settings', label: 'nav.settings', icon: <SettingOutlined />, page: SettingsPage }
]
