/** The core's messages for printing and paper receipt books, in every language (merged in ./messages.ts). */

export const printZhCN = {
  'error.PAPER_OVERLAP': '票号 {from}–{to} 与已登记的收据本“{label}”（{bookFrom}–{bookTo}）重叠',
  'error.PAPER_USED': '纸质票号 {number} 已{status}，不能再次使用',
  'error.PAPER_NOT_IN_BOOK': '票号 {number} 不在任何已登记的收据本内',
  'error.PRINTER_NAME_TAKEN': '已有名为“{name}”的打印设置',
  'paper.used': '使用',
  'paper.spoiled': '作废',
  'audit.printReceipt': '打印收据 {code}',
  'audit.reprintReceipt': '补打收据 {code}（第 {copy} 次）',
  'audit.paperUsed': '收据 {code} 打印在纸质票号 {number}（{book}）',
  'audit.paperSpoiled': '作废空白收据 {numbers}（{book}）：{reason}',
  'audit.paperBook': '登记收据本“{label}”：{from}–{to}，领用人 {holder}',
  'audit.printerProfile': '修改打印设置：{name}',
  'audit.printerProfileRemove': '删除打印设置：{name}'
}

export const printZhTW: Record<keyof typeof printZhCN, string> = {
  'error.PAPER_OVERLAP': '票號 {from}–{to} 與已登記的收據本「{label}」（{bookFrom}–{bookTo}）重疊',
  'error.PAPER_USED': '紙本票號 {number} 已{status}，不能再次使用',
  'error.PAPER_NOT_IN_BOOK': '票號 {number} 不在任何已登記的收據本內',
  'error.PRINTER_NAME_TAKEN': '已有名為「{name}」的列印設定',
  'paper.used': '使用',
  'paper.spoiled': '作廢',
  'audit.printReceipt': '列印收據 {code}',
  'audit.reprintReceipt': '補印收據 {code}（第 {copy} 次）',
  'audit.paperUsed': '收據 {code} 列印在紙本票號 {number}（{book}）',
  'audit.paperSpoiled': '作廢空白收據 {numbers}（{book}）：{reason}',
  'audit.paperBook': '登記收據本「{label}」：{from}–{to}，領用人 {holder}',
  'audit.printerProfile': '修改列印設定：{name}',
  'audit.printerProfileRemove': '刪除列印設定：{name}'
}

export const printEn: Record<keyof typeof printZhCN, string> = {
  'error.PAPER_OVERLAP': 'Numbers {from}–{to} overlap the registered receipt book “{label}” ({bookFrom}–{bookTo})',
  'error.PAPER_USED': 'Paper form {number} is already {status} and cannot be used again',
  'error.PAPER_NOT_IN_BOOK': 'Number {number} is in no registered receipt book',
  'error.PRINTER_NAME_TAKEN': 'A printer setting named “{name}” already exists',
  'paper.used': 'used',
  'paper.spoiled': 'spoiled',
  'audit.printReceipt': 'Printed receipt {code}',
  'audit.reprintReceipt': 'Reprinted receipt {code} (copy {copy})',
  'audit.paperUsed': 'Receipt {code} printed on paper form {number} ({book})',
  'audit.paperSpoiled': 'Spoiled blank forms {numbers} ({book}): {reason}',
  'audit.paperBook': 'Registered receipt book “{label}”: {from}–{to}, held by {holder}',
  'audit.printerProfile': 'Changed printer setting: {name}',
  'audit.printerProfileRemove': 'Removed printer setting: {name}'
}
