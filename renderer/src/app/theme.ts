import type { ThemeConfig } from 'antd'

/** The header's deep blue; the sign-in backdrop and the lock screen reuse it (lib/colors.ts). */
export const BRAND_NAVY = '#16365f'

/**
 * An all-day counter screen: 15 px text, high contrast, calm blue, nothing decorative.
 * The CJK font stack puts the platform's own Chinese UI fonts first. Screens take their colours
 * from lib/colors.ts, which resolves this config's tokens: a dark or high-contrast theme starts here.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d5fbf',
    colorText: '#1f2329',
    colorTextSecondary: '#4e5969',
    fontSize: 15,
    borderRadius: 6,
    fontFamily:
      '"Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Segoe UI", system-ui, sans-serif'
  },
  components: {
    Layout: {
      headerBg: BRAND_NAVY,
      headerColor: '#ffffff',
      siderBg: '#ffffff',
      headerHeight: 56,
      headerPadding: '0 20px'
    },
    Menu: { itemHeight: 44, itemMarginInline: 8, iconSize: 16 },
    Table: { headerBg: '#f2f5f9' }
  }
}
