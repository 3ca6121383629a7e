import { z } from 'zod'
import { validateResidentId } from './id-card'
import { validateCreditCode } from './credit-code'
import { validatePhone } from './phone'
import type { MessageKey } from '../messages'
import { reasonKey } from '../kernel/i18n'
import { optionalText, text } from '../kernel/fields'

export const ID_TYPES = ['resident', 'passport', 'hkmo', 'taiwan', 'other'] as const
export const RELATIONS = ['owner', 'coowner', 'family', 'tenant', 'agent'] as const
export const ROOM_TYPES = ['residence', 'shop', 'parking', 'storage', 'other'] as const
export const ROOM_STATUSES = ['undelivered', 'vacant', 'occupied', 'trusteeship', 'renovating'] as const
export type IdType = (typeof ID_TYPES)[number]
export type Relation = (typeof RELATIONS)[number]
export type RoomType = (typeof ROOM_TYPES)[number]
export type RoomStatus = (typeof ROOM_STATUSES)[number]

/** 'YYYY-MM-DD', a real date. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'field.date')
  .refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    'field.date'
  )

export const phoneField = z
  .string()
  .trim()
  .max(40, 'field.tooLong')
  .refine((v) => validatePhone(v).ok, 'field.phone.malformed')
  .transform((v) => {
    const checked = validatePhone(v)
    return checked.ok ? checked.phone : v
  })

/**
 * A person or company as typed at the counter. Document numbers are checked by kind: a 居民身份证
 * by its GB 11643 check digit and birth date, a company by its GB 32100 credit code.
 */
export const personInput = z
  .strictObject({
    kind: z.enum(['person', 'company']).default('person'),
    name: text(60),
    gender: z.enum(['male', 'female']).nullable().default(null),
    idType: z.enum(ID_TYPES).nullable().default(null),
    idNumber: optionalText(40).default(''),
    creditCode: optionalText(18).default(''),
    phones: z.array(phoneField).max(4).default([]),
    emergencyName: optionalText(30).default(''),
    emergencyPhone: z.union([z.literal(''), phoneField]).default(''),
    notes: optionalText(500).default('')
  })
  .superRefine((p, ctx) => {
    const issue = (path: string, message: MessageKey) => ctx.addIssue({ code: 'custom', path: [path], message })
    if (p.kind === 'person' && p.idNumber) {
      if (!p.idType) issue('idType', 'field.required')
      if (p.idType === 'resident') {
        const checked = validateResidentId(p.idNumber)
        if (!checked.ok) issue('idNumber', reasonKey('field.id', checked.reason))
      } else if (p.idNumber.length < 5) issue('idNumber', 'field.invalid')
    }
    if (p.kind === 'company' && p.creditCode) {
      const checked = validateCreditCode(p.creditCode)
      if (!checked.ok) issue('creditCode', reasonKey('field.credit', checked.reason))
    }
  })
export type PersonInput = z.input<typeof personInput>
