import type { statsZhCN } from './zh-CN'

export const statsEn: Record<keyof typeof statsZhCN, string> = {
  'woStats.month': 'Month',
  'woStats.monthKeys': '← → change month',
  'woStats.export': 'Export to Excel',
  'woStats.exported': 'Exported {file}',
  'woStats.followUpHint': 'Target 100 %: {completed} completed this month, {visited} followed up',
  'woStats.noneCompleted': 'Nothing completed this month',
  'woStats.fee': 'Fees ¥{amount}',
  'woStats.chart.repairsByCategory': 'Repairs by category',
  'woStats.chart.complaintsBySeverity': 'Complaints by severity',
  'woStats.chart.trend': 'Six-month trend',
  'woStats.table.sources': 'Repairs by source',
  'woStats.table.repairSteps': 'Repairs on time',
  'woStats.table.complaintSteps': 'Complaints on time',
  'woStats.table.services': 'Paid services',
  'woStats.table.complaintCategories': 'Complaints by category',
  'woStats.table.recurring': 'Recurring problems',
  'woStats.recurringRule': '{count} or more in one room or at one location within {windowDays} days',
  'woStats.nothing': 'Nothing this month',
  'woStats.due.title': 'Due',
  'woStats.due.overdue': '{count} overdue',
  'woStats.due.today': '{count} due today',
  'woStats.due.more': '{count} more',
  'woStats.due.at': 'due {at}'
}
