import type { statsZhCN } from './zh-CN'

export const statsZhTW: Record<keyof typeof statsZhCN, string> = {
  'woStats.month': '統計月份',
  'woStats.monthKeys': '← → 切換月份',
  'woStats.export': '匯出 Excel',
  'woStats.exported': '已匯出 {file}',
  'woStats.followUpHint': '目標 100%：本月完工 {completed} 單，已回訪 {visited} 單',
  'woStats.noneCompleted': '本月無完工',
  'woStats.fee': '服務費 ¥{amount}',
  'woStats.chart.repairsByCategory': '報修分類',
  'woStats.chart.complaintsBySeverity': '投訴等級',
  'woStats.chart.trend': '近六個月趨勢',
  'woStats.table.sources': '報修來源',
  'woStats.table.repairSteps': '報修時效',
  'woStats.table.complaintSteps': '投訴時效',
  'woStats.table.services': '有償服務',
  'woStats.table.complaintCategories': '投訴分類',
  'woStats.table.recurring': '重複發生的問題',
  'woStats.recurringRule': '同一房間或同一位置 {windowDays} 天內 {count} 次及以上',
  'woStats.nothing': '本月無記錄',
  'woStats.due.title': '到期提醒',
  'woStats.due.overdue': '已逾期 {count}',
  'woStats.due.today': '今日到期 {count}',
  'woStats.due.more': '另有 {count} 項',
  'woStats.due.at': '應於 {at}'
}
