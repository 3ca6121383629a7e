import { parseYuan, type MoneyReason } from '@shared/domain/money'
import type { MessageKey } from '@shared/messages'
import { reasonKey } from '@shared/kernel/i18n'

/** Fen from what was typed, or null while it is not (yet) an amount. */
export function fenOf(text: string | undefined): number | null {
  if (!text) return null
  const parsed = parseYuan(text, { allowZero: true })
  return parsed.ok ? parsed.fen : null
}

type Core = (key: MessageKey, params?: Record<string, string | number>) => string

/**
 * An antd rule for a money field, worded by the core's `field.money.*` messages (the same words
 * the core answers with on submit), so a bad amount is named under its field as it is typed.
 * `optional`: an empty field is fine. `allowZero`: 0 is a valid amount (a split line not used yet).
 */
export function moneyRule(core: Core, options: { optional?: boolean; allowZero?: boolean } = {}) {
  return {
    validator: (_: unknown, value: string | undefined) => {
      if (options.optional && !value?.trim()) return Promise.resolve()
      const parsed = parseYuan(value ?? '', { allowZero: options.allowZero })
      return parsed.ok ? Promise.resolve() : Promise.reject(new Error(moneyMessage(core, parsed.reason)))
    }
  }
}

export const moneyMessage = (core: Core, reason: MoneyReason) => core(reasonKey('field.money', reason))

/** Whole months for the prepay field: '' or 0 is none; 1–max months; anything else is refused. */
export function parseMonths(text: string, max: number): { ok: true; months: number } | { ok: false } {
  const plain = text.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim()
  if (plain === '') return { ok: true, months: 0 }
  if (!/^\d{1,3}$/.test(plain)) return { ok: false }
  const months = Number(plain)
  return months <= max ? { ok: true, months } : { ok: false }
}
