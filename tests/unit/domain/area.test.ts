import { describe, expect, it } from 'vitest'
import { formatArea, MAX_AREA_CENTI, parseArea, reasonMessages, type AreaReason } from '../../../shared/domain/area'

const reasonOf = (text: string) => {
  const result = parseArea(text)
  return result.ok ? 'ok' : result.reason
}

describe('reading a building area', () => {
  it.each([
    ['89.5', 8950],
    ['89.56', 8956],
    ['89', 8900],
    ['89.', 8900],
    ['.5', 50],
    ['0.01', 1],
    ['1,089.50', 108950],
    ['1089.50', 108950],
    ['089.5', 8950],
    [' 89.5 ', 8950],
    ['+89.5', 8950]
  ])('reads %s m² as %i hundredths', (text, centi) => {
    expect(parseArea(text)).toEqual({ ok: true, centi })
  })

  it('reads full-width digits and point', () => {
    expect(parseArea('８９．５')).toEqual({ ok: true, centi: 8950 })
    expect(parseArea('１，０８９．５０')).toEqual({ ok: true, centi: 108950 })
  })

  it('reads the figure with its unit as copied from the certificate', () => {
    for (const text of ['89.5㎡', '89.5 m²', '89.5m2', '89.5M2', '89.5平方米', '89.5平米', '89.5平']) {
      expect(parseArea(text), text).toEqual({ ok: true, centi: 8950 })
    }
  })

  it('never goes through a float (values that floats get wrong)', () => {
    // 1.15 × 100 = 114.99999999999999 and 0.29 × 100 = 28.999999999999996 in doubles.
    expect(parseArea('1.15')).toEqual({ ok: true, centi: 115 })
    expect(parseArea('0.29')).toEqual({ ok: true, centi: 29 })
    expect(parseArea('4.35')).toEqual({ ok: true, centi: 435 })
  })

  it('accepts extra decimals that are all zeros', () => {
    expect(parseArea('89.500')).toEqual({ ok: true, centi: 8950 })
  })

  it('refuses a third significant decimal', () => {
    expect(reasonOf('89.567')).toBe('tooManyDecimals')
    expect(reasonOf('89.501')).toBe('tooManyDecimals')
  })

  it('refuses zero and negative areas', () => {
    for (const text of ['0', '0.00', '-0', '-3', '-89.5', '－３']) expect(reasonOf(text), text).toBe('notPositive')
  })

  it('accepts up to 100,000 m² and refuses more', () => {
    expect(parseArea('100000')).toEqual({ ok: true, centi: MAX_AREA_CENTI })
    expect(parseArea('100,000.00')).toEqual({ ok: true, centi: 10_000_000 })
    expect(reasonOf('100000.01')).toBe('tooLarge')
    expect(reasonOf('1000000')).toBe('tooLarge')
    expect(reasonOf('99999999999999999999999999')).toBe('tooLarge')
  })

  it('refuses an empty field as empty', () => {
    expect(reasonOf('')).toBe('empty')
    expect(reasonOf(' \u3000')).toBe('empty')
  })

  it('refuses text that is not a plain decimal', () => {
    for (const text of [
      'abc',
      '1e3',
      '89,5',
      '1,0895.0',
      '10,89',
      '89.5.1',
      '.',
      '--3',
      '8 9.5',
      '89.5亩',
      'NaN',
      'Infinity',
      '0x10',
      '㎡',
      '89.5㎡㎡'
    ]) {
      expect(reasonOf(text), text).toBe('malformed')
    }
  })
})

describe('writing a building area', () => {
  it('always shows two decimals', () => {
    expect(formatArea(8950)).toBe('89.50')
    expect(formatArea(8956)).toBe('89.56')
    expect(formatArea(8900)).toBe('89.00')
    expect(formatArea(5)).toBe('0.05')
    expect(formatArea(50)).toBe('0.50')
    expect(formatArea(0)).toBe('0.00')
  })

  it('does not group thousands', () => {
    expect(formatArea(108950)).toBe('1089.50')
    expect(formatArea(MAX_AREA_CENTI)).toBe('100000.00')
  })

  it('writes a negative difference with a minus', () => {
    expect(formatArea(-8950)).toBe('-89.50')
    expect(formatArea(-5)).toBe('-0.05')
  })

  it('is read back exactly', () => {
    for (const centi of [1, 9, 10, 99, 100, 8950, 12345, MAX_AREA_CENTI]) {
      expect(parseArea(formatArea(centi))).toEqual({ ok: true, centi })
    }
  })

  it('refuses fractional or unsafe hundredths as a programming error', () => {
    expect(() => formatArea(89.5)).toThrow(RangeError)
    expect(() => formatArea(Number.NaN)).toThrow(RangeError)
    expect(() => formatArea(2 ** 53)).toThrow(RangeError)
  })
})

describe('area reason messages', () => {
  it('give a Chinese message for every reason', () => {
    const reasons: AreaReason[] = ['empty', 'malformed', 'tooManyDecimals', 'notPositive', 'tooLarge']
    expect(Object.keys(reasonMessages).sort()).toEqual([...reasons].sort())
    for (const reason of reasons) expect(reasonMessages[reason]).toMatch(/[\u4e00-\u9fff]/)
  })
})
