import { createElement } from 'react'
import { DashboardOutlined, SettingOutlined } from '@ant-design/icons'
import type { Role } from '@shared/kernel/roles'
import { checkin } from '../features/checkin'
import { fees } from '../features/fees'
import { foundation } from '../features/foundation'
import { households } from '../features/households'
import { keys } from '../features/keys'
import { workorders } from '../features/workorders'
import { permits } from '../features/permits'
import { handover } from '../features/handover'
import { office } from '../features/office'
import type {
  CapabilityManifest,
  HeaderItem,
  HouseholdTab,
  NavEntry,
  SettingsTab,
  ShortcutHelp,
  WorkbenchCard
} from './manifest'
import { assertManifestsDistinct } from './manifest-check'
import { SettingsPage } from './SettingsPage'
import { WorkbenchPage } from './WorkbenchPage'

/** The shell's own pages, first and last in the menu; they are built from the others' manifests. */
const shell: CapabilityManifest = {
  id: 'shell',
  nav: [
    {
      route: 'workbench',
      label: 'nav.workbench',
      icon: createElement(DashboardOutlined),
      page: WorkbenchPage,
      order: 10,
      hotkey: 'Alt+1'
    },
    {
      route: 'settings',
      label: 'nav.settings',
      icon: createElement(SettingOutlined),
      page: SettingsPage,
      order: 100,
      hotkey: 'Alt+0'
    }
  ]
}

/**
 * Every capability of the renderer, one line each. The menu runs in the order the counter works,
 * each place with its own key for good, whether or not its capability is built yet:
 *
 *   Alt+1 工作台 (10) · Alt+2 住户 (20) · Alt+3 入住办理 (30) · Alt+4 收费 (40) · Alt+5 钥匙托管 (50)
 *   Alt+6 证件 (60) · Alt+7 报修投诉 (70) · Alt+8 交接班 (80) · Alt+9 报表 (90) · Alt+0 设置 (100)
 *
 * A new capability takes its reserved order and key; two entries claiming one route, key or tab
 * stop the app at start with a message naming both.
 */
export const CAPABILITIES: readonly CapabilityManifest[] = [
  shell,
  foundation,
  households,
  checkin,
  fees,
  keys,
  workorders,
  permits,
  handover,
  office
]

assertManifestsDistinct(CAPABILITIES)

const allowed = (role: Role) => (item: { roles?: readonly Role[] }) => !item.roles || item.roles.includes(role)
const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order
const collect = <T extends { order: number; roles?: readonly Role[] }>(
  pick: (m: CapabilityManifest) => readonly T[] | undefined,
  role: Role
): T[] =>
  CAPABILITIES.flatMap((m) => pick(m) ?? [])
    .filter(allowed(role))
    .sort(byOrder)

/** The left menu a role sees, in order. */
export const navEntries = (role: Role): NavEntry[] => collect((m) => m.nav, role)
export const settingsTabs = (role: Role): SettingsTab[] => collect((m) => m.settingsTabs, role)
export const householdTabs = (role: Role): HouseholdTab[] => collect((m) => m.householdTabs, role)
export const workbenchCards = (role: Role): WorkbenchCard[] => collect((m) => m.workbenchCards, role)
export const headerItems = (role: Role): HeaderItem[] => collect((m) => m.headerItems, role)
/** The key list on the 工作台, before the menu's own keys. */
export const shortcutHelp = (): ShortcutHelp[] => CAPABILITIES.flatMap((m) => m.shortcuts ?? []).sort(byOrder)
