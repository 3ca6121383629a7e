import type { ComponentType, ReactNode } from 'react'
import { AccountBookOutlined, BarChartOutlined, DashboardOutlined, HomeOutlined, KeyOutlined, SettingOutlined } from '@ant-design/icons'
import type { CatalogKey } from '../../i18n/zh-CN'
import { WorkbenchPage } from '../workbench/WorkbenchPage'
import { SettingsPage } from '../settings/SettingsPage'
import { HouseholdsSection } from '../households/HouseholdsSection'
import { FeesSection } from '../fees/FeesSection'
import { KeysSection } from '../keys/KeysSection'
import { ReportsPage } from '../reports/ReportsPage'

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
