/**
 * Words of the reports (报表) the core does not define: the report terms shared with the Excel
 * exports (shared/fees/report-messages.ts) come from the core's catalog through `t`.
 */
export const reportsZhCN = {
  'nav.reports': '报表',
  'reports.export': '导出 Excel',
  'reports.exported': '已导出 {file}',
  'reports.count': '{n} 笔',

  'reports.daily.date': '日期',
  'reports.daily.payments': '收款',
  'reports.daily.refunds': '退款',
  'reports.daily.total': '净收合计',
  'reports.daily.none': '当天没有收款',
  'reports.daily.chainHead': '收据链校验码（截至当天最后一张 {code}）：{hash}',
  'reports.daily.noVoids': '当天没有作废收据',
  'reports.void.staff': '开具 / 作废',
  'reports.void.earlier': '前日开具',
  'reports.item.refund': '退还{item}',
  'reports.item.deduction': '扣除：{what}',

  'reports.ledger.periods': '费用期间',
  'reports.ledger.allBuildings': '全部楼栋',
  'reports.ledger.query': '查询',
  'reports.ledger.rate': '收缴率',
  'reports.ledger.asOf': '欠收按 {date} 计：已过应缴日仍未缴的金额',
  'reports.ledger.forbidden': '应收实收欠收报表仅限 {roles} 查看。如需查看，请联系主管。',
  'reports.ledger.none': '该期间没有应收费用',

  'reports.register.series': '收据系列',
  'reports.register.seriesOption': '{prefix}（{counter}，已用至第 {last} 号）',
  'reports.register.dates': '开具日期',
  'reports.register.beyond': '号码超出系列当前号的收据：{list}',
  'reports.register.checkScope': '检查范围：{prefix} 系列第 1 至第 {last} 号（整个系列，不受日期限制）',
  'reports.register.noSpoiled': '该期间没有作废纸张',
  'reports.register.empty': '该期间没有收据',
  'reports.register.noSeries': '还没有收据系列'
}
