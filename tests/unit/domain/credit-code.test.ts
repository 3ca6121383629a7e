import { describe, expect, it } from 'vitest'
import {
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  normalizeCreditCode,
  reasonMessages,
  validateCreditCode,
  type CreditCodeReason
} from '../../../shared/domain/credit-code'

const EXAMPLE = '91350100M000100Y43'

const reasonOf = (input: string) => {
  const result = validateCreditCode(input)
  return result.ok ? 'ok' : result.reason
}

describe('credit code check character (GB 32100, MOD 31)', () => {
  it('gives 3 for the published example 91350100M000100Y43', () => {
    expect(creditCodeCheckChar(EXAMPLE.slice(0, 17))).toBe('3')
  })

  it('writes a remainder of 0 as check character 0, not as a 32nd character', () => {
    // Σ = 0 → 31 − 0 = 31 → 0.
    expect(creditCodeCheckChar('00000000000000000')).toBe('0')
  })

  it('uses the last character of the set, Y, for a remainder of 1', () => {
    // Σ = 1×1 = 1 → 31 − 1 = 30 → 'Y'.
    expect(creditCodeCheckChar('10000000000000000')).toBe('Y')
  })

  it('can produce every character of the set', () => {
    const seen = new Set<string>()
    for (const c of CREDIT_CODE_CHARSET) seen.add(creditCodeCheckChar(`${c}0000000000000000`))
    expect(seen.size).toBe(31)
  })

  it('refuses to compute from anything but 17 code characters', () => {
    expect(() => creditCodeCheckChar('91350100M000100Y')).toThrow(RangeError)
    expect(() => creditCodeCheckChar('91350100I000100Y4')).toThrow(RangeError)
    expect(() => creditCodeCheckChar('91350100m000100Y4')).toThrow(RangeError)
  })
})

describe('normalizing a credit code as typed', () => {
  it('trims, drops spaces, converts full-width and uppercases', () => {
    expect(normalizeCreditCode(' 9135 0100 m000 100y 43 ')).toBe(EXAMPLE)
    expect(normalizeCreditCode('９１３５０１００Ｍ０００１００Ｙ４３')).toBe(EXAMPLE)
  })
})

describe('validating a unified social credit code', () => {
  it('accepts the published example', () => {
    expect(validateCreditCode(EXAMPLE)).toEqual({ ok: true, code: EXAMPLE })
  })

  it('accepts lowercase, spaced and full-width input and returns the printed form', () => {
    expect(validateCreditCode('91350100m000100y43')).toEqual({ ok: true, code: EXAMPLE })
    expect(validateCreditCode('９１３５０１００Ｍ０００１００Ｙ４３')).toEqual({ ok: true, code: EXAMPLE })
    expect(validateCreditCode('913501 00M000100Y 43')).toEqual({ ok: true, code: EXAMPLE })
  })

  it('accepts codes built with every character of the set', () => {
    for (const c of CREDIT_CODE_CHARSET) {
      const first17 = `91${c}50100M000100Y4`.slice(0, 17)
      expect(reasonOf(first17 + creditCodeCheckChar(first17)), c).toBe('ok')
    }
  })

  it('refuses every check character but the right one', () => {
    for (const last of CREDIT_CODE_CHARSET) {
      expect(reasonOf(EXAMPLE.slice(0, 17) + last), last).toBe(last === '3' ? 'ok' : 'checkDigit')
    }
  })

  it('refuses a single mistyped character through the check character', () => {
    expect(reasonOf('91350100M000100Y44')).toBe('checkDigit')
    expect(reasonOf('91350200M000100Y43')).toBe('checkDigit')
    expect(reasonOf('91350100N000100Y43')).toBe('checkDigit')
  })

  it('refuses the letters I, O, S, V and Z, which the standard leaves out', () => {
    for (const letter of 'IOSVZ') {
      expect(reasonOf(`91350100${letter}000100Y43`), letter).toBe('chars')
      expect(reasonOf(`91350100M000100Y4${letter}`), letter).toBe('chars')
    }
  })

  it('refuses punctuation and other symbols', () => {
    expect(reasonOf('91350100-000100Y43')).toBe('chars')
    expect(reasonOf('91350100M000100Y4*')).toBe('chars')
    expect(reasonOf('91350100中000100Y43')).toBe('chars')
  })

  it('refuses an empty or blank field as empty', () => {
    expect(reasonOf('')).toBe('empty')
    expect(reasonOf(' \u3000 ')).toBe('empty')
  })

  it('refuses codes of the wrong length, like a 9-character organisation code', () => {
    expect(reasonOf('M000100Y4')).toBe('length')
    expect(reasonOf(EXAMPLE.slice(0, 17))).toBe('length')
    expect(reasonOf(`${EXAMPLE}0`)).toBe('length')
  })
})

describe('credit code reason messages', () => {
  it('give a Chinese message for every reason', () => {
    const reasons: CreditCodeReason[] = ['empty', 'length', 'chars', 'checkDigit']
    expect(Object.keys(reasonMessages).sort()).toEqual([...reasons].sort())
    for (const reason of reasons) expect(reasonMessages[reason]).toMatch(/[\u4e00-\u9fff]/)
  })
})
