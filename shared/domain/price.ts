import { toHalfWidth } from './money'

/**
 * Unit prices in ten-thousandths of a yuan (price_e4: 1.85 元/㎡ = 18500, 3.4567 元/吨 = 34567):
 * standards are set to more places than the fen. Parsed from text without floats.
 */
export type PriceReason = 'empty' | 'malformed' | 'tooManyDecimals' | 'negative' | 'tooLarge'

const PRICE = /^(\d{1,7})(?:\.(\d{0,6}))?$/
/** Largest unit price: 1,000,000 元 per unit. */
const MAX_PRICE_E4 = 10_000_000_000

/** '1.85' → 18500; up to four decimals ('3.4567'); no floats. */
export function parsePrice(text: string): { ok: true; priceE4: number } | { ok: false; reason: PriceReason } {
  const plain = toHalfWidth(text)
    .trim()
    .replace(/^[¥￥]/, '')
    .replace(/元$/, '')
    .replace(/,/g, '')
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
  const fraction = String(priceE4 % 10_000)
    .padStart(4, '0')
    .replace(/0+$/, '')
  return `${Math.floor(priceE4 / 10_000)}.${fraction.padEnd(2, '0')}`
}
