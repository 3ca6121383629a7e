/**
 * The words printed on a receipt (收款收据), defined once for every layout: the full form, the
 * data-only 套打 sheet and the thermal roll. A receipt is a paper form printed in Chinese whatever
 * the screen's language, so these live with the paper rather than in the screens' catalog; the
 * labels that change between a payment and a refund (交款人/领款人…) come with the print model
 * (shared/fees/receipt-model.ts).
 */
export const RECEIPT_WORDS = {
  number: 'No. ',
  date: '日期：',
  room: '房号：',
  phone: '电话：',
  item: '收费项目',
  period: '起止月份',
  unitPrice: '单价（元）',
  quantity: '数量/面积',
  amount: '金额（元）',
  total: '合计',
  /** The form spaces 备注 out to the width of its four-character labels. */
  remarksSpaced: '备　　注：',
  remarks: '备注：',
  capitalTotal: '合计人民币（大写）：',
  capital: '大写：',
  colon: '：',
  stamp: '（盖章）：',
  signature: '签字：',
  keep: '请妥善保管本收据，遗失不补',
  testPage: '打印测试',
  layoutFull: '完整表格',
  layoutData: '套打'
} as const

/** The made-up room and cashier of the sample receipt (settings preview and printer test page). */
export const SAMPLE_RECEIPT_PEOPLE = { roomDisplay: '3栋2单元1502', cashierName: '李收银' } as const
