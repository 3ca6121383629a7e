import { describe, expect, it } from 'vitest'
import {
  idCheckDigit,
  normalizeIdNumber,
  reasonMessages,
  validateResidentId,
  type IdCardReason
} from '../../../shared/domain/id-card'

/** A full number for a region, birth date and sequence, with its correct check character. */
const id = (region: string, birth: string, seq = '123') => {
  const first17 = `${region}${birth}${seq}`
  return first17 + idCheckDigit(first17)
}

const reasonOf = (input: string, today?: string) => {
  const result = validateResidentId(input, today)
  return result.ok ? 'ok' : result.reason
}

describe('resident ID check digit (GB 11643, ISO 7064 MOD 11-2)', () => {
  it('gives X for the example of the standard, 11010519491231002X', () => {
    // By hand: Σ digit×weight = 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 → 'X'.
    expect(idCheckDigit('11010519491231002')).toBe('X')
  })

  it("gives 4 for the standard's other example, 440524188001010014", () => {
    expect(idCheckDigit('44052418800101001')).toBe('4')
  })

  it('maps every remainder through 10X98765432', () => {
    // Changing the last of the 17 digits (weight 2) walks the remainder in steps of 2.
    const seen = new Set<string>()
    for (let d = 0; d <= 9; d++) seen.add(idCheckDigit(`1101051949123100${d}`))
    expect(seen.size).toBe(10)
  })

  it('refuses to compute from anything but 17 digits', () => {
    expect(() => idCheckDigit('1101051949123100')).toThrow(RangeError)
    expect(() => idCheckDigit('110105194912310023')).toThrow(RangeError)
    expect(() => idCheckDigit('1101051949123100X')).toThrow(RangeError)
  })
})

describe('normalizing an ID number as typed', () => {
  it('trims, drops inner spaces and uppercases the x', () => {
    expect(normalizeIdNumber('  110105 19491231 002x ')).toBe('11010519491231002X')
  })

  it('converts full-width digits, letters and spaces', () => {
    expect(normalizeIdNumber('１１０１０５\u3000１９４９１２３１００２ｘ')).toBe('11010519491231002X')
  })
})

