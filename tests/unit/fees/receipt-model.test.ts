import { describe, expect, it } from 'vitest'
import type { ReceiptView } from '../../../shared/fees/fees'
import {
  buildReceiptPrintModel,
  capitalOfTotal,
  copyMarkOf,
  sampleReceiptView
} from '../../../shared/fees/receipt-model'
import { periodText, printLines, quantityText } from '../../../shared/fees/receipt-lines'

const context = {
  companyName: '幸福物业服务有限公司',
  estateName: '幸福家园',
  roomDisplay: '3栋2单元1502',
  cashierName: '李收银',
  copyNumber: 0,
  utcOffsetMinutes: 480
}

function receipt(overrides: Partial<ReceiptView> = {}): ReceiptView {
  return { ...sampleReceiptView(), ...overrides }
}

const month = (period: string, amountFen = 16558) => ({
  itemName: '物业服务费',
  category: 'property',
  periodLabel: period,
  priceE4: 18500,
  quantityCenti: 8950,
  months: 1,
  amountFen,
  monthlyFen: amountFen
})

describe('the print model of a receipt', () => {
  it('carries every string the paper shows, already formatted', () => {
    const model = buildReceiptPrintModel(receipt(), context)
    expect(model).toMatchObject({
      title: '收款收据',
      labels: { payer: '交款人', methods: '收款方式', issuer: '收款单位', cashier: '收款人' },
      companyName: '幸福物业服务有限公司',
      code: 'SJ2026000123',
      date: '2026年11月22日',
      time: '09:30',
      payerName: '张三',
      roomDisplay: '3栋2单元1502',
      phoneMasked: '139****5678',
      total: '2,039.40',
      totalWithSymbol: '¥2,039.40',
      totalCapital: '贰仟零叁拾玖元肆角整',
      cashierName: '李收银',
      remarks: '预交 2026 年全年物业服务费',
      copyMark: null,
      voidMark: null,
      refersTo: null
    })
  })

  it('the date is the counter’s local day: 23:30 UTC is already the next day in China', () => {
    expect(buildReceiptPrintModel(receipt({ issuedAt: '2026-12-31T16:30:00.000Z' }), context)).toMatchObject({
      date: '2027年01月01日',
      time: '00:30'
    })
  })

  it('twelve prepaid months print as one line with their 起止月份 and exact sum', () => {
    const [property, water, garbage] = buildReceiptPrintModel(receipt(), context).lines
    expect(property).toEqual({
      itemName: '物业服务费',
      period: '2026.01-2026.12',
      unitPrice: '1.85',
      quantity: '89.50 ㎡×12个月',
      amount: '1,986.96',
      amountFen: 198696
    })
    expect(water).toEqual({
      itemName: '水费',
      period: '2026.10.16-11.15',
      unitPrice: '3.45',
      quantity: '12.30 吨',
      amount: '42.44',
      amountFen: 4244
    })
    expect(garbage).toMatchObject({ period: '2026.11', unitPrice: '10.00', quantity: '1 个月', amount: '10.00' })
  })

  it('months are merged only when consecutive and equal; a gap or another amount starts a new line', () => {
    const lines = printLines([
      month('2026-03'),
      month('2026-01'),
      month('2026-02'),
      month('2026-05'),
      month('2026-06', 11590)
    ])
    expect(lines.map((l) => [l.period, l.quantity, l.amount])).toEqual([
      ['2026.01-2026.03', '89.50 ㎡×3个月', '496.74'],
      ['2026.05', '89.50 ㎡', '165.58'],
      ['2026.06', '89.50 ㎡', '115.90']
    ])
  })

  it('a line the reader already grouped (起止 and months) prints the same as the months it folds', () => {
    const grouped = {
      itemName: '物业服务费',
      category: 'property',
      periodLabel: '2026-01 至 2026-12',
      priceE4: 18500,
      quantityCenti: 8950,
      months: 12,
      amountFen: 198696,
      monthlyFen: 16558
    }
    const fixed = {
      itemName: '车位管理费',
      category: 'parking',
      periodLabel: '2026-01 至 2026-06',
      priceE4: 1500000,
      quantityCenti: 100,
      months: 6,
      amountFen: 90000,
      monthlyFen: 15000
    }
    expect(printLines([grouped, fixed]).map((l) => [l.period, l.quantity, l.amount])).toEqual([
      ['2026.01-2026.12', '89.50 ㎡×12个月', '1,986.96'],
      ['2026.01-2026.06', '6 个月', '900.00']
    ])
    const raw = Array.from({ length: 12 }, (_, i) => month(`2026-${String(i + 1).padStart(2, '0')}`))
    expect(printLines(raw)).toEqual(printLines([grouped]))
  })

  it('different items keep their own lines in the order they were paid', () => {
    const parking = (p: string) => ({
      itemName: '车位管理费',
      category: 'parking',
      periodLabel: p,
      priceE4: 1500000,
      quantityCenti: 100,
      months: 1,
      amountFen: 15000,
      monthlyFen: 15000
    })
    const lines = printLines([parking('2026-11'), month('2026-11'), parking('2026-12'), month('2026-12')])
    expect(lines.map((l) => [l.itemName, l.period, l.quantity])).toEqual([
      ['车位管理费', '2026.11-2026.12', '2 个月'],
      ['物业服务费', '2026.11-2026.12', '89.50 ㎡×2个月']
    ])
  })

  it('quantities read by category: area, months, meter units, counts', () => {
    expect(quantityText('property', 8950, 1, true)).toBe('89.50 ㎡')
    expect(quantityText('parking', 100, 12, true)).toBe('12 个月')
    expect(quantityText('parking', 200, 12, true)).toBe('2×12个月')
    expect(quantityText('water', 1230, 1, false)).toBe('12.30 吨')
    expect(quantityText('electricity', 15600, 1, false)).toBe('156.00 度')
    expect(quantityText('gas', 850, 1, false)).toBe('8.50 m³')
    expect(quantityText('paidService', 200, 1, false)).toBe('2')
    expect(quantityText('other', 250, 1, false)).toBe('2.5')
    expect(quantityText('renovationDeposit', null, 1, false)).toBe('')
  })

  it('period labels are shortened for the column, unknown text is kept', () => {
    expect(periodText('2026-11')).toBe('2026.11')
    expect(periodText('2026-11-15')).toBe('2026.11.15')
    expect(periodText('2026-12-16 至 2027-01-15')).toBe('2026.12.16-2027.01.15')
    expect(periodText('2026-01 至 2026-12')).toBe('2026.01-2026.12')
    expect(periodText('2026-11-15 至 2026-11-15')).toBe('2026.11.15')
    expect(periodText('原收据 SJ2026000100')).toBe('原收据 SJ2026000100')
  })

  it('payment methods are named in Chinese with their amounts; cash shows what was tendered and the change', () => {
    const model = buildReceiptPrintModel(receipt(), context)
    expect(model.payments.map((p) => p.method)).toEqual(['现金', '微信'])
    expect(model.paymentsText).toBe('现金 39.40（实收 50.00，找零 10.60）；微信 2,000.00')
    const card = buildReceiptPrintModel(
      receipt({ payments: [{ method: 'card', amountFen: 203940, tenderedFen: null, changeFen: null }] }),
      context
    )
    expect(card.paymentsText).toBe('银行卡 2,039.40')
    const exact = buildReceiptPrintModel(
      receipt({ payments: [{ method: 'cash', amountFen: 203940, tenderedFen: 203940, changeFen: 0 }] }),
      context
    )
    expect(exact.paymentsText).toBe('现金 2,039.40')
  })

  it('every print after the first is marked 补打 with its count', () => {
    expect(buildReceiptPrintModel(receipt(), { ...context, copyNumber: 2 })).toMatchObject({
      copyMark: '补打（第2次）',
      copyNumber: 2
    })
    expect(copyMarkOf(1)).toBe('补打（第1次）')
    expect(() => copyMarkOf(-1)).toThrow(RangeError)
  })

  it('a voided receipt carries 作废', () => {
    const voided = receipt({
      status: 'void',
      void: { reason: '金额录错', at: '2026-11-22T02:00:00.000Z', staffName: '李收银', approverName: null }
    })
    expect(buildReceiptPrintModel(voided, { ...context, copyNumber: 1 })).toMatchObject({
      voidMark: '作废',
      copyMark: '补打（第1次）'
    })
  })

  it('a refund is titled 退款收据 with negative amounts and 负 in the capitals', () => {
    const refund = receipt({
      kind: 'refund',
      totalFen: -170000,
      refersToCode: 'SJ2026000100',
      lines: [
        {
          itemName: '退还装修保证金',
          category: 'renovationDeposit',
          periodLabel: '原收据 SJ2026000100',
          priceE4: null,
          quantityCenti: null,
          months: null,
          amountFen: -200000,
          monthlyFen: null
        },
        {
          itemName: '扣除：损坏电梯轿厢',
          category: 'deduction',
          periodLabel: '',
          priceE4: null,
          quantityCenti: null,
          months: null,
          amountFen: 30000,
          monthlyFen: null
        }
      ],
      payments: [{ method: 'transfer', amountFen: -170000, tenderedFen: null, changeFen: null }]
    })
    const model = buildReceiptPrintModel(refund, context)
    expect(model.labels).toEqual({ payer: '领款人', methods: '退款方式', issuer: '退款单位', cashier: '经办人' })
    expect(model).toMatchObject({
      title: '退款收据',
      total: '-1,700.00',
      totalWithSymbol: '-¥1,700.00',
      totalCapital: '负壹仟柒佰元整',
      refersTo: '原收据 SJ2026000100',
      paymentsText: '转账 -1,700.00'
    })
    expect(model.lines.map((l) => [l.itemName, l.period, l.unitPrice, l.quantity, l.amount])).toEqual([
      ['退还装修保证金', '原收据 SJ2026000100', '', '', '-2,000.00'],
      ['扣除：损坏电梯轿厢', '', '', '', '300.00']
    ])
  })

  it('the capitals of a total are those of its absolute amount, with 负 for a negative one', () => {
    expect(capitalOfTotal(123456)).toBe('壹仟贰佰叁拾肆元伍角陆分')
    expect(capitalOfTotal(-123456)).toBe('负壹仟贰佰叁拾肆元伍角陆分')
    expect(capitalOfTotal(0)).toBe('零元整')
  })
})
