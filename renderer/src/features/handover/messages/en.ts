import type { handoverScreenZhCN } from './zh-CN'

export const handoverScreenEn: Record<keyof typeof handoverScreenZhCN, string> = {
  'nav.handover': 'Handover',
  'handoverPage.tab.handover': 'Handover',
  'handoverPage.tab.ledger': 'Ledger',
  'handoverPage.tab.roster': 'Duty roster',
  'handoverPage.tab.history': 'Records',
  'handoverPage.settingsTab': 'Handover'
}