describe('validating a resident ID', () => {
  it('accepts the published example and reads birth date and gender from it', () => {
    expect(validateResidentId('11010519491231002X')).toEqual({
      ok: true,
      id: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'female'
    })
  })

  it('reads an odd 17th digit as male and an even one as female', () => {
    const male = validateResidentId(id('350102', '19900307', '231'))
    const female = validateResidentId(id('350102', '19900307', '240'))
    expect(male.ok && male.gender).toBe('male')
    expect(female.ok && female.gender).toBe('female')
  })

  it('accepts a lowercase x and returns it uppercased', () => {
    const result = validateResidentId('11010519491231002x')
    expect(result.ok && result.id).toBe('11010519491231002X')
  })

  it('accepts full-width input typed with the IME in full-width mode', () => {
    const result = validateResidentId('１１０１０５１９４９１２３１００２Ｘ')
    expect(result.ok && result.id).toBe('11010519491231002X')
  })

  it('accepts a number typed in groups with spaces', () => {
    expect(reasonOf(' 110105 19491231 002X ')).toBe('ok')
  })

  it('refuses an empty or blank field as empty', () => {
    expect(reasonOf('')).toBe('empty')
    expect(reasonOf('   ')).toBe('empty')
  })

  it('refuses an old 15-digit number for its length', () => {
    expect(reasonOf('110105491231002')).toBe('length')
  })

  it('refuses 17 and 19 characters for their length', () => {
    expect(reasonOf('11010519491231002')).toBe('length')
    expect(reasonOf('11010519491231002X1')).toBe('length')
  })

  it('refuses letters anywhere but the last place', () => {
    expect(reasonOf('1101051949123100X2')).toBe('chars')
    expect(reasonOf('A1010519491231002X')).toBe('chars')
    expect(reasonOf('11010519491231002Y')).toBe('chars')
    expect(reasonOf('110105-19491231-02')).toBe('chars')
  })

  it('refuses a wrong check digit', () => {
    expect(reasonOf('110105194912310021')).toBe('checkDigit')
    expect(reasonOf('440524190001010013')).toBe('checkDigit')
  })

  it('refuses every check character but the right one', () => {
    const first17 = '35010219900307231'
    const right = idCheckDigit(first17)
    for (const last of '0123456789X') {
      expect(reasonOf(first17 + last), last).toBe(last === right ? 'ok' : 'checkDigit')
    }
  })

  it('refuses a swap of two adjacent digits (caught by the check digit)', () => {
    const good = id('350102', '19900307', '231')
    const swapped = good.slice(0, 14) + good.charAt(15) + good.charAt(14) + good.slice(16)
    expect(reasonOf(swapped)).toBe('checkDigit')
  })

  it('accepts every province-level region code', () => {
    const codes = [
      11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62,
      63, 64, 65, 71, 81, 82, 91
    ]
    for (const code of codes) expect(reasonOf(id(`${code}0101`, '19900307')), String(code)).toBe('ok')
  })

  it('refuses region codes that name no province', () => {
    for (const code of [
      '00',
      '10',
      '16',
      '20',
      '24',
      '30',
      '38',
      '40',
      '47',
      '55',
      '60',
      '66',
      '70',
      '80',
      '83',
      '90',
      '99'
    ]) {
      expect(reasonOf(id(`${code}0101`, '19900307')), code).toBe('region')
    }
  })

  it('accepts 29 February in leap years, including 2000 (divisible by 400)', () => {
    expect(reasonOf(id('110101', '20000229'))).toBe('ok')
    expect(reasonOf(id('110101', '20240229'))).toBe('ok')
    expect(reasonOf(id('110101', '19960229'))).toBe('ok')
  })

  it('refuses 29 February in common years, including 1900 (divisible by 100)', () => {
    expect(reasonOf(id('110101', '19000229'))).toBe('birthDate')
    expect(reasonOf(id('110101', '20230229'))).toBe('birthDate')
    expect(reasonOf(id('110101', '21000229'))).toBe('birthDate')
  })

  it('refuses days and months that do not exist', () => {
    for (const birth of [
      '19900001',
      '19901301',
      '19900100',
      '19900132',
      '19900431',
      '19900631',
      '19900931',
      '19901131',
      '19900230'
    ]) {
      expect(reasonOf(id('110101', birth)), birth).toBe('birthDate')
    }
  })

  it('accepts the last day of every month', () => {
    for (const birth of [
      '19900131',
      '19900228',
      '19900331',
      '19900430',
      '19900531',
      '19900630',
      '19900731',
      '19900831',
      '19900930',
      '19901031',
      '19901130',
      '19901231'
    ]) {
      expect(reasonOf(id('110101', birth)), birth).toBe('ok')
    }
  })

  it('refuses birth years before 1900, even with a correct check digit', () => {
    // The standard's own second example, born 1880: well-formed but not a living resident.
    expect(reasonOf('440524188001010014')).toBe('birthDate')
    expect(reasonOf(id('110101', '18991231'))).toBe('birthDate')
    expect(reasonOf(id('110101', '19000101'))).toBe('ok')
  })

  it('refuses a birth date after today when today is given', () => {
    expect(reasonOf(id('110101', '20250602'), '2025-06-01')).toBe('birthDate')
    expect(reasonOf(id('110101', '20250601'), '2025-06-01')).toBe('ok')
    expect(reasonOf(id('110101', '20250531'), '2025-06-01')).toBe('ok')
  })

  it('does not check against a clock when today is not given', () => {
    expect(reasonOf(id('110101', '20991231'))).toBe('ok')
  })

  it('treats a malformed today as a programming error', () => {
    expect(() => validateResidentId('11010519491231002X', '2025/06/01')).toThrow(RangeError)
  })

  it('reports the first problem in reading order', () => {
    expect(reasonOf('00000000000000000X0')).toBe('length')
    expect(reasonOf('00000019490231002Y')).toBe('chars')
    expect(reasonOf('000000194902310020')).toBe('region')
    expect(reasonOf('110105194902310020')).toBe('birthDate')
  })
})

describe('ID reason messages', () => {
  it('give a Chinese message for every reason', () => {
    const reasons: IdCardReason[] = ['empty', 'length', 'chars', 'region', 'birthDate', 'checkDigit']
    expect(Object.keys(reasonMessages).sort()).toEqual([...reasons].sort())
    for (const reason of reasons) expect(reasonMessages[reason]).toMatch(/[\u4e00-\u9fff]/)
    expect(reasonMessages.checkDigit).toBe('身份证号校验位不正确')
  })
})
