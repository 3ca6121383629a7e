import type { ComponentType, CSSProperties, ReactNode } from 'react'
import type { HouseholdView } from '@shared/households/households'
import type { Role } from '@shared/kernel/roles'
import type { Translate } from '../lib/i18n'

/** A key of the message catalog: every word a manifest shows goes through it. */
export type LabelKey = Parameters<Translate>[0]

/** An entry of the left menu and the page behind it: `#/<route>/…` opens `page`. */
export interface NavEntry {
  /** The first part of the address, also the menu key ('fees'). */
  route: string
  label: LabelKey
  icon: ReactNode
  page: ComponentType
  /** The menu runs 工作台 10, 住户 20, 入住办理 30, 收费 40 … 设置 100 (see capabilities.ts). */
  order: number
  /** Fixed for good ('Alt+4' is 收费 whatever lands before it); the list of keys is in capabilities.ts. */
  hotkey: string
  /** Who sees the entry; everyone when left out. */
  roles?: readonly Role[]
}

/** A tab of 设置. */
export interface SettingsTab {
  key: string
  label: LabelKey
  order: number
  roles?: readonly Role[]
  page: ComponentType
}

/** A tab of the household file (一户一档). */
export interface HouseholdTab {
  key: string
  label: LabelKey
  order: number
  roles?: readonly Role[]
  render: (household: HouseholdView) => ReactNode
}

/** A card of the 工作台's side column (the activity list and the keys card are the shell's own). */
export interface WorkbenchCard {
  key: string
  order: number
  roles?: readonly Role[]
  card: ComponentType<{ style?: CSSProperties }>
}

/** Something a capability shows in the header beside the counter (the duty roster: who is on, the 总值班). */
export interface HeaderItem {
  key: string
  order: number
  roles?: readonly Role[]
  item: ComponentType
}

/** A line of the key list on the 工作台 (the menu's keys are listed from the menu). */
export interface ShortcutHelp {
  keys: string
  label: LabelKey
  order: number
}

/** What one capability adds to the renderer; capabilities.ts lists them, one line each. */
export interface CapabilityManifest {
  id: string
  nav?: readonly NavEntry[]
  settingsTabs?: readonly SettingsTab[]
  householdTabs?: readonly HouseholdTab[]
  workbenchCards?: readonly WorkbenchCard[]
  headerItems?: readonly HeaderItem[]
  shortcuts?: readonly ShortcutHelp[]
}
