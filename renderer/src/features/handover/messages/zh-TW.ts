import type { handoverScreenZhCN } from './zh-CN'

export const handoverScreenZhTW: Record<keyof typeof handoverScreenZhCN, string> = {
  'nav.handover': '交接班',
  'handoverPage.tab.handover': '交接班',
  'handoverPage.tab.ledger': '台帳',
  'handoverPage.tab.roster': '值班表',
  'handoverPage.tab.history': '交接記錄',
  'handoverPage.settingsTab': '交接班'
}
