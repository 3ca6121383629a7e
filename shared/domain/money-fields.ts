import { z } from 'zod'
import { parseYuan } from './money'
import { parsePrice } from './price'
import { parseArea } from './area'
import type { MessageKey } from '../messages'
import { reasonKey } from '../kernel/i18n'

/**
 * Money travels as the text the clerk typed ('1,234.5') and becomes integer fen here, in the
 * contract, without floats; the service only ever sees fen.
 */
export const yuan = (options: { allowZero?: boolean } = {}) =>
  z
    .string()
    .trim()
    .max(24, 'field.tooLong')
    .superRefine((text, ctx) => {
      const parsed = parseYuan(text, { allowZero: options.allowZero })
      if (!parsed.ok)
        ctx.addIssue({ code: 'custom', message: reasonKey('field.money', parsed.reason) satisfies MessageKey })
    })
    .transform((text) => {
      const parsed = parseYuan(text, { allowZero: options.allowZero })
      return parsed.ok ? parsed.fen : 0
    })

/** A unit price with up to four decimals, as ten-thousandths of a yuan. */
export const price = z
  .string()
  .trim()
  .max(24, 'field.tooLong')
  .superRefine((text, ctx) => {
    const parsed = parsePrice(text)
    if (!parsed.ok)
      ctx.addIssue({ code: 'custom', message: reasonKey('field.price', parsed.reason) satisfies MessageKey })
  })
  .transform((text) => {
    const parsed = parsePrice(text)
    return parsed.ok ? parsed.priceE4 : 0
  })

/** A meter reading or other quantity with up to two decimals, as hundredths. */
export const quantity = z
  .string()
  .trim()
  .max(24, 'field.tooLong')
  .superRefine((text, ctx) => {
    const parsed = text.trim() === '0' ? { ok: true as const, centi: 0 } : parseArea(text)
    if (!parsed.ok)
      ctx.addIssue({ code: 'custom', message: reasonKey('field.quantity', parsed.reason) satisfies MessageKey })
  })
  .transform((text) => {
    const parsed = parseArea(text)
    return parsed.ok ? parsed.centi : 0
  })

export const period = z.string().regex(/^20\d{2}-(0[1-9]|1[0-2])$/, 'field.period')
