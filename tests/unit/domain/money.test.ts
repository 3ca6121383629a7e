import { describe, expect, it } from 'vitest'
import {
  DEFAULT_MAX_FEN,
  formatFen,
  parseHundredths,
  parseYuan,
  reasonMessages,
  sumFen,
  toChineseCapital,
  toHalfWidth,
  type MoneyReason
} from '../../../shared/domain/money'

const reasonOf = (text: string, options?: Parameters<typeof parseYuan>[1]) => {
  const result = parseYuan(text, options)
  return result.ok ? 'ok' : result.reason
}

describe('reading an amount in yuan', () => {
  it.each([
    ['1,234.5', 123450],
    ['1234.56', 123456],
    ['1,234,567.89', 123456789],
    ['¥12', 1200],
    ['￥12', 1200],
    ['¥ 12.50', 1250],
    ['12元', 1200],
    ['12.5 元', 1250],
    ['¥12元', 1200],
    ['RMB 12', 1200],
    ['0.01', 1],
    ['0.1', 10],
    ['.5', 50],
    ['12.', 1200],
    ['+12', 1200],
    ['007', 700],
    [' 12 ', 1200]
  ])('reads %s as %i fen', (text, fen) => {
    expect(parseYuan(text)).toEqual({ ok: true, fen })
  })

  it('reads full-width digits, comma, point and yen sign', () => {
    expect(parseYuan('１２３４．５６')).toEqual({ ok: true, fen: 123456 })
    expect(parseYuan('１，２３４．５')).toEqual({ ok: true, fen: 123450 })
    expect(parseYuan('￥１２元')).toEqual({ ok: true, fen: 1200 })
  })

  it('never goes through a float (values that floats get wrong)', () => {
    // 0.07 × 100 = 7.000000000000001, 4.35 × 100 = 434.99999999999994, 1.15 × 100 = 114.99999999999999.
    expect(parseYuan('0.07')).toEqual({ ok: true, fen: 7 })
    expect(parseYuan('4.35')).toEqual({ ok: true, fen: 435 })
    expect(parseYuan('1.15')).toEqual({ ok: true, fen: 115 })
    expect(parseYuan('0.29')).toEqual({ ok: true, fen: 29 })
    expect(parseYuan('9007199254740.99', { max: Number.MAX_SAFE_INTEGER })).toEqual({ ok: true, fen: 900719925474099 })
  })

  it('accepts extra decimals that are all zeros', () => {
    expect(parseYuan('1.230')).toEqual({ ok: true, fen: 123 })
  })

  it('refuses fractions of a fen', () => {
    expect(reasonOf('1.234')).toBe('tooManyDecimals')
    expect(reasonOf('0.001')).toBe('tooManyDecimals')
    expect(reasonOf('-1.234', { allowNegative: true })).toBe('tooManyDecimals')
  })

  it('refuses thousands separators in the wrong places', () => {
    for (const text of ['1,23.4', '12,34', '1,2345', ',123', '123,', '1,,234', '1,234,56', '0.1,5']) {
      expect(reasonOf(text), text).toBe('malformed')
    }
  })

  it('refuses anything that is not a plain decimal', () => {
    for (const text of [
      '12abc',
      'abc',
      '1e2',
      '--1',
      '+-1',
      '1.2.3',
      '.',
      '¥',
      '元',
      '12 34',
      'NaN',
      'Infinity',
      '0x10',
      '12$',
      '¥¥12',
      '12元元'
    ]) {
      expect(reasonOf(text), text).toBe('malformed')
    }
  })

  it('refuses an empty field as empty', () => {
    expect(reasonOf('')).toBe('empty')
    expect(reasonOf('  \u3000')).toBe('empty')
  })

  it('refuses zero unless zero is allowed', () => {
    expect(reasonOf('0')).toBe('zero')
    expect(reasonOf('0.00')).toBe('zero')
    expect(reasonOf('¥0')).toBe('zero')
    expect(parseYuan('0', { allowZero: true })).toEqual({ ok: true, fen: 0 })
  })

  it('reads minus zero as plain zero', () => {
    const result = parseYuan('-0.00', { allowZero: true })
    expect(result.ok && Object.is(result.fen, 0)).toBe(true)
    expect(reasonOf('-0')).toBe('zero')
  })

  it('refuses negative amounts unless they are allowed (refunds, adjustments)', () => {
    expect(reasonOf('-12')).toBe('negative')
    expect(reasonOf('¥-12')).toBe('negative')
    expect(parseYuan('-12', { allowNegative: true })).toEqual({ ok: true, fen: -1200 })
  })

  it('reads the minus before or after the yen sign, and typographic or full-width minus signs', () => {
    for (const text of ['-¥12', '¥-12', '－１２', '\u221212', '-12元', '-12.00']) {
      expect(parseYuan(text, { allowNegative: true }), text).toEqual({ ok: true, fen: -1200 })
    }
  })

  it('accepts up to 100,000,000.00 yuan by default and refuses more', () => {
    expect(parseYuan('100,000,000.00')).toEqual({ ok: true, fen: DEFAULT_MAX_FEN })
    expect(DEFAULT_MAX_FEN).toBe(10 ** 10)
    expect(reasonOf('100,000,000.01')).toBe('tooLarge')
    expect(reasonOf('-100,000,000.01', { allowNegative: true })).toBe('tooLarge')
  })

  it('refuses absurdly long numbers without losing precision', () => {
    expect(reasonOf('123456789012345678901234567890')).toBe('tooLarge')
  })

  it('applies a caller-given maximum in fen', () => {
    expect(parseYuan('1,000.00', { max: 100_000 })).toEqual({ ok: true, fen: 100_000 })
    expect(reasonOf('1,000.01', { max: 100_000 })).toBe('tooLarge')
    expect(reasonOf('-1,000.01', { max: 100_000, allowNegative: true })).toBe('tooLarge')
  })

  it('treats an invalid maximum as a programming error', () => {
    expect(() => parseYuan('1', { max: -1 })).toThrow(RangeError)
    expect(() => parseYuan('1', { max: 1.5 })).toThrow(RangeError)
    expect(() => parseYuan('1', { max: Number.POSITIVE_INFINITY })).toThrow(RangeError)
  })
})

