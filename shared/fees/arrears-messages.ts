/** The core's messages for the arrears chase (催缴) and the reports, in every language (merged in ./messages.ts). */

export const arrearsZhCN = {
  'arrears.kind.phone': '电话催缴',
  'arrears.kind.sms': '短信催缴',
  'arrears.kind.letter': '催缴函',
  'arrears.kind.visit': '上门催缴',
  'arrears.kind.legal': '法律途径',
  'audit.remind': '{kind}（欠费 {amount} 元）：{outcome}',
  'audit.noticesSent': '发出 {period} 付款请求书，缴费截止 {due}'
}

export const arrearsZhTW: Record<keyof typeof arrearsZhCN, string> = {
  'arrears.kind.phone': '電話催繳',
  'arrears.kind.sms': '簡訊催繳',
  'arrears.kind.letter': '催繳函',
  'arrears.kind.visit': '上門催繳',
  'arrears.kind.legal': '法律途徑',
  'audit.remind': '{kind}（欠費 {amount} 元）：{outcome}',
  'audit.noticesSent': '發出 {period} 付款請求書，繳費截止 {due}'
}

export const arrearsEn: Record<keyof typeof arrearsZhCN, string> = {
  'arrears.kind.phone': 'Phone reminder',
  'arrears.kind.sms': 'SMS reminder',
  'arrears.kind.letter': 'Demand letter',
  'arrears.kind.visit': 'Home visit',
  'arrears.kind.legal': 'Legal action',
  'audit.remind': '{kind} (overdue ¥{amount}): {outcome}',
  'audit.noticesSent': 'Payment request for {period} sent, due {due}'
}
