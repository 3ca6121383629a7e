/**
 * Mainland phone numbers as written on registration forms: mobiles (11 digits, 1[3-9]…) and
 * landlines with their area code. Stored forms: '13912345678' and '0591-87654321'.
 */
import { toHalfWidth } from './money'

export type PhoneReason = 'empty' | 'malformed'

export const reasonMessages: Readonly<Record<PhoneReason, string>> = {
  empty: '请输入电话号码',
  malformed: '电话号码格式不正确（手机号11位；固定电话请带区号，不含分机号）'
}

export type PhoneResult = { ok: true; phone: string; kind: 'mobile' | 'landline' } | { ok: false; reason: PhoneReason }

const MOBILE = /^1[3-9]\d{9}$/

/**
 * Drops the separators people write ('139 1234 5678', '(0591)8765-4321'), converts full-width
 * digits, and removes the country code: +86/0086/86 before a mobile; +86/0086 before a landline,
 * whose trunk 0 is then put back ('+86 591 87654321' → '059187654321'). A bare 86 before a
 * landline is left alone: it cannot be told apart from a local number.
 */
export function normalizePhone(input: string): string {
  const compact = toHalfWidth(input).replace(/[\s\-()\u2010-\u2015]/g, '')
  const mobile = /^(?:\+86|0086|86)(1\d{10})$/.exec(compact)
  if (mobile?.[1]) return mobile[1]
  const landline = /^(?:\+86|0086)([1-9]\d{8,10})$/.exec(compact)
  if (landline?.[1]) return `0${landline[1]}`
  return compact
}

/**
 * Area codes after the trunk 0: 10 and 20–29 are two digits (Beijing, Guangzhou, Shanghai, …),
 * every other one three. That numbering plan is what lets us split '059187654321' without the
 * clerk's hyphen. Local numbers never start with 0 or 1. An extension ('-801', '转801') makes the
 * number too long or non-numeric and is refused: the form has a separate field for it.
 */
const LANDLINE = /^(0[12]\d|0[3-9]\d\d)([2-9]\d{6,7})$/

export function validatePhone(input: string): PhoneResult {
  const phone = normalizePhone(input)
  if (phone === '') return { ok: false, reason: 'empty' }
  if (MOBILE.test(phone)) return { ok: true, phone, kind: 'mobile' }
  const landline = LANDLINE.exec(phone)
  if (landline) return { ok: true, phone: `${landline[1]}-${landline[2]}`, kind: 'landline' }
  return { ok: false, reason: 'malformed' }
}

function stars(count: number): string {
  return '*'.repeat(Math.max(0, count))
}

/**
 * For screens and printouts seen by others: mobile '139****5678', landline '0591-****4321' (area
 * code and last four stay so the resident can recognise the number). Anything else keeps its last
 * four; four characters or fewer are starred entirely, since "last four" would be all of it.
 */
export function maskPhone(phone: string): string {
  const checked = validatePhone(phone)
  if (checked.ok && checked.kind === 'mobile') return `${checked.phone.slice(0, 3)}****${checked.phone.slice(-4)}`
  if (checked.ok) {
    const [area = '', local = ''] = checked.phone.split('-')
    return `${area}-${stars(local.length - 4)}${local.slice(-4)}`
  }
  const chars = Array.from(phone.trim())
  if (chars.length <= 4) return stars(chars.length)
  return stars(chars.length - 4) + chars.slice(-4).join('')
}
