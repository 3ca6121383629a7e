/** The 交接班 page's own words (the tab shell); each part keeps its words in its own messages/. */
export const handoverScreenZhCN = {
  'nav.handover': '交接班',
  'handoverPage.tab.handover': '交接班',
  'handoverPage.tab.ledger': '台帐',
  'handoverPage.tab.roster': '值班表',
  'handoverPage.tab.history': '交接记录',
  'handoverPage.settingsTab': '交接班'
} as const
