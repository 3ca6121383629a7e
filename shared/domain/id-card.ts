/**
 * 居民身份证号码 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence (odd for
 * men), ISO 7064 MOD 11-2 check character. Only the 18-character form is accepted: 15-digit cards
 * expired with the first generation of cards, and registering one would leave a number no other
 * system can match.
 */
import { toHalfWidth } from './money'

export type IdCardReason = 'empty' | 'length' | 'chars' | 'region' | 'birthDate' | 'checkDigit'

export const reasonMessages: Readonly<Record<IdCardReason, string>> = {
  empty: '请输入身份证号',
  length: '身份证号应为18位',
  chars: '身份证号只能是数字，最后一位可以是X',
  region: '身份证号前两位不是有效的省级行政区代码',
  birthDate: '身份证号中的出生日期无效',
  checkDigit: '身份证号校验位不正确'
}

export type ResidentIdResult =
  { ok: true; id: string; birthDate: string; gender: 'male' | 'female' } | { ok: false; reason: IdCardReason }

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const CHECK_CHARS = '10X98765432'

/**
 * Province-level codes of GB/T 2260 (plus 71 台湾, 81 香港, 82 澳门 as printed on residence
 * permits, and 91, which some older records use for overseas Chinese). Checking the province
 * catches most transposed or mistyped first digits; the full county list changes every year and is
 * deliberately not checked.
 */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82, 91
])

/** Trims, drops every space (typed in groups of 6-8-4), converts full-width, uppercases the x. */
export function normalizeIdNumber(input: string): string {
  return toHalfWidth(input).replace(/\s+/g, '').toUpperCase()
}

/** The 18th character for 17 digits. Throws on anything else: callers validate first. */
export function idCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`idCheckDigit needs 17 digits, got "${first17}"`)
  let sum = 0
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0)
  return CHECK_CHARS.charAt(sum % 11)
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** 'YYYYMMDD' that names a real calendar day → 'YYYY-MM-DD', else null. */
function calendarDate(yyyymmdd: string): string | null {
  const year = Number(yyyymmdd.slice(0, 4))
  const month = Number(yyyymmdd.slice(4, 6))
  const day = Number(yyyymmdd.slice(6, 8))
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`
}

/**
 * Checks an ID number as typed or read from a card reader. `today` ('YYYY-MM-DD', the counter's
 * local date) refuses birth dates in the future; it is a parameter so the domain stays clock-free.
 * The failing reason is the first check in reading order, which is what the clerk fixes first.
 */
export function validateResidentId(input: string, today?: string): ResidentIdResult {
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    throw new RangeError(`today must be 'YYYY-MM-DD', got "${today}"`)
  }
  const id = normalizeIdNumber(input)
  if (id === '') return { ok: false, reason: 'empty' }
  if (id.length !== 18) return { ok: false, reason: 'length' }
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, reason: 'chars' }
  if (!PROVINCES.has(Number(id.slice(0, 2)))) return { ok: false, reason: 'region' }
  const birthDate = calendarDate(id.slice(6, 14))
  // ISO dates compare correctly as strings.
  if (birthDate === null || birthDate < '1900-01-01' || (today !== undefined && birthDate > today)) {
    return { ok: false, reason: 'birthDate' }
  }
  if (idCheckDigit(id.slice(0, 17)) !== id.charAt(17)) return { ok: false, reason: 'checkDigit' }
  const gender = (id.charCodeAt(16) - 48) % 2 === 1 ? 'male' : 'female'
  return { ok: true, id, birthDate, gender }
}
