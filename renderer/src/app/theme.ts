import type { ThemeConfig } from 'antd'

/**
 * An all-day counter screen: 15 px text, high contrast, calm blue, nothing decorative.
 * The CJK font stack puts the platform's own Chinese UI fonts first.
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
    Layout: { headerBg: '#16365f', headerColor: '#ffffff', siderBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px' },
    Menu: { itemHeight: 44, itemMarginInline: 8, iconSize: 16 },
    Table: { headerBg: '#f2f5f9' }
  }
}
