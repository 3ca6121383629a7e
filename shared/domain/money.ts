/**
 * Money at the counter: integer fen (分) everywhere, parsed from the text the clerk typed without
 * ever going through a float (0.1 + 0.2 must never reach a receipt).
 *
 * 人民币大写 rules (after 中国人民银行《支付结算办法》附一「正确填写票据和结算凭证的基本规定」):
 *  1. Digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟 inside a group of four, 万 and 亿 between groups;
 *     a 拾 is always written with its digit: 10 元 → 壹拾元整 (never 拾元).
 *  2. One 零 stands for any run of zeros in the middle of the integer part, including a run that
 *     crosses a 万 or 亿 boundary: 1,001 → 壹仟零壹; 1,000,100 → 壹佰万零壹佰;
 *     100,100,100.01 → 壹亿零壹拾万零壹佰元零壹分. Trailing zeros of a group write nothing.
 *     (The rules allow leaving out the 零 when 万位 is 0 but 仟位 is not — 107,000 → 壹拾万柒仟 — and
 *     we do: a 零 is only written where a digit is actually skipped.)
 *  3. Whole yuan end with 整: 100.00 → 壹元整.
 *  4. 零 after 元 when the 角 is 0 and the 分 is not (100.05 → 壹佰元零伍分, required by the rules),
 *     and when the 元 digit is 0 but the 角 is not (10.10 → 壹拾元零壹角整, which the rules allow
 *     and which keeps a gap from being read as contiguous digits).
 *  5. 角 with no 分 ends with 整 (壹元伍角整: allowed by the rules and the most widespread style on
 *     receipts); an amount with 分 never ends with 整.
 *  6. Below one yuan there is no 元 and no leading 零: 0.01 → 壹分, 0.10 → 壹角整. Zero → 零元整.
 *  7. Negative amounts (refunds) get a 负 prefix. The 人民币 prefix is left to the form.
 */

export type MoneyReason = 'empty' | 'malformed' | 'tooManyDecimals' | 'negative' | 'zero' | 'tooLarge'

export const reasonMessages: Readonly<Record<MoneyReason, string>> = {
  empty: '请输入金额',
  malformed: '金额格式不正确',
  tooManyDecimals: '金额最多两位小数（精确到分）',
  negative: '金额不能为负数',
  zero: '金额不能为0',
  tooLarge: '金额超出允许的最大值'
}

/** 100,000,000.00 yuan: far above any counter payment, far below Number.MAX_SAFE_INTEGER. */
export const DEFAULT_MAX_FEN = 10_000_000_000

/**
 * Full-width forms (what a Chinese IME types in full-width mode) → ASCII, ideographic space → space,
 * ￥ → ¥. Every text parser of the domain uses it; it lives here because money is its oldest user.
 */
export function toHalfWidth(input: string): string {
  return input
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/\uFFE5/g, '\u00A5')
}

export type DecimalResult =
  { ok: true; negative: boolean; hundredths: bigint } | { ok: false; reason: 'empty' | 'malformed' | 'tooManyDecimals' }

// Sign, then either plain digits or correctly grouped thousands, then an optional fraction.
// '.5' and '5.' are accepted: both are unambiguous and clerks type them.
const DECIMAL = /^([+-]?)(\d+|\d{1,3}(?:,\d{3})+|)(?:\.(\d*))?$/

/**
 * Parses a plain decimal (already half-width and trimmed) into hundredths, as a BigInt so that no
 * length of input can overflow before the caller's range check. Shared by money and area.
 * Extra decimals that are all zeros ('89.500', pasted from a spreadsheet) lose nothing and pass.
 */
export function parseHundredths(text: string): DecimalResult {
  if (text === '') return { ok: false, reason: 'empty' }
  const m = DECIMAL.exec(text.replace(/\u2212/g, '-'))
  if (!m) return { ok: false, reason: 'malformed' }
  const intPart = (m[2] ?? '').replace(/,/g, '')
  const fraction = m[3] ?? ''
  if (intPart === '' && fraction === '') return { ok: false, reason: 'malformed' }
  if (/[1-9]/.test(fraction.slice(2))) return { ok: false, reason: 'tooManyDecimals' }
  const cents = fraction.slice(0, 2).padEnd(2, '0')
  return { ok: true, negative: m[1] === '-', hundredths: BigInt(intPart || '0') * 100n + BigInt(cents) }
}

export interface ParseYuanOptions {
  allowZero?: boolean
  allowNegative?: boolean
  /** Largest accepted absolute amount, in fen. */
  max?: number
}

export type ParseYuanResult = { ok: true; fen: number } | { ok: false; reason: MoneyReason }

