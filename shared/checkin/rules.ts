import dayjs from 'dayjs'
import { addDays } from '../kernel/calendar'

/**
 * The move-in procedure's fixed rules (BRIEF §1; manuals 000/001/003): which documents each case
 * must show, the order of the steps, and the trusteeship checks. Pure, so the wizard can say what
 * is missing before it asks the core, and the core says the same when it refuses.
 */

/** Who is checking in: the owner in person, an agent with a power of attorney, or for a company. */
export const CHECKIN_CASES = ['owner', 'agent', 'company'] as const
export type CheckinCase = (typeof CHECKIN_CASES)[number]

/**
 * The documents shown at the counter (验明资料). `typeKey` is the household file's checklist entry
 * (households' document types) that a verified document marks as on file.
 */
export const CHECKIN_DOCUMENTS = {
  ownerId: { typeKey: 'idCopy' },
  moveInNotice: { typeKey: 'moveInNotice' },
  purchaseContract: { typeKey: 'purchaseContract' },
  powerOfAttorney: { typeKey: 'powerOfAttorney' },
  agentId: { typeKey: 'agentIdCopy' },
  companyCertificate: { typeKey: 'companyCertificate' },
  handlerId: { typeKey: 'agentIdCopy' }
} as const
export type CheckinDocument = keyof typeof CHECKIN_DOCUMENTS
export const CHECKIN_DOCUMENT_KEYS = Object.keys(CHECKIN_DOCUMENTS) as CheckinDocument[]

/**
 * Owner in person: ID card, move-in notice, purchase contract. An agent also brings the power of
 * attorney and both IDs (委托人身份证 and 受托人身份证). A company brings its certificate and the
 * handling person's ID instead of an owner's ID card.
 */
export const REQUIRED_DOCUMENTS: Record<CheckinCase, readonly CheckinDocument[]> = {
  owner: ['ownerId', 'moveInNotice', 'purchaseContract'],
  agent: ['ownerId', 'moveInNotice', 'purchaseContract', 'powerOfAttorney', 'agentId'],
  company: ['moveInNotice', 'purchaseContract', 'companyCertificate', 'handlerId']
}

/** The required documents of a case not (yet) ticked as verified, in the order the clerk asks for them. */
export function missingDocuments(
  checkinCase: CheckinCase,
  verified: readonly { key: CheckinDocument; verified: boolean }[]
): CheckinDocument[] {
  const ticked = new Set(verified.filter((d) => d.verified).map((d) => d.key))
  return REQUIRED_DOCUMENTS[checkinCase].filter((key) => !ticked.has(key))
}

/**
 * The wizard's steps in the counter's order; `trusteeship` is answered (yes or no) every time, and
 * before the fees: the property fee of the trusteeship months is priced at the trusteeship share.
 */
export const CHECKIN_STEPS = [
  'identity',
  'registration',
  'agreements',
  'items',
  'meters',
  'inspection',
  'trusteeship',
  'fees'
] as const
export type CheckinStep = (typeof CHECKIN_STEPS)[number]

export const METER_KINDS = ['water', 'electricity', 'gas'] as const
export type MeterKind = (typeof METER_KINDS)[number]

/** Room statuses a check-in may start from: not yet handed over, or handed over and empty. */
export const CHECKIN_FROM_STATUSES = ['undelivered', 'vacant'] as const

/**
 * Use since the trusteeship started (hundredths of a unit) above the limit: a home nobody lives
 * in should use next to nothing, so more means a leak, a running tap or someone inside.
 */
export function overLimit(startCenti: number, latestCenti: number, limitCenti: number): boolean {
  return latestCenti - startCenti > limitCenti
}

/** The Monday (YYYY-MM-DD) of the week a local date falls in: patrols are due once per Monday–Sunday week. */
export function weekStart(date: string): string {
  return addDays(date, -((dayjs(date).day() + 6) % 7))
}

/** A trusteeship home is due its weekly outside patrol when none is recorded since this week's Monday. */
export function patrolDue(lastWeeklyPatrolOn: string | null, today: string): boolean {
  return lastWeeklyPatrolOn === null || lastWeeklyPatrolOn < weekStart(today)
}
