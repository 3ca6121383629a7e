/**
 * 统一社会信用代码 (GB 32100-2015) of a company owner, tenant or contractor: 18 characters from a
 * 31-character set, the last a MOD 31 check character over the first 17.
 *
 * Only the charset, length and the final check character are verified. The embedded organisation
 * code (positions 9–17) carries its own GB 11714 check digit, but codes issued to 个体工商户 and
 * some re-registered bodies are not guaranteed to satisfy it, and refusing a real licence at the
 * counter is worse than letting a rare typo through.
 */
import { toHalfWidth } from './money'

export type CreditCodeReason = 'empty' | 'length' | 'chars' | 'checkDigit'

export const reasonMessages: Readonly<Record<CreditCodeReason, string>> = {
  empty: '请输入统一社会信用代码',
  length: '统一社会信用代码应为18位',
  chars: '统一社会信用代码含无效字符（只含数字和大写字母，不含I、O、S、V、Z）',
  checkDigit: '统一社会信用代码校验位不正确'
}

export type CreditCodeResult = { ok: true; code: string } | { ok: false; reason: CreditCodeReason }

/** I, O, S, V, Z are left out because they read like 1, 0, 5, U, 2. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const
const SHAPE = /^[0-9A-HJ-NP-RTUWXY]{18}$/

/** Trims, drops spaces, converts full-width, uppercases (licences print uppercase only). */
export function normalizeCreditCode(input: string): string {
  return toHalfWidth(input).replace(/\s+/g, '').toUpperCase()
}

/** The 18th character for 17 valid characters. Throws on anything else: callers validate first. */
export function creditCodeCheckChar(first17: string): string {
  if (!/^[0-9A-HJ-NP-RTUWXY]{17}$/.test(first17)) {
    throw new RangeError(`creditCodeCheckChar needs 17 code characters, got "${first17}"`)
  }
  let sum = 0
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARSET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0)
  const check = 31 - (sum % 31)
  return CREDIT_CODE_CHARSET.charAt(check === 31 ? 0 : check)
}

export function validateCreditCode(input: string): CreditCodeResult {
  const code = normalizeCreditCode(input)
  if (code === '') return { ok: false, reason: 'empty' }
  if (code.length !== 18) return { ok: false, reason: 'length' }
  if (!SHAPE.test(code)) return { ok: false, reason: 'chars' }
  if (creditCodeCheckChar(code.slice(0, 17)) !== code.charAt(17)) return { ok: false, reason: 'checkDigit' }
  return { ok: true, code }
}
