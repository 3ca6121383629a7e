/**
 * Masking of identity documents for lists, printouts and anything a visitor at the counter may
 * see (个人信息保护法: show no more than the task needs). The length is kept so a clerk can still
 * tell an 18-character ID card from a 9-character passport at a glance.
 */
export { maskPhone } from './phone'

function stars(count: number): string {
  return '*'.repeat(Math.max(0, count))
}

/**
 * ID card, residence permit and other long numbers (≥ 10 characters): first 4 (province and
 * city) + last 4 — '110101199003071234' → '1101**********1234'. Shorter documents (passport
 * 'E12345678', 港澳通行证) keep only the first character (document type letter) and the last 2,
 * because 4 + 4 of 9 characters would reveal almost the whole number. Three characters or fewer
 * are starred entirely.
 */
export function maskIdNumber(id: string): string {
  const chars = Array.from(id.trim())
  const n = chars.length
  if (n <= 3) return stars(n)
  const [head, tail] = n >= 10 ? [4, 4] : [1, 2]
  return chars.slice(0, head).join('') + stars(n - head - tail) + chars.slice(n - tail).join('')
}
