import { z } from 'zod'
import { id, optionalText, text } from '../kernel/fields'
import { isoDate } from '../domain/person-fields'
import { quantity } from '../domain/money-fields'
import { CHECKIN_CASES, CHECKIN_DOCUMENT_KEYS, METER_KINDS } from './rules'

/**
 * What the clerk enters at each step of a check-in. A step is saved as a draft whenever the clerk
 * moves on or pauses (complete: false keeps whatever is there), and checked in full when marked
 * complete; the core refuses an incomplete step with what is missing, so nothing is skipped.
 */

const settingKey = z.string().trim().min(1).max(40)

/** 验明资料: the case, each document ticked as verified (optionally with its scan), the agent's power of attorney. */
export const identityStep = z.strictObject({
  case: z.enum(CHECKIN_CASES),
  documents: z
    .array(
      z.strictObject({
        key: z.enum(CHECKIN_DOCUMENT_KEYS as [string, ...string[]]),
        verified: z.boolean(),
        /** households.attach's id of the scan, when one was taken. */
        attachmentId: id.nullable().default(null)
      })
    )
    .max(20),
  /** Agent only: what the power of attorney covers and from when to when (checked to run today). */
  poa: z
    .strictObject({ scope: text(200), from: isoDate, to: isoDate })
    .nullable()
    .default(null),
  notes: optionalText(200).default('')
})

/** 住户登记: the persons themselves are written through households (addRelation); here the clerk confirms the form. */
export const registrationStep = z.strictObject({
  confirmed: z.boolean(),
  notes: optionalText(200).default('')
})

/** Each agreement of the settings' list signed on a date. */
export const agreementsStep = z.strictObject({
  signed: z.array(z.strictObject({ key: settingKey, signedOn: isoDate })).max(20)
})

/** 钥匙签收表: each item with the count handed over and the owner's confirmation of receipt. */
export const itemsStep = z.strictObject({
  items: z
    .array(z.strictObject({ key: settingKey, count: z.number().int().min(0).max(50), received: z.boolean() }))
    .max(30),
  notes: optionalText(200).default('')
})

/** 底数: meter number and reading (non-negative, two decimals) of each meter, confirmed with the owner. */
export const metersStep = z.strictObject({
  readings: z
    .array(z.strictObject({ kind: z.enum(METER_KINDS), meterNumber: optionalText(30).default(''), reading: quantity }))
    .max(3),
  ownerConfirmed: z.boolean()
})

/** 房屋质量验收: every checklist line passed or a defect; each defect becomes a work order at the finish. */
export const inspectionStep = z.strictObject({
  lines: z
    .array(
      z.strictObject({
        area: text(20),
        item: text(20),
        result: z.enum(['pass', 'defect']),
        category: optionalText(20).default(''),
        description: optionalText(300).default(''),
        attachmentId: id.nullable().default(null)
      })
    )
    .max(400),
  /** Who inspected with the owner (the maintenance staff member's name). */
  inspector: optionalText(30).default(''),
  ownerConfirmed: z.boolean()
})

/** The move-in fees: the receipts taken for the room during this check-in, or why none (e.g. paid by bank transfer beforehand). */
export const feesStep = z.strictObject({
  receiptIds: z.array(id).max(20),
  skippedReason: optionalText(200).default('')
})

/** 房屋托管 or not: when wanted, the agreement's date and the period; the readings come from the meters step. */
export const trusteeshipStep = z.strictObject({
  wanted: z.boolean(),
  agreementSignedOn: isoDate.nullable().default(null),
  from: isoDate.nullable().default(null),
  to: isoDate.nullable().default(null),
  notes: optionalText(200).default('')
})

export const STEP_SCHEMAS = {
  identity: identityStep,
  registration: registrationStep,
  agreements: agreementsStep,
  items: itemsStep,
  meters: metersStep,
  inspection: inspectionStep,
  fees: feesStep,
  trusteeship: trusteeshipStep
} as const

export type StepSchemas = typeof STEP_SCHEMAS
/** What each step holds once parsed (fen and hundredths as integers). */
export type StepData = { [K in keyof StepSchemas]: z.output<StepSchemas[K]> }
/** What the screen sends for each step (readings as typed text). */
export type StepInput = { [K in keyof StepSchemas]: z.input<StepSchemas[K]> }

/** One step's save: `{ step: 'meters', data: {…} }`, the data checked by that step's schema. */
export const stepSave = z.discriminatedUnion('step', [
  z.strictObject({ step: z.literal('identity'), data: identityStep }),
  z.strictObject({ step: z.literal('registration'), data: registrationStep }),
  z.strictObject({ step: z.literal('agreements'), data: agreementsStep }),
  z.strictObject({ step: z.literal('items'), data: itemsStep }),
  z.strictObject({ step: z.literal('meters'), data: metersStep }),
  z.strictObject({ step: z.literal('inspection'), data: inspectionStep }),
  z.strictObject({ step: z.literal('fees'), data: feesStep }),
  z.strictObject({ step: z.literal('trusteeship'), data: trusteeshipStep })
])
