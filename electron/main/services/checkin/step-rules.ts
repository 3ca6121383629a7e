import type { CheckinParty } from '../../../../shared/checkin/api'
import {
  missingDocuments,
  type CheckinCase,
  type CheckinDocument,
  type CheckinStep
} from '../../../../shared/checkin/rules'
import type { CheckinSettings } from '../../../../shared/checkin/settings'
import type { StepData } from '../../../../shared/checkin/steps'
import { trusteeshipStepMissing, type TrusteeshipStepFacts } from '../../../../shared/checkin/trusteeship-rules'
import type { MessageKey, MessageParams } from '../../../../shared/messages'

/**
 * When a step is complete (the core's check when the clerk marks it so, and again at the finish).
 * Each rule returns what is missing as words — message keys, keys with params, or the office's
 * own names from the settings — which the refusal lists in the clerk's language.
 */

export type Missing = MessageKey | { key: MessageKey; params: MessageParams } | string

export interface StepFacts {
  today: string
  settings: CheckinSettings
  parties: readonly (CheckinParty & { poaFrom: string | null })[]
  /** The case the identity step chose (registration checks the household against it). */
  checkinCase: CheckinCase | null
  /** What the trusteeship step checks: the check-in's first day and the meters read. */
  trusteeship: Omit<TrusteeshipStepFacts, 'today'>
}

const runsOn = (today: string, from: string | null, to: string | null) =>
  from !== null && from <= today && (to === null || today <= to)

function identity(data: StepData['identity'], facts: StepFacts): Missing[] {
  const verified = data.documents.map((d) => ({ key: d.key as CheckinDocument, verified: d.verified }))
  const missing: Missing[] = missingDocuments(data.case, verified).map(
    (doc) => `audit.checkin.doc.${doc}` as MessageKey
  )
  if (data.case === 'agent') {
    if (!data.poa) missing.push('audit.checkin.need.poa')
    else if (!runsOn(facts.today, data.poa.from, data.poa.to)) missing.push('audit.checkin.need.poaCurrent')
  }
  return missing
}

function registration(data: StepData['registration'], facts: StepFacts): Missing[] {
  const missing: Missing[] = data.confirmed ? [] : ['audit.checkin.need.confirmed']
  const owners = facts.parties.filter((p) => p.relation === 'owner' || p.relation === 'coowner')
  if (facts.checkinCase === 'company') {
    if (!owners.some((p) => p.kind === 'company')) missing.push('audit.checkin.need.companyOwner')
  } else if (owners.length === 0) missing.push('audit.checkin.need.owner')
  if (facts.checkinCase === 'agent') {
    const agents = facts.parties.filter((p) => p.relation === 'agent')
    if (!agents.some((a) => runsOn(facts.today, a.poaFrom, a.poaTo))) missing.push('audit.checkin.need.agent')
  }
  return missing
}

function agreements(data: StepData['agreements'], facts: StepFacts): Missing[] {
  const signed = new Map(data.signed.map((s) => [s.key, s.signedOn]))
  return facts.settings.agreements
    .filter((a) => a.required)
    .flatMap((a): Missing[] => {
      const on = signed.get(a.key)
      if (on === undefined) return [a.name]
      return on > facts.today ? [{ key: 'audit.checkin.need.signedLater', params: { name: a.name } }] : []
    })
}

function items(data: StepData['items'], facts: StepFacts): Missing[] {
  const names = new Map(facts.settings.items.map((i) => [i.key, i.name]))
  return data.items.filter((i) => i.count > 0 && !i.received).map((i) => names.get(i.key) ?? i.key)
}

function meters(data: StepData['meters'], facts: StepFacts): Missing[] {
  const read = new Set(data.readings.map((r) => r.kind))
  const missing: Missing[] = facts.settings.requiredMeters
    .filter((kind) => !read.has(kind))
    .map((kind) => `audit.checkin.meter.${kind}` as MessageKey)
  if (!data.ownerConfirmed) missing.push('audit.checkin.need.ownerConfirmed')
  return missing
}

function inspection(data: StepData['inspection'], facts: StepFacts): Missing[] {
  const answered = new Set(data.lines.map((l) => `${l.area} ${l.item}`))
  const missing: Missing[] = facts.settings.inspection
    .flatMap((area) => area.items.map((item) => `${area.area} ${item}`))
    .filter((line) => !answered.has(line))
    .map((line) => ({ key: 'audit.checkin.need.line', params: { line } }))
  for (const line of data.lines) {
    if (line.result === 'defect' && (line.category.trim() === '' || line.description.trim() === ''))
      missing.push({ key: 'audit.checkin.need.defect', params: { line: `${line.area} ${line.item}` } })
  }
  if (!data.ownerConfirmed) missing.push('audit.checkin.need.ownerConfirmed')
  return missing
}

/** The receipts themselves are checked against the room when saved (checkReceipts). */
function fees(data: StepData['fees']): Missing[] {
  return data.receiptIds.length > 0 || data.skippedReason.trim() !== '' ? [] : ['audit.checkin.need.receipt']
}

/** The dates, their bounds and the water and electricity start readings: shared/checkin/trusteeship-rules.ts. */
function trusteeship(data: StepData['trusteeship'], facts: StepFacts): Missing[] {
  return trusteeshipStepMissing(data, { today: facts.today, ...facts.trusteeship })
}

/** What the step still lacks (empty when it is complete). */
export function missingOf<S extends CheckinStep>(step: S, data: StepData[S], facts: StepFacts): Missing[] {
  switch (step) {
    case 'identity':
      return identity(data as StepData['identity'], facts)
    case 'registration':
      return registration(data as StepData['registration'], facts)
    case 'agreements':
      return agreements(data as StepData['agreements'], facts)
    case 'items':
      return items(data as StepData['items'], facts)
    case 'meters':
      return meters(data as StepData['meters'], facts)
    case 'inspection':
      return inspection(data as StepData['inspection'], facts)
    case 'fees':
      return fees(data as StepData['fees'])
    default:
      return trusteeship(data as StepData['trusteeship'], facts)
  }
}
