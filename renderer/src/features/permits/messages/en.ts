import type { permitsZhCN } from './zh-CN'

export const permitsEn: Record<keyof typeof permitsZhCN, string> = {
  'nav.permits': 'Permits',
  'permits.tab.renovations': 'Renovations',
  'permits.tab.releases': 'Release slips',
  'permits.tab.gate': 'Gate check',
  'permits.tab.contractors': 'Contractors',
  'permits.settingsTab': 'Permits',
  'household.tab.renovations': 'Renovation'
}
