import { z } from 'zod'
import { id, optionalText, text } from '../kernel/fields'
import { yuan } from '../domain/money-fields'

export const PAYMENT_METHODS = ['cash', 'wechat', 'alipay', 'card', 'transfer', 'other'] as const

const paymentInput = z.strictObject({ method: z.enum(PAYMENT_METHODS), amount: yuan() })

/**
 * What a payment asks for (fees.pay). checkin.pay takes the same for a move-in, priced by the
 * trusteeship the check-in answered — the only way a prepaid month is charged at the trusteeship
 * share before the room is in 托管, so no counter can claim the share for a room without that
 * answer on file. Its own file, so the check-in's contract may build on it (a listed edge).
 */
export const payInput = z.strictObject({
  roomId: id,
  receivableIds: z.array(id).max(240).default([]),
  prepay: z
    .array(z.strictObject({ itemId: id, months: z.number().int().min(1).max(36) }))
    .max(10)
    .default([]),
  payerName: text(60),
  payerPhone: optionalText(20).default(''),
  payments: z.array(paymentInput).min(1).max(6),
  tendered: yuan().optional(),
  expectedTotal: yuan({ allowZero: false }),
  remarks: optionalText(200).default('')
})
