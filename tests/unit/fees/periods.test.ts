import { describe, expect, it } from 'vitest'
import {
  addMonths,
  dueDate,
  formatPrice,
  lineAmountFen,
  monthsBetween,
  parsePrice,
  periodBounds
} from '../../../shared/fees/periods'

describe('fee lines are computed in integers and rounded half-up once, to the fen', () => {
  it('property fee: 1.85 元/㎡/月 × 89.50 ㎡ = 165.575 → 165.58 元', () => {
    expect(lineAmountFen({ priceE4: 18500, quantityCenti: 8950, months: 1, percent: 100 })).toBe(16558)
  })
  it('twelve months are computed as one line and rounded once', () => {
    expect(lineAmountFen({ priceE4: 18500, quantityCenti: 8950, months: 12, percent: 100 })).toBe(198690)
  })
  it('a room in trusteeship pays 70 %: 165.575 × 0.7 = 115.9025 → 115.90', () => {
    expect(lineAmountFen({ priceE4: 18500, quantityCenti: 8950, months: 1, percent: 70 })).toBe(11590)
  })
  it('half a fen rounds up: 0.005 元 → 0.01 元; just under stays down', () => {
    expect(lineAmountFen({ priceE4: 50, quantityCenti: 100, months: 1, percent: 100 })).toBe(1)
    expect(lineAmountFen({ priceE4: 49, quantityCenti: 100, months: 1, percent: 100 })).toBe(0)
  })
  it('metered water: 12.3 吨 × 3.4567 元 = 42.51741 → 42.52', () => {
    expect(lineAmountFen({ priceE4: 34567, quantityCenti: 1230, months: 1, percent: 100 })).toBe(4252)
  })
  it('refuses negative or fractional factors', () => {
    expect(() => lineAmountFen({ priceE4: -1, quantityCenti: 1, months: 1, percent: 100 })).toThrow(RangeError)
    expect(() => lineAmountFen({ priceE4: 1.5, quantityCenti: 1, months: 1, percent: 100 })).toThrow(RangeError)
  })
})

describe('prices are parsed from text with up to four decimals', () => {
  it.each([
    ['1.85', 18500],
    ['1.8', 18000],
    ['2', 20000],
    ['3.4567', 34567],
    ['¥0.60', 6000],
    ['1,200.00', 12000000],
    ['１．８５', 18500],
    ['3.45670', 34567]
  ])('%s → %i', (text, e4) => expect(parsePrice(text)).toEqual({ ok: true, priceE4: e4 }))
  it.each([
    ['', 'empty'],
    ['abc', 'malformed'],
    ['1.23456', 'tooManyDecimals'],
    ['-1', 'negative'],
    ['1e3', 'malformed'],
    ['2000000', 'tooLarge']
  ])('%s is refused (%s)', (text, reason) => expect(parsePrice(text)).toEqual({ ok: false, reason }))
  it.each([
    [18500, '1.85'],
    [20000, '2.00'],
    [34567, '3.4567'],
    [34560, '3.456'],
    [6000, '0.60'],
    [5, '0.0005']
  ])('%i shows as %s', (e4, text) => expect(formatPrice(e4)).toBe(text))
})

describe('periods', () => {
  it('adds months across years', () => {
    expect(addMonths('2026-11', 2)).toBe('2027-01')
    expect(addMonths('2026-01', -1)).toBe('2025-12')
    expect(addMonths('2026-11', 12)).toBe('2027-11')
  })
  it('knows month lengths and clamps the due day', () => {
    expect(periodBounds('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' })
    expect(dueDate('2026-02', 30)).toBe('2026-02-28')
    expect(dueDate('2026-11', 20)).toBe('2026-11-20')
  })
  it('counts months between periods', () => {
    expect(monthsBetween('2026-09', '2026-11')).toBe(2)
    expect(monthsBetween('2025-12', '2026-01')).toBe(1)
  })
})