describe('the shared decimal reader', () => {
  it('returns sign and hundredths as a BigInt', () => {
    expect(parseHundredths('-1,234.5')).toEqual({ ok: true, negative: true, hundredths: 123450n })
    expect(parseHundredths('')).toEqual({ ok: false, reason: 'empty' })
  })

  it('converts full-width forms and leaves other text alone', () => {
    expect(toHalfWidth('１２３．４５，＋－（）＃ｘＸ\u3000￥')).toBe('123.45,+-()#xX ¥')
    expect(toHalfWidth('3栋2单元')).toBe('3栋2单元')
  })
})

describe('writing an amount', () => {
  it('shows yuan with two decimals and thousands grouping by default', () => {
    expect(formatFen(123450)).toBe('1,234.50')
    expect(formatFen(123456789)).toBe('1,234,567.89')
    expect(formatFen(DEFAULT_MAX_FEN)).toBe('100,000,000.00')
    expect(formatFen(99999)).toBe('999.99')
    expect(formatFen(100)).toBe('1.00')
  })

  it('shows amounts below one yuan with a leading zero', () => {
    expect([0, 1, 10, 99].map((fen) => formatFen(fen))).toEqual(['0.00', '0.01', '0.10', '0.99'])
  })

  it('adds the yen sign on request, after the minus', () => {
    expect(formatFen(123450, { symbol: true })).toBe('¥1,234.50')
    expect(formatFen(-123450, { symbol: true })).toBe('-¥1,234.50')
  })

  it('writes negatives with a leading minus, and leaves grouping out on request', () => {
    expect([formatFen(-123450), formatFen(-1)]).toEqual(['-1,234.50', '-0.01'])
    expect(formatFen(123456789, { grouping: false })).toBe('1234567.89')
    expect(formatFen(-123450, { grouping: false, symbol: true })).toBe('-¥1234.50')
  })

  it('is read back exactly', () => {
    for (const fen of [1, 10, 99, 100, 123450, 123456789, DEFAULT_MAX_FEN, -1, -123450]) {
      expect(parseYuan(formatFen(fen, { symbol: true }), { allowNegative: true })).toEqual({ ok: true, fen })
    }
  })

  it('refuses fractional or unsafe fen as a programming error', () => {
    for (const fen of [0.5, Number.NaN, 2 ** 53]) expect(() => formatFen(fen)).toThrow(RangeError)
  })
})

