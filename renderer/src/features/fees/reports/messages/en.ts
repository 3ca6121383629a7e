import type { reportsZhCN } from './zh-CN'

/** Words of the reports: the daily collection, the books, the receipt register. */
export const reportsEn: Record<keyof typeof reportsZhCN, string> = {
  'nav.reports': 'Reports',
  'reports.export': 'Export to Excel',
  'reports.exported': 'Exported {file}',
  'reports.count': '{n}',

  'reports.daily.date': 'Date',
  'reports.daily.payments': 'Payments',
  'reports.daily.refunds': 'Refunds',
  'reports.daily.total': 'Net total',
  'reports.daily.none': 'No payments that day',
  'reports.daily.chainHead': "Receipt chain check code (up to the day's last receipt {code}): {hash}",
  'reports.daily.noVoids': 'No receipts voided that day',
  'reports.void.staff': 'Issued / voided by',
  'reports.void.earlier': 'Issued earlier',
  'reports.item.refund': 'Refund of {item}',
  'reports.item.deduction': 'Deduction: {what}',

  'reports.ledger.periods': 'Periods',
  'reports.ledger.allBuildings': 'All buildings',
  'reports.ledger.query': 'Show',
  'reports.ledger.rate': 'Collection rate',
  'reports.ledger.asOf': 'Arrears as of {date}: unpaid past the due date',
  'reports.ledger.forbidden': 'This report is for {roles} only. Ask a supervisor if you need it.',
  'reports.ledger.none': 'Nothing billed in these periods',

  'reports.register.series': 'Receipt series',
  'reports.register.seriesOption': '{prefix} ({counter}, up to no. {last})',
  'reports.register.dates': 'Issued',
  'reports.register.beyond': 'Receipts numbered past the series counter: {list}',
  'reports.register.checkScope': 'Checked: {prefix} numbers 1 to {last} (the whole series, whatever the dates)',
  'reports.register.noSpoiled': 'No spoiled forms in these dates',
  'reports.register.empty': 'No receipts in these dates',
  'reports.register.noSeries': 'No receipt series yet'
}
