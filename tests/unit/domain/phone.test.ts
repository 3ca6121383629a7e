import { describe, expect, it } from 'vitest'
import { maskPhone, normalizePhone, reasonMessages, validatePhone } from '../../../shared/domain/phone'

const reasonOf = (input: string) => {
  const result = validatePhone(input)
  return result.ok ? 'ok' : result.reason
}

describe('normalizing a phone number as written', () => {
  it('drops spaces, dashes and parentheses', () => {
    expect(normalizePhone(' 139 1234-5678 ')).toBe('13912345678')
    expect(normalizePhone('(0591) 8765-4321')).toBe('059187654321')
  })

  it('converts full-width digits, dashes and parentheses', () => {
    expect(normalizePhone('１３９－１２３４－５６７８')).toBe('13912345678')
    expect(normalizePhone('（０５９１）８７６５４３２１')).toBe('059187654321')
  })

  it('removes the country code before a mobile in all its spellings', () => {
    for (const input of [
      '+86 139 1234 5678',
      '+8613912345678',
      '0086 13912345678',
      '86-139-1234-5678',
      '＋８６１３９１２３４５６７８'
    ]) {
      expect(normalizePhone(input), input).toBe('13912345678')
    }
  })

  it('puts the trunk 0 back when +86 or 0086 precedes a landline', () => {
    expect(normalizePhone('+86 591 8765 4321')).toBe('059187654321')
    expect(normalizePhone('0086-10-62345678')).toBe('01062345678')
  })

  it('leaves a bare 86 before a non-mobile alone', () => {
    expect(normalizePhone('8659187654321')).toBe('8659187654321')
  })
})

describe('validating a phone number', () => {
  it('accepts mobiles of every current prefix 13x–19x', () => {
    for (const prefix of ['13', '14', '15', '16', '17', '18', '19']) {
      expect(validatePhone(`${prefix}912345678`)).toEqual({ ok: true, phone: `${prefix}912345678`, kind: 'mobile' })
    }
  })

  it('stores a mobile as its 11 bare digits however it was written', () => {
    expect(validatePhone('+86 139-1234-5678')).toEqual({ ok: true, phone: '13912345678', kind: 'mobile' })
  })

  it('refuses mobiles with a 10x, 11x or 12x prefix, which are not issued', () => {
    for (const input of ['10912345678', '11912345678', '12912345678']) expect(reasonOf(input), input).toBe('malformed')
  })

  it('refuses mobiles with a digit too few or too many', () => {
    expect(reasonOf('1391234567')).toBe('malformed')
    expect(reasonOf('139123456789')).toBe('malformed')
  })

  it('stores a landline with a hyphen after the area code', () => {
    expect(validatePhone('0591-87654321')).toEqual({ ok: true, phone: '0591-87654321', kind: 'landline' })
    expect(validatePhone('059187654321')).toEqual({ ok: true, phone: '0591-87654321', kind: 'landline' })
    expect(validatePhone('(0591)8765 4321')).toEqual({ ok: true, phone: '0591-87654321', kind: 'landline' })
  })

  it('splits the two-digit area codes 10 and 20–29 by the numbering plan', () => {
    expect(validatePhone('01062345678')).toEqual({ ok: true, phone: '010-62345678', kind: 'landline' })
    expect(validatePhone('021 6234 5678')).toEqual({ ok: true, phone: '021-62345678', kind: 'landline' })
    expect(validatePhone('029-88881234')).toEqual({ ok: true, phone: '029-88881234', kind: 'landline' })
  })

  it('accepts 7-digit local numbers of smaller cities', () => {
    expect(validatePhone('0597-2345678')).toEqual({ ok: true, phone: '0597-2345678', kind: 'landline' })
  })

  it('accepts a landline written with the country code', () => {
    expect(validatePhone('+86 591 87654321')).toEqual({ ok: true, phone: '0591-87654321', kind: 'landline' })
  })

  it('refuses an extension: it belongs in its own field', () => {
    for (const input of ['0591-87654321-801', '0591-87654321转801', '0591-87654321 ext 801', '0591-87654321#801']) {
      expect(reasonOf(input), input).toBe('malformed')
    }
  })

  it('refuses a local number without its area code', () => {
    expect(reasonOf('87654321')).toBe('malformed')
    expect(reasonOf('2345678')).toBe('malformed')
  })

  it('refuses local numbers starting with 0 or 1, and area codes starting with 00', () => {
    expect(reasonOf('0591-07654321')).toBe('malformed')
    expect(reasonOf('0591-17654321')).toBe('malformed')
    expect(reasonOf('0059187654321')).toBe('malformed')
  })

  it('refuses local numbers of 6 or 9 digits', () => {
    expect(reasonOf('0591-876543')).toBe('malformed')
    expect(reasonOf('0591-876543210')).toBe('malformed')
  })

  it('refuses service numbers and letters', () => {
    expect(reasonOf('95588')).toBe('malformed')
    expect(reasonOf('400-800-1234')).toBe('malformed')
    expect(reasonOf('139abcd5678')).toBe('malformed')
  })

  it('refuses an empty field, or one with separators only, as empty', () => {
    expect(reasonOf('')).toBe('empty')
    expect(reasonOf('  ')).toBe('empty')
    expect(reasonOf(' - ( ) ')).toBe('empty')
  })
})

describe('masking a phone number for display', () => {
  it('keeps the first 3 and last 4 digits of a mobile', () => {
    expect(maskPhone('13912345678')).toBe('139****5678')
  })

  it('keeps the area code and last 4 digits of a landline', () => {
    expect(maskPhone('0591-87654321')).toBe('0591-****4321')
    expect(maskPhone('010-62345678')).toBe('010-****5678')
    expect(maskPhone('0597-2345678')).toBe('0597-***5678')
  })

  it('masks numbers still in their typed form the same way', () => {
    expect(maskPhone('+86 139 1234 5678')).toBe('139****5678')
    expect(maskPhone('059187654321')).toBe('0591-****4321')
  })

  it('keeps only the last 4 characters of anything else', () => {
    expect(maskPhone('95588')).toBe('*5588')
    expect(maskPhone('4008001234')).toBe('******1234')
    expect(maskPhone('+44 20 7946 0958')).toBe('************0958')
  })

  it('stars a number of 4 characters or fewer entirely', () => {
    expect(maskPhone('1234')).toBe('****')
    expect(maskPhone('110')).toBe('***')
    expect(maskPhone('')).toBe('')
  })
})

describe('phone reason messages', () => {
  it('give a Chinese message for every reason', () => {
    expect(Object.keys(reasonMessages).sort()).toEqual(['empty', 'malformed'])
    for (const text of Object.values(reasonMessages)) expect(text).toMatch(/[\u4e00-\u9fff]/)
  })
})