describe('amount in Chinese capitals (人民币大写)', () => {
  it.each([
    // The cases of the brief, in yuan.
    ['0.00', 0, '零元整'],
    ['0.01', 1, '壹分'],
    ['0.10', 10, '壹角整'],
    ['1.00', 100, '壹元整'],
    ['10.00', 1000, '壹拾元整'],
    ['100.05', 10005, '壹佰元零伍分'],
    ['1,000.00', 100000, '壹仟元整'],
    ['10,000.10', 1000010, '壹万元零壹角整'],
    ['100,000,000.00', 10000000000, '壹亿元整'],
    ['1,234.56', 123456, '壹仟贰佰叁拾肆元伍角陆分'],
    ['1,000,100.00', 100010000, '壹佰万零壹佰元整'],
    ['10.10', 1010, '壹拾元零壹角整'],
    ['1,001.00', 100100, '壹仟零壹元整'],
    ['1,010.00', 101000, '壹仟零壹拾元整'],
    ['100,010.00', 10001000, '壹拾万零壹拾元整'],
    ['10,000,000.00', 1000000000, '壹仟万元整'],
    ['20,000,000.00', 2000000000, '贰仟万元整'],
    ['1,000,000,000.00', 100000000000, '壹拾亿元整'],
    // 亿 group 1; the 仟万 and 佰万 digits are 0 → one 零; 万 group 0010 → 壹拾万; 元 group 0100 →
    // 零壹佰; 角 is 0 but 分 is not → 元零壹分.
    ['100,100,100.01', 10010010001, '壹亿零壹拾万零壹佰元零壹分']
  ])('writes %s yuan as %s', (_yuan, fen, capital) => {
    expect(toChineseCapital(fen)).toBe(capital)
  })

  it.each([
    // Examples of the 中国人民银行 rules (支付结算办法 附一).
    [140950, '壹仟肆佰零玖元伍角整'],
    [600714, '陆仟零柒元壹角肆分'],
    [168032, '壹仟陆佰捌拾元零叁角贰分'],
    [10700053, '壹拾万柒仟元零伍角叁分'],
    [1640902, '壹万陆仟肆佰零玖元零贰分'],
    [32504, '叁佰贰拾伍元零肆分']
  ])('writes %i fen as the payment rules do: %s', (fen, capital) => {
    expect(toChineseCapital(fen)).toBe(capital)
  })

  it('always writes the digit before 拾', () => {
    expect(toChineseCapital(1500)).toBe('壹拾伍元整')
    expect(toChineseCapital(11000000)).toBe('壹拾壹万元整')
  })

  it('ends 角 without 分 with 整, and an amount with 分 without it', () => {
    expect(toChineseCapital(150)).toBe('壹元伍角整')
    expect(toChineseCapital(155)).toBe('壹元伍角伍分')
    expect(toChineseCapital(11)).toBe('壹角壹分')
  })

  it('writes amounts below one yuan without 元 or a leading 零', () => {
    expect(toChineseCapital(5)).toBe('伍分')
    expect(toChineseCapital(99)).toBe('玖角玖分')
  })

  it('writes one 零 for a run of zeros crossing the 亿 and 万 boundaries', () => {
    expect(toChineseCapital(10000000100)).toBe('壹亿零壹元整')
    expect(toChineseCapital(10000010000)).toBe('壹亿零壹佰元整')
    expect(toChineseCapital(10001000000)).toBe('壹亿零壹万元整')
    expect(toChineseCapital(10100000000)).toBe('壹亿零壹佰万元整')
  })

  it('writes no 零 where no digit is skipped', () => {
    expect(toChineseCapital(12345678900)).toBe('壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元整')
    expect(toChineseCapital(11000000000)).toBe('壹亿壹仟万元整')
  })

  it('writes 万亿 amounts with each unit once', () => {
    expect(toChineseCapital(100000000000000)).toBe('壹万亿元整')
    expect(toChineseCapital(100010000000000)).toBe('壹万零壹亿元整')
  })

  it('handles the largest exact amount', () => {
    expect(toChineseCapital(Number.MAX_SAFE_INTEGER)).toBe('玖拾万零柒佰壹拾玖亿玖仟贰佰伍拾肆万柒仟肆佰零玖元玖角壹分')
  })

  it('prefixes refunds with 负', () => {
    expect(toChineseCapital(-150)).toBe('负壹元伍角整')
    expect(toChineseCapital(-1)).toBe('负壹分')
    expect(toChineseCapital(-123456)).toBe('负壹仟贰佰叁拾肆元伍角陆分')
  })

  it('refuses fractional or unsafe fen as a programming error', () => {
    for (const fen of [1.5, Number.NaN, 2 ** 53]) expect(() => toChineseCapital(fen)).toThrow(RangeError)
  })
})

describe('summing amounts', () => {
  it('adds integer fen exactly', () => {
    expect(sumFen([])).toBe(0)
    expect(sumFen([10, 20])).toBe(30)
    expect(sumFen([123450, -100, 1])).toBe(123351)
  })

  it('tolerates intermediate totals beyond the exact range when the result is exact', () => {
    expect(sumFen([Number.MAX_SAFE_INTEGER, 1, -1])).toBe(Number.MAX_SAFE_INTEGER)
  })

  it('refuses fractions of a fen', () => {
    expect(() => sumFen([0.1, 0.2])).toThrow(RangeError)
    expect(() => sumFen([1, Number.NaN])).toThrow(RangeError)
    expect(() => sumFen([Number.POSITIVE_INFINITY])).toThrow(RangeError)
  })

  it('refuses a total too large to be exact', () => {
    expect(() => sumFen([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError)
    expect(() => sumFen([2 ** 53])).toThrow(RangeError)
  })
})

describe('money reason messages', () => {
  it('give a Chinese message for every reason', () => {
    const reasons: MoneyReason[] = ['empty', 'malformed', 'tooManyDecimals', 'negative', 'zero', 'tooLarge']
    expect(Object.keys(reasonMessages).sort()).toEqual([...reasons].sort())
    for (const reason of reasons) expect(reasonMessages[reason]).toMatch(/[\u4e00-\u9fff]/)
  })
})
