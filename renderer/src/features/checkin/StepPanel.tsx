import type { CheckinView } from '@shared/checkin/api'
import type { CheckinStep } from '@shared/checkin/rules'
import type { Drafts, WizardStep } from './step-drafts'
import { IdentityStep } from './steps/IdentityStep'
import { RegistrationStep } from './steps/RegistrationStep'
import { AgreementsStep } from './steps/AgreementsStep'
import { ItemsStep } from './steps/ItemsStep'
import { MetersStep } from './steps/MetersStep'
import { InspectionStep } from './steps/InspectionStep'
import { FeesStep } from './steps/FeesStep'
import { TrusteeshipStep } from './steps/TrusteeshipStep'
import { FinishStep } from './steps/FinishStep'

/** What each step's panel is given: the check-in as the core has it, and the step's draft to edit. */
export interface StepProps<K extends CheckinStep> {
  view: CheckinView
  value: Drafts[K]
  onChange: (value: Drafts[K]) => void
  /** Keeps the step as typed (a draft), so a paper printed now shows what is on screen. */
  saveDraft: () => Promise<boolean>
}

/** The open step's panel; each edits its own draft, the wizard saves it when the clerk moves. */
export function StepPanel({
  step,
  view,
  drafts,
  onChange,
  onJump,
  saveDraft
}: {
  step: WizardStep
  view: CheckinView
  drafts: Drafts
  onChange: <K extends CheckinStep>(step: K, value: Drafts[K]) => void
  onJump: (step: CheckinStep) => void
  saveDraft: () => Promise<boolean>
}) {
  const bind = <K extends CheckinStep>(k: K): StepProps<K> => ({
    view,
    value: drafts[k],
    onChange: (value) => onChange(k, value),
    saveDraft
  })
  switch (step) {
    case 'identity':
      return <IdentityStep {...bind('identity')} />
    case 'registration':
      return <RegistrationStep {...bind('registration')} />
    case 'agreements':
      return <AgreementsStep {...bind('agreements')} />
    case 'items':
      return <ItemsStep {...bind('items')} />
    case 'meters':
      return <MetersStep {...bind('meters')} />
    case 'inspection':
      return <InspectionStep {...bind('inspection')} />
    case 'fees':
      return <FeesStep {...bind('fees')} />
    case 'trusteeship':
      return <TrusteeshipStep {...bind('trusteeship')} />
    case 'finish':
      return <FinishStep view={view} drafts={drafts} onJump={onJump} />
  }
}
