import { describe, expect, it } from 'vitest'
import {
  FORM_GEOMETRY,
  fitFont,
  tableRows,
  textWidthEm,
  wrappedLines
} from '../../../renderer/src/features/fees/paper/receipt-layout'

describe('receipt layout arithmetic', () => {
  it('the table columns of every form add up to its printable width', () => {
    for (const g of Object.values(FORM_GEOMETRY))
      expect(g.columns.reduce((a, b) => a + b, 0)).toBeCloseTo(g.rightMm - g.leftMm, 6)
  })

  it('the continuous forms stay inside the tractor strips, the legend inside the perforation', () => {
    for (const g of [FORM_GEOMETRY.form3, FORM_GEOMETRY.form241x140]) {
      expect(g.leftMm).toBeGreaterThanOrEqual(12.7 + 4)
      expect(g.rightMm + 2.5 + 4.5).toBeLessThanOrEqual(241 - 12.7)
    }
  })

  it('Chinese characters count one em, Latin and digits a little over half', () => {
    expect(textWidthEm('收款收据')).toBe(4)
    expect(textWidthEm('1,986.96')).toBeCloseTo(4.8)
  })

  it('a cell too narrow for its text gets a smaller font, never below the floor', () => {
    expect(fitFont('物业费', 40, 3.3)).toBe(3.3)
    const smaller = fitFont('有偿服务：更换水龙头及人工费用', 46, 3.3)
    expect(smaller).toBeLessThan(3.3)
    expect(smaller * textWidthEm('有偿服务：更换水龙头及人工费用')).toBeLessThanOrEqual(46)
    expect(fitFont('很'.repeat(100), 40, 3.3)).toBeCloseTo(3.3 * 0.7)
  })

  it('wrapping counts whole lines, and an empty text takes none', () => {
    expect(wrappedLines('', 72, 3)).toBe(0)
    expect(wrappedLines('收款方式：现金', 72, 3)).toBe(1)
    expect(wrappedLines('很'.repeat(30), 72, 3)).toBe(2)
  })

  it('a form shows its empty grid; more lines make shorter rows', () => {
    expect(tableRows(2, 37.4, 6)).toEqual({ rows: 6, rowMm: 37.4 / 6 })
    expect(tableRows(11, 37.4, 6)).toEqual({ rows: 11, rowMm: 37.4 / 11 })
  })
})
