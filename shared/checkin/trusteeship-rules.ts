import { addDays } from '../kernel/calendar'
import type { checkinZhCN } from './messages'
import type { MeterKind } from './rules'
import type { trusteeshipZhCN } from './trusteeship-messages'

/**
 * When a trusteeship (房屋托管) may start, the same for the check-in's trusteeship step and for a
 * home already in 托管 registered from its household page. Pure, so both paths and the tests
 * read one rule.
 */

/**
 * How far ahead a trusteeship may start. An owner signs the agreement at the counter for a home
 * handed over now; a start more than a month away is a typo or a plan that will change, and a
 * future start keeps the meters from being checked until then (a check may not precede the start).
 */
export const TRUSTEESHIP_START_MAX_DAYS_AHEAD = 30

/** The limits are on water and electricity (BRIEF §1.6): without their start readings they cannot be checked. Gas is optional. */
export const TRUSTEESHIP_START_METERS = ['water', 'electricity'] as const satisfies readonly MeterKind[]

type Key = keyof typeof checkinZhCN | keyof typeof trusteeshipZhCN

export interface TrusteeshipTerm {
  agreementSignedOn: string | null
  startedOn: string | null
  plannedTo: string | null
}

export interface TermBounds {
  today: string
  /** The earliest day the home was the office's to look after, and why (the message names it). */
  earliest: { on: string; since: 'checkin' | 'handover' | 'previous' } | null
}

export interface TermProblem {
  field: keyof TrusteeshipTerm
  key: Key
  params: Record<string, string | number>
}

/** What is wrong with the dates given (a date not given is the caller's to name as missing). */
export function trusteeshipTermProblems(term: TrusteeshipTerm, bounds: TermBounds): TermProblem[] {
  const problems: TermProblem[] = []
  const { agreementSignedOn: signed, startedOn: from, plannedTo: to } = term
  if (signed !== null && signed > bounds.today)
    problems.push({ field: 'agreementSignedOn', key: 'field.trusteeshipSignedLater', params: { today: bounds.today } })
  if (from === null) return problems
  const latest = addDays(bounds.today, TRUSTEESHIP_START_MAX_DAYS_AHEAD)
  if (signed !== null && from < signed)
    problems.push({ field: 'startedOn', key: 'field.trusteeshipStartBeforeAgreement', params: { on: signed } })
  else if (bounds.earliest && from < bounds.earliest.on)
    problems.push({
      field: 'startedOn',
      key: 'field.trusteeshipStartTooEarly',
      params: { on: bounds.earliest.on, since: `trusteeship.since.${bounds.earliest.since}` }
    })
  else if (from > latest)
    problems.push({
      field: 'startedOn',
      key: 'field.trusteeshipStartTooFar',
      params: { days: TRUSTEESHIP_START_MAX_DAYS_AHEAD, latest }
    })
  if (to !== null && to <= from)
    problems.push({ field: 'plannedTo', key: 'audit.checkin.need.trusteeshipTo', params: { from } })
  return problems
}

/** The start meters a trusteeship lacks among the kinds read. */
export const missingStartMeters = (kinds: readonly MeterKind[]): MeterKind[] =>
  TRUSTEESHIP_START_METERS.filter((kind) => !kinds.includes(kind))

export interface TrusteeshipStepFacts {
  today: string
  /** The local day the check-in began: the home was not the office's before. */
  checkinStartedOn: string
  /** The meters the meters step read, or null while that step is not saved (the finish checks again). */
  meterKinds: readonly MeterKind[] | null
}

/** What the wizard's 房屋托管 step lacks when a trusteeship is wanted: the dates, their bounds, the water and electricity readings. */
export function trusteeshipStepMissing(
  data: { wanted: boolean; agreementSignedOn: string | null; from: string | null; to: string | null },
  facts: TrusteeshipStepFacts
): (Key | { key: Key; params: Record<string, string | number> })[] {
  if (!data.wanted) return []
  const missing: (Key | { key: Key; params: Record<string, string | number> })[] = []
  if (!data.agreementSignedOn) missing.push('audit.checkin.need.agreementSignedOn')
  if (!data.from) missing.push('audit.checkin.need.trusteeshipFrom')
  const term = { agreementSignedOn: data.agreementSignedOn, startedOn: data.from, plannedTo: data.to }
  const bounds = { today: facts.today, earliest: { on: facts.checkinStartedOn, since: 'checkin' as const } }
  for (const p of trusteeshipTermProblems(term, bounds)) missing.push({ key: p.key, params: p.params })
  for (const kind of missingStartMeters(facts.meterKinds ?? TRUSTEESHIP_START_METERS))
    missing.push({ key: 'audit.checkin.need.trusteeshipMeter', params: { meter: `trusteeship.meter.${kind}` } })
  return missing
}
