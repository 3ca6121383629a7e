import { addMonths, monthsBetween, periodBounds } from '../kernel/calendar'

/** Month arithmetic lives in the kernel's calendar; fee code reaches it from here too. */
export { addMonths, monthsBetween, periodBounds }
/** Unit prices are money helpers shared by every capability; fee code reaches them from here too. */
export { formatPrice, parsePrice, type PriceReason } from '../domain/price'

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

/** The due date of a period: the due day of the period's month, clamped to its last day. */
export function dueDate(period: string, dueDay: number): string {
  const { to } = periodBounds(period)
  const day = Math.min(dueDay, Number(to.slice(-2)))
  return `${period}-${String(day).padStart(2, '0')}`
}
