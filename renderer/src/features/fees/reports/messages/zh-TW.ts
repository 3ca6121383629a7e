import type { reportsZhCN } from './zh-CN'

/** Words of the reports (報表): the daily collection, the books, the receipt register. */
export const reportsZhTW: Record<keyof typeof reportsZhCN, string> = {
  'nav.reports': '報表',
  'reports.export': '匯出 Excel',
  'reports.exported': '已匯出 {file}',
  'reports.count': '{n} 筆',

  'reports.daily.date': '日期',
  'reports.daily.payments': '收款',
  'reports.daily.refunds': '退款',
  'reports.daily.total': '淨收合計',
  'reports.daily.none': '當天沒有收款',
  'reports.daily.chainHead': '收據鏈校驗碼（截至當天最後一張 {code}）：{hash}',
  'reports.daily.noVoids': '當天沒有作廢收據',
  'reports.void.staff': '開立 / 作廢',
  'reports.void.earlier': '前日開立',
  'reports.item.refund': '退還{item}',
  'reports.item.deduction': '扣除：{what}',

  'reports.ledger.periods': '費用期間',
  'reports.ledger.allBuildings': '全部樓棟',
  'reports.ledger.query': '查詢',
  'reports.ledger.rate': '收繳率',
  'reports.ledger.asOf': '欠收按 {date} 計：已過應繳日仍未繳的金額',
  'reports.ledger.forbidden': '應收實收欠收報表僅限 {roles} 查看。如需查看，請聯絡主管。',
  'reports.ledger.none': '該期間沒有應收費用',

  'reports.register.series': '收據系列',
  'reports.register.seriesOption': '{prefix}（{counter}，已用至第 {last} 號）',
  'reports.register.dates': '開立日期',
  'reports.register.beyond': '號碼超出系列目前號的收據：{list}',
  'reports.register.checkScope': '檢查範圍：{prefix} 系列第 1 至第 {last} 號（整個系列，不受日期限制）',
  'reports.register.noSpoiled': '該期間沒有作廢紙張',
  'reports.register.empty': '該期間沒有收據',
  'reports.register.noSeries': '還沒有收據系列'
}
