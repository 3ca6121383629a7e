import type { Translate } from '../../lib/i18n'
import { formatArea } from '@shared/domain/area'
import type { CheckinView } from '@shared/checkin/api'
import { CHECKIN_STEPS, REQUIRED_DOCUMENTS, type CheckinCase, type CheckinStep } from '@shared/checkin/rules'
import type { StepData, StepInput } from '@shared/checkin/steps'

/**
 * What each step's panel edits: the saved data when there is some (a resumed check-in opens as it
 * was left), else a start made from the office's settings, so the clerk mostly confirms.
 */
export type Drafts = StepInput

/** The wizard's panels: the eight saved steps and the summary with 完成入住. */
export type WizardStep = CheckinStep | 'finish'
export const WIZARD_STEPS: readonly WizardStep[] = [...CHECKIN_STEPS, 'finish']

/** A reading kept in hundredths, as the clerk would type it back ('1234.5'). */
const readingText = (centi: number) => formatArea(centi).replace(/,/g, '')

function identityDraft(saved: StepData['identity'] | undefined, checkinCase: CheckinCase): Drafts['identity'] {
  if (saved) return { ...saved, documents: saved.documents.map((d) => ({ ...d })) }
  return {
    case: checkinCase,
    documents: REQUIRED_DOCUMENTS[checkinCase].map((key) => ({ key, verified: false, attachmentId: null })),
    poa: null,
    notes: ''
  }
}

export function initialDrafts(view: CheckinView, today: string): Drafts {
  const s = view.steps
  const settings = view.settings
  return {
    identity: identityDraft(s.identity, view.case ?? 'owner'),
    registration: s.registration ?? { confirmed: false, notes: '' },
    agreements: s.agreements ?? {
      signed: settings.agreements.filter((a) => a.required).map((a) => ({ key: a.key, signedOn: today }))
    },
    items: s.items ?? {
      items: settings.items.map((i) => ({ key: i.key, count: i.defaultCount, received: false })),
      notes: ''
    },
    meters: s.meters
      ? { ...s.meters, readings: s.meters.readings.map((r) => ({ ...r, reading: readingText(r.reading) })) }
      : {
          readings: settings.requiredMeters.map((kind) => ({ kind, meterNumber: '', reading: '' })),
          ownerConfirmed: false
        },
    inspection: s.inspection ?? {
      lines: settings.inspection.flatMap((a) =>
        a.items.map((item) => ({
          area: a.area,
          item,
          result: 'pass' as const,
          category: '',
          description: '',
          attachmentId: null
        }))
      ),
      inspector: '',
      ownerConfirmed: false
    },
    fees: s.fees ?? { receiptIds: [], skippedReason: '' },
    trusteeship: s.trusteeship ?? { wanted: false, agreementSignedOn: null, from: null, to: null, notes: '' }
  }
}

/**
 * A draft the core will keep as it is: a pause must not fail on a half-typed line, so what cannot
 * be stored yet (an empty reading, a power of attorney without its scope) is left out of the draft
 * and kept only on screen until it is complete.
 */
export function storableDraft<K extends CheckinStep>(step: K, data: Drafts[K], complete: boolean): Drafts[K] {
  // A meter left blank is not read: the core names a required one that is missing.
  if (step === 'meters') {
    const d = data as Drafts['meters']
    return { ...d, readings: d.readings.filter((r) => String(r.reading ?? '').trim() !== '') } as Drafts[K]
  }
  if (complete) return data
  if (step === 'identity') {
    const d = data as Drafts['identity']
    const poa = d.poa && d.poa.scope.trim() && d.poa.from && d.poa.to ? d.poa : null
    return { ...d, poa } as Drafts[K]
  }
  return data
}

/** The panel a check-in opens at: its first step not yet complete, the summary when all are. */
export function resumeAt(view: CheckinView): WizardStep {
  return view.currentStep ?? 'finish'
}

/** A step's name: the core's (its refusals name the step the same way), the summary's own. */
export function stepLabel(t: Translate, step: WizardStep): string {
  return step === 'finish' ? t('checkin.step.finish') : t(`audit.checkin.step.${step}`)
}
