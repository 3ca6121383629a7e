/** Words of the 证件 screens (messages). */
export const permitsZhCN = {
  'nav.permits': '证件',
  'permits.tab.renovations': '装修',
  'permits.tab.releases': '放行条',
  'permits.tab.gate': '放行核验',
  'permits.tab.contractors': '施工单位',
  'permits.settingsTab': '证件',
  'household.tab.renovations': '装修'
}
