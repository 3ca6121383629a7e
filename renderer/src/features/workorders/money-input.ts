import type { Rule } from 'antd/es/form'
import { parseHundredths, parseYuan } from '@shared/domain/money'
import { reasonKey } from '@shared/kernel/i18n'
import type { TranslateKey } from '../../lib/i18n'

/**
 * Money and quantities are typed as text and parsed without floats (shared/domain/money.ts);
 * a form rule says what is wrong in the catalog's words, the submit reads the same parse.
 */
type T = (key: TranslateKey, vars?: Record<string, string | number>) => string

/** Fen of a typed amount (0 allowed), or undefined for an empty field. */
export function fenOfText(text: string | undefined): number | undefined {
  if (!text?.trim()) return undefined
  const parsed = parseYuan(text, { allowZero: true })
  return parsed.ok ? parsed.fen : undefined
}

export const moneyRule = (t: T, required = false): Rule => ({
  validator: async (_rule, value: string | undefined) => {
    if (!value?.trim()) {
      if (required) throw new Error(t('field.required'))
      return
    }
    const parsed = parseYuan(value, { allowZero: true })
    if (!parsed.ok) throw new Error(t(reasonKey('field.money', parsed.reason) as TranslateKey))
  }
})

/** Hundredths of a typed quantity ('1.5' → 150), or undefined when it is not one. */
export function centiOfText(text: string | undefined): number | undefined {
  if (!text?.trim()) return undefined
  const parsed = parseHundredths(text.trim())
  return parsed.ok && !parsed.negative && parsed.hundredths > 0n ? Number(parsed.hundredths) : undefined
}

export const quantityRule = (t: T): Rule => ({
  validator: async (_rule, value: string | undefined) => {
    if (!value?.trim()) throw new Error(t('field.required'))
    if (centiOfText(value) === undefined) throw new Error(t('workOrders.badQuantity'))
  }
})

/** A quantity in hundredths as people write it: 150 → '1.5'. */
export const quantityText = (centi: number | null) => {
  if (centi === null) return ''
  const whole = Math.floor(centi / 100)
  const rest = centi % 100
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`
}
