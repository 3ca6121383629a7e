import { toHalfWidth } from '../domain/money'

/**
 * Fee arithmetic, in integers end to end. Prices are in ten-thousandths of a yuan (price_e4:
 * 1.85 元/㎡ = 18500, 3.4567 元/吨 = 34567) because standards are set to more places than the
 * fen; quantities are in hundredths (89.50 ㎡ = 8950, a count of 1 = 100, 12.3 吨 = 1230).
 *
 * Each line is rounded once, half-up to the fen (四舍五入), after every factor is applied:
 *   fen = price_e4 × quantity_centi × months × percent / (10^4 · 100)
 * — price_e4 × quantity_centi / 10^4 is already fen; /100 undoes the percent. The rounding is
 * done in BigInt so no product ever passes through a float.
 */
export interface LineFactors {
  priceE4: number
  quantityCenti: number
  months: number
  /** 100 for full price; 70 for 物业费 on a room in trusteeship. */
  percent: number
}

const DIVISOR = 10_000n * 100n

export function lineAmountFen({ priceE4, quantityCenti, months, percent }: LineFactors): number {
  for (const [name, v] of Object.entries({ priceE4, quantityCenti, months, percent })) {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`${name} must be a non-negative safe integer, got ${v}`)
  }
  const product = BigInt(priceE4) * BigInt(quantityCenti) * BigInt(months) * BigInt(percent)
  const rounded = (product * 2n + DIVISOR) / (DIVISOR * 2n)
  if (rounded > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('amount too large')
  return Number(rounded)
}

export type PriceReason = 'empty' | 'malformed' | 'tooManyDecimals' | 'negative' | 'tooLarge'

const PRICE = /^(\d{1,7})(?:\.(\d{0,6}))?$/
/** Largest unit price: 1,000,000 元 per unit. */
const MAX_PRICE_E4 = 10_000_000_000

/** '1.85' → 18500; up to four decimals ('3.4567'); no floats. */
export function parsePrice(text: string): { ok: true; priceE4: number } | { ok: false; reason: PriceReason } {
  const plain = toHalfWidth(text).trim().replace(/^[¥￥]/, '').replace(/元$/, '').replace(/,/g, '')
  if (plain === '') return { ok: false, reason: 'empty' }
  if (plain.startsWith('-')) return { ok: false, reason: 'negative' }
  const m = PRICE.exec(plain)
  if (!m) return { ok: false, reason: 'malformed' }
  const fraction = m[2] ?? ''
  if (/[1-9]/.test(fraction.slice(4))) return { ok: false, reason: 'tooManyDecimals' }
  const priceE4 = Number(m[1]) * 10_000 + Number(fraction.slice(0, 4).padEnd(4, '0'))
  if (priceE4 > MAX_PRICE_E4) return { ok: false, reason: 'tooLarge' }
  return { ok: true, priceE4 }
}

/** 18500 → '1.85'; 34567 → '3.4567': at least two decimals, more only when the price has them. */
export function formatPrice(priceE4: number): string {
  const fraction = String(priceE4 % 10_000).padStart(4, '0').replace(/0+$/, '')
  return `${Math.floor(priceE4 / 10_000)}.${fraction.padEnd(2, '0')}`
}

/** '2026-11' + n months → '2027-01'. */
export function addMonths(period: string, n: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) + n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** The first and last day of a 'YYYY-MM' period. */
export function periodBounds(period: string): { from: string; to: string } {
  const [y, m] = period.split('-').map(Number) as [number, number]
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return { from: `${period}-01`, to: `${period}-${String(last).padStart(2, '0')}` }
}

/** The due date of a period: the due day of the period's month, clamped to its last day. */
export function dueDate(period: string, dueDay: number): string {
  const { to } = periodBounds(period)
  const day = Math.min(dueDay, Number(to.slice(-2)))
  return `${period}-${String(day).padStart(2, '0')}`
}

/** Whole months between two periods: '2026-09' → '2026-11' is 2. */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1] = from.split('-').map(Number) as [number, number]
  const [y2, m2] = to.split('-').map(Number) as [number, number]
  return (y2 - y1) * 12 + (m2 - m1)
}