/** '1,234.5' | '¥12' | '12元' | '－３' … → integer fen. */
export function parseYuan(text: string, options: ParseYuanOptions = {}): ParseYuanResult {
  const max = options.max ?? DEFAULT_MAX_FEN
  if (!Number.isSafeInteger(max) || max < 0)
    throw new RangeError(`max must be a safe non-negative integer of fen: ${max}`)
  const plain = toHalfWidth(text).trim()
  if (plain === '') return { ok: false, reason: 'empty' }
  // The currency sign may stand before or after the minus ('-¥12', '¥-12'); 元 closes the amount.
  const stripped = plain.replace(/^([+\-\u2212]?)\s*(?:\u00A5|RMB)\s*/i, '$1').replace(/\s*元$/, '')
  const parsed = parseHundredths(stripped)
  if (!parsed.ok) return { ok: false, reason: parsed.reason === 'empty' ? 'malformed' : parsed.reason }
  const { negative, hundredths } = parsed
  if (hundredths === 0n) return options.allowZero ? { ok: true, fen: 0 } : { ok: false, reason: 'zero' }
  if (negative && !options.allowNegative) return { ok: false, reason: 'negative' }
  if (hundredths > BigInt(max)) return { ok: false, reason: 'tooLarge' }
  const fen = Number(hundredths)
  return { ok: true, fen: negative ? -fen : fen }
}

function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`an amount must be a safe integer of fen: ${fen}`)
}

/** Digits of |value| with thousands grouping (value is a non-negative integer string). */
function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

export interface FormatFenOptions {
  symbol?: boolean
  grouping?: boolean
}

/** 123450 → '1,234.50'; with symbol '¥1,234.50'; negatives put the minus first: '-¥1,234.50'. */
export function formatFen(fen: number, options: FormatFenOptions = {}): string {
  assertFen(fen)
  const digits = String(Math.abs(fen)).padStart(3, '0')
  const yuan = digits.slice(0, -2)
  const text = `${options.grouping === false ? yuan : group(yuan)}.${digits.slice(-2)}`
  return `${fen < 0 ? '-' : ''}${options.symbol ? '\u00A5' : ''}${text}`
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖'
const SMALL_UNITS = ['仟', '佰', '拾', ''] as const

function digit(n: bigint): string {
  return DIGITS.charAt(Number(n))
}

/** 1..9999 → 壹仟零壹 etc. Leading zeros write nothing: the caller decides on a gap 零. */
function groupOfFour(n: bigint): string {
  const digits = n.toString().padStart(4, '0')
  let out = ''
  let zeroPending = false
  for (let i = 0; i < 4; i++) {
    const d = BigInt(digits.charCodeAt(i) - 48)
    if (d === 0n) {
      zeroPending = out !== ''
      continue
    }
    out += (zeroPending ? '零' : '') + digit(d) + SMALL_UNITS[i]
    zeroPending = false
  }
  return out
}

/**
 * Integer yuan (> 0) in capitals. Split at 亿 recursively (so 万亿 amounts read 壹万亿, not a
 * repeated unit), then at 万; a 零 bridges a boundary whenever the lower part's leading digit is 0.
 */
function integerCapital(n: bigint): string {
  if (n >= 100_000_000n) {
    const low = n % 100_000_000n
    const head = integerCapital(n / 100_000_000n) + '亿'
    if (low === 0n) return head
    return head + (low < 10_000_000n ? '零' : '') + integerCapital(low)
  }
  if (n >= 10_000n) {
    const low = n % 10_000n
    const head = groupOfFour(n / 10_000n) + '万'
    if (low === 0n) return head
    return head + (low < 1_000n ? '零' : '') + groupOfFour(low)
  }
  return groupOfFour(n)
}

/** 人民币大写 of an amount in fen, per the rules at the top of this file. */
export function toChineseCapital(fen: number): string {
  assertFen(fen)
  if (fen === 0) return '零元整'
  const abs = BigInt(Math.abs(fen))
  const yuan = abs / 100n
  const jiao = (abs / 10n) % 10n
  const fenDigit = abs % 10n
  let out = fen < 0 ? '负' : ''
  if (yuan > 0n) out += integerCapital(yuan) + '元'
  if (jiao === 0n && fenDigit === 0n) return out + '整'
  if (yuan > 0n && (jiao === 0n || yuan % 10n === 0n)) out += '零'
  if (jiao > 0n) out += digit(jiao) + '角'
  return out + (fenDigit > 0n ? digit(fenDigit) + '分' : '整')
}

/** Exact sum of fen amounts; refuses fractions and anything a double cannot hold exactly. */
export function sumFen(values: readonly number[]): number {
  let total = 0n
  for (const value of values) {
    assertFen(value)
    total += BigInt(value)
  }
  const result = Number(total)
  if (!Number.isSafeInteger(result)) throw new RangeError(`the sum ${total} is too large to be exact`)
  return result
}
