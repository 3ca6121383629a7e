import { describe, expect, it } from 'vitest'
import { maskIdNumber, maskPhone } from '../../../shared/domain/mask'
import { maskPhone as phoneMaskPhone } from '../../../shared/domain/phone'

describe('masking identity document numbers', () => {
  it('keeps the first 4 and last 4 characters of a resident ID', () => {
    expect(maskIdNumber('110101199003071234')).toBe('1101**********1234')
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X')
  })

  it('keeps the length so an ID card and a passport look different', () => {
    expect(maskIdNumber('110101199003071234')).toHaveLength(18)
    expect(maskIdNumber('E12345678')).toHaveLength(9)
  })

  it('hides the birth date of a resident ID', () => {
    expect(maskIdNumber('110101199003071234')).not.toContain('19900307')
  })

  it('applies 4 + 4 from 10 characters on', () => {
    expect(maskIdNumber('H123456789')).toBe('H123**6789')
  })

  it('keeps only the first character and last 2 of shorter documents like passports', () => {
    expect(maskIdNumber('E12345678')).toBe('E******78')
    expect(maskIdNumber('C1234567')).toBe('C*****67')
    expect(maskIdNumber('AB12')).toBe('A*12')
  })

  it('stars numbers of 3 characters or fewer entirely', () => {
    expect(maskIdNumber('A12')).toBe('***')
    expect(maskIdNumber('7')).toBe('*')
    expect(maskIdNumber('')).toBe('')
  })

  it('ignores surrounding spaces', () => {
    expect(maskIdNumber(' E12345678 ')).toBe('E******78')
  })
})

describe('masking re-exports', () => {
  it('offers the phone mask next to the ID mask', () => {
    expect(maskPhone).toBe(phoneMaskPhone)
    expect(maskPhone('13912345678')).toBe('139****5678')
  })
})
