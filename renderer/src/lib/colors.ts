import { theme as antdTheme } from 'antd'
import type { RoomStatus } from '@shared/domain/person-fields'
import type { AgeBucket } from '@shared/fees/arrears'
import type { HookState } from '@shared/keys/api'
import { BRAND_NAVY, theme } from '../app/theme'

// The one place screens get their colours from. Each name says what a colour MEANS on the counter
// (owed, paid, a key that is out...); the values come from the antd theme's tokens (app/theme.ts)
// or, where the app has its own shade, are written here once. Print and paper pages keep their own
// fixed black-on-white colours and do not use this file. Lint forbids colour literals elsewhere.

/** The resolved design tokens: the same values theme.useToken() gives inside the ConfigProvider. */
const token = antdTheme.getDesignToken(theme)

/** Text and figure colours by meaning. */
export const colors = {
  /** Money owed, overdue, voided; a failed check; an inline error. */
  owed: token.red7,
  owedBg: token.red1,
  /** Money received; change to hand back; a clean check. */
  paid: token.green7,
  paidBg: token.green1,
  /** Refunds and actions that need a second person's approval. */
  attention: token.orange7,
  /** A remark that a rule was overridden (the key history's 强制 note). */
  overridden: token.orange8,
  /** A problem that stops work (the recovery page's warning). */
  danger: token.volcano7,
  /** The figure the clerk acts on: the total to take, the collection rate. */
  total: token.colorPrimary,
  /** Something that takes effect later (a fee item's upcoming price). */
  upcoming: token.colorInfo,
  text: token.colorText,
  textSecondary: token.colorTextSecondary,
  /** Inactive rows, secondary search-hit lines. */
  textMuted: token.colorTextTertiary,
  bgContainer: token.colorBgContainer,
  /** A totals row, a filled panel. */
  bgSubtle: token.colorFillAlter,
  border: token.colorBorder,
  /** Soft dividers and frames inside a card. */
  divider: '#e5e8ef',
  panelBorder: '#e3e7ee',
  panelBg: '#fafbfc',
  /** The highlighted row of a keyboard-driven list (global search). */
  selectedBg: '#e8f0fb',
  shadowPopup: token.boxShadowSecondary,
  shadowPaper: '0 1px 4px rgba(0,0,0,.12)'
} as const

/** The header bar and the screens that share its blue (sign-in, lock screen). */
export const brand = {
  navy: BRAND_NAVY,
  onNavy: token.colorTextLightSolid,
  onNavyDim: '#c9d6ea',
  backdrop: '#f3f5f8',
  lockOverlay: 'rgba(22,54,95,0.96)',
  cardShadow: '0 6px 24px rgba(22,54,95,0.12)'
} as const

/** antd Tag presets by the state they show, so every screen tags a state alike. */
export const stateTag = {
  good: 'green',
  bad: 'red',
  attention: 'orange',
  info: 'blue',
  neutral: 'default'
} as const

/** How long a room has owed: darker the older. */
export const ageBucketColors: Record<AgeBucket, string> = { '1': token.gold7, '2-3': token.volcano7, '>3': token.red8 }

/** A room's occupancy status as an antd Tag preset. */
export const roomStatusTag: Record<RoomStatus, string> = {
  undelivered: 'default',
  vacant: 'blue',
  occupied: 'green',
  trusteeship: 'purple',
  renovating: 'orange'
}

/** The estate browser's room tiles: a pale wash of the room's status colour. */
export const roomTileBg: Record<string, string> = {
  default: '#f2f3f5',
  blue: '#e6f0ff',
  green: '#e3f6e8',
  purple: '#f1e8fb',
  orange: '#fff1e0'
}
export const roomTileBorder = '#d9dee8'

/** A Tag preset's own colours (text, wash, border), for a lightweight tag drawn without <Tag>. */
export const presetTagColors: Record<string, { color: string; background: string; border: string }> = {
  default: { color: token.colorText, background: token.colorFillQuaternary, border: token.colorBorder },
  blue: { color: token.blue7, background: token.blue1, border: token.blue3 },
  green: { color: token.green7, background: token.green1, border: token.green3 },
  purple: { color: token.purple7, background: token.purple1, border: token.purple3 },
  orange: { color: token.orange7, background: token.orange1, border: token.orange3 },
  gold: { color: token.gold7, background: token.gold1, border: token.gold3 }
}

/** The counter's cabinet view: empty grey, in green, out blue, overdue red. */
export const keyStateColors: Record<
  HookState | 'withdrawn',
  { background: string; border: string; color: string; tag: string }
> = {
  empty: { background: '#f5f6f8', border: '#d9dde3', color: '#8a919c', tag: stateTag.neutral },
  in: { background: '#f0f9eb', border: '#52a447', color: '#23631b', tag: stateTag.good },
  out: { background: '#e8f1ff', border: '#3a7be0', color: '#0f4ea8', tag: stateTag.info },
  overdue: { background: '#fff0ef', border: '#e5484d', color: '#b4161b', tag: stateTag.bad },
  withdrawn: { background: '#f5f6f8', border: '#d9dde3', color: '#8a919c', tag: stateTag.neutral }
}

/** The hook the clerk has picked on the cabinet grid. */
export const keySelected = { background: '#fff7e0', border: token.gold7 }

/** The key history's timeline dots (antd Timeline presets): back on the hook green, lent out blue. */
export const keyMovementDot = { deposit: 'green', borrow: 'blue', return: 'green', withdraw: 'gray' } as const
