import { describe, expect, it } from 'vitest'
import { groupMonths } from '../../../electron/main/services/fees/receipt-records'

const line = (periodLabel: string, amountFen = 16558, itemName = '物业服务费') => ({
  itemName,
  category: 'property',
  periodLabel,
  priceE4: 18500,
  quantityCenti: 8950,
  months: 1,
  amountFen
})

describe('a receipt folds consecutive months of one charge into one line', () => {
  it('twelve months across the new year are one line with their sum and the monthly amount', () => {
    const rows = Array.from({ length: 12 }, (_, i) =>
      line(`${i < 6 ? 2026 : 2027}-${String(((i + 6) % 12) + 1).padStart(2, '0')}`)
    )
    expect(groupMonths(rows)).toEqual([
      { ...line('2026-07 至 2027-06'), months: 12, amountFen: 16558 * 12, monthlyFen: 16558 }
    ])
  })

  it('a gap, another amount, another item or a metered period starts a new line', () => {
    const rows = [
      line('2026-01'),
      line('2026-02'),
      line('2026-04'),
      line('2026-05', 17000),
      line('2026-06', 1000, '生活垃圾清运费'),
      line('2026-10-16 至 2026-11-15', 4244)
    ]
    expect(groupMonths(rows).map((l) => [l.periodLabel, l.months, l.amountFen, l.monthlyFen])).toEqual([
      ['2026-01 至 2026-02', 2, 33116, 16558],
      ['2026-04', 1, 16558, 16558],
      ['2026-05', 1, 17000, 17000],
      ['2026-06', 1, 1000, 1000],
      ['2026-10-16 至 2026-11-15', 1, 4244, null]
    ])
  })
})
