import { useRef, useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { api } from '@shared/api'
import type { CheckinView } from '@shared/checkin/api'
import type { CheckinStep } from '@shared/checkin/rules'
import type { InputOf } from '@shared/kernel/procedure'
import { call } from '../../lib/api/client'
import { useRoute } from '../../app/shell/route'
import { failureText } from './failure-text'
import { resumeAt, storableDraft, WIZARD_STEPS, type Drafts, type WizardStep } from './step-drafts'

/**
 * Moving through a check-in: every move saves the open step first — complete on 下一步 (the core
 * refuses with what is missing, and the wizard stays), a draft on 上一步, a jump or 暂停 — so
 * nothing typed is lost and a resumed check-in opens as it was left.
 */
export function useWizardFlow(view: CheckinView, drafts: Drafts) {
  const { navigate } = useRoute()
  const queryClient = useQueryClient()
  const [current, setCurrent] = useState<WizardStep>(() => resumeAt(view))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const busyRef = useRef(false)
  const open = view.status === 'open'
  const index = WIZARD_STEPS.indexOf(current)

  /** Saves the open step; true when the core took it (as a draft, or complete when asked). */
  async function save(complete: boolean): Promise<boolean> {
    if (current === 'finish' || !open) return true
    const step: CheckinStep = current
    try {
      const next = await call(api.checkin.saveStep, {
        checkinId: view.id,
        // The step and its data travel together; the core checks the pair against the step's schema.
        save: { step, data: storableDraft(step, drafts[step], complete) } as InputOf<
          typeof api.checkin.saveStep
        >['save'],
        complete
      })
      queryClient.setQueryData([api.checkin.get.name, { checkinId: view.id }], next)
      setError(null)
      return true
    } catch (failure) {
      setError(failureText(failure))
      return false
    }
  }

  /** One move at a time: a second press while the first is saving does nothing. */
  async function run(action: () => Promise<void>) {
    if (busyRef.current) return
    busyRef.current = true
    setBusy(true)
    try {
      await action()
    } finally {
      busyRef.current = false
      setBusy(false)
    }
  }

  const goTo = (target: WizardStep) =>
    run(async () => {
      if (target === current) return
      // Going back or jumping keeps what was typed as a draft; a refused draft still lets the clerk move.
      await save(false)
      setCurrent(target)
    })
  const next = () =>
    run(async () => {
      if (current === 'finish') return
      if (await save(true)) setCurrent(WIZARD_STEPS[index + 1]!)
    })
  const back = () => (index > 0 ? goTo(WIZARD_STEPS[index - 1]!) : Promise.resolve())
  const pause = () =>
    run(async () => {
      if (await save(false)) navigate('checkin')
    })
  return { current, index, error, busy, open, save, goTo, next, back, pause }
}
