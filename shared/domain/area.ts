/**
 * Building area (建筑面积) in integer hundredths of m², the precision printed on property
 * certificates, so per-area fees multiply exact integers.
 */
import { parseHundredths, toHalfWidth } from './money'

export type AreaReason = 'empty' | 'malformed' | 'tooManyDecimals' | 'notPositive' | 'tooLarge'

export const reasonMessages: Readonly<Record<AreaReason, string>> = {
  empty: '请输入面积',
  malformed: '面积格式不正确',
  tooManyDecimals: '面积最多两位小数',
  notPositive: '面积必须大于0',
  tooLarge: '面积不能超过100000平方米'
}

/** 100,000 m²: larger than any single property a counter registers; catches a slipped digit. */
export const MAX_AREA_CENTI = 10_000_000

export type AreaResult = { ok: true; centi: number } | { ok: false; reason: AreaReason }

/** '89.5' | '1,089.50' | '８９．５' | '89.5㎡' | '89.5平方米' → hundredths of m². */
export function parseArea(text: string): AreaResult {
  const plain = toHalfWidth(text).trim()
  if (plain === '') return { ok: false, reason: 'empty' }
  // Clerks copy the figure with its unit from the certificate.
  const number = plain.replace(/\s*(?:㎡|m²|m2|平方米|平米|平)$/i, '')
  const parsed = parseHundredths(number)
  if (!parsed.ok) return { ok: false, reason: parsed.reason === 'empty' ? 'malformed' : parsed.reason }
  if (parsed.negative || parsed.hundredths === 0n) return { ok: false, reason: 'notPositive' }
  if (parsed.hundredths > BigInt(MAX_AREA_CENTI)) return { ok: false, reason: 'tooLarge' }
  return { ok: true, centi: Number(parsed.hundredths) }
}

/** 8950 → '89.50'. No thousands grouping: areas are read digit by digit against the certificate. */
export function formatArea(centi: number): string {
  if (!Number.isSafeInteger(centi)) throw new RangeError(`an area must be a safe integer of hundredths of m²: ${centi}`)
  const digits = String(Math.abs(centi)).padStart(3, '0')
  return `${centi < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`
}
