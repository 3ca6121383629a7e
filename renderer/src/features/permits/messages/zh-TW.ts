import type { permitsZhCN } from './zh-CN'

export const permitsZhTW: Record<keyof typeof permitsZhCN, string> = {
  'nav.permits': '證件',
  'permits.tab.renovations': '裝修',
  'permits.tab.releases': '放行條',
  'permits.tab.gate': '放行核驗',
  'permits.tab.contractors': '施工單位',
  'permits.settingsTab': '證件',
  'household.tab.renovations': '裝修'
}
