import { useRef, useState } from 'react'
import { App, type FormInstance } from 'antd'
import { useQueryClient } from '@tanstack/react-query'
import { api } from '@shared/api'
import type { HandoverRecordView, HandoverResult, HandoverSummary } from '@shared/handover/types'
import { ApiFailure, hasSessionToken } from '../../../lib/api/client'
import { useApiMutation } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { useSession } from '../../foundation/auth/session'
import { useHandoverSheetPrint } from '../paper/handover-sheet-print'
import { acceptInputOf, closeAloneInputOf, countFieldNames, type CountValues } from './count-model'

/** The incoming person's sign-in refused: said like the sign-in page says it, beside the password. */
const SIGN_IN_CODES = new Set(['BAD_CREDENTIALS', 'ACCOUNT_LOCKED', 'ACCOUNT_DISABLED'])
/** The incoming person may not take the counter: the refusal belongs beside the username. */
const INCOMING_CODES = new Set(['HANDOVER_SAME_PERSON', 'HANDOVER_ROLE'])
/** The summary on screen is no longer the counter's: read it again. */
const STALE_CODES = new Set(['SHIFT_ALREADY_HANDED_OVER', 'COUNT_MISMATCH', 'NO_OPEN_SHIFT'])

/** 'tools.0.heldBy' → ['tools', 0, 'heldBy']: the form's list fields are named by number. */
const pathOf = (field: string) => field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part))

/** Puts a refusal beside the fields it names; false when it names none. */
function showOnFields(form: FormInstance, failure: ApiFailure): boolean {
  const named = Object.entries(failure.fields)
  const single = failure.error.details?.field
  if (typeof single === 'string') named.push([single, failure.message])
  if (named.length === 0) return false
  form.setFields(named.map(([field, message]) => ({ name: pathOf(field), errors: [message] })))
  form.scrollToField(pathOf(named[0]![0]), { focus: true, block: 'center' })
  return true
}

interface FailureView {
  form: FormInstance<CountValues>
  warn: (text: string) => void
  reload: () => void
  setError: (text: string | null) => void
}

/** Where a refusal is shown: beside its field, in the sign-in's words, or above the button; a stale summary is read again. */
function showFailure(failure: unknown, { form, warn, reload, setError }: FailureView) {
  if (!(failure instanceof ApiFailure)) return setError(String(failure))
  const { code } = failure.error
  // The approval dialog was cancelled: nothing to say.
  if (code === 'APPROVAL_REQUIRED') return
  if (STALE_CODES.has(code)) {
    warn(failure.message)
    reload()
    return
  }
  if (SIGN_IN_CODES.has(code)) {
    form.setFieldValue(['incoming', 'password'], '')
    form.getFieldInstance(['incoming', 'password'])?.focus()
    return setError(failure.message)
  }
  if (INCOMING_CODES.has(code)) {
    form.setFields([{ name: ['incoming', 'username'], errors: [failure.message] }])
    form.getFieldInstance(['incoming', 'username'])?.focus()
    return
  }
  if (!showOnFields(form, failure)) setError(failure.message)
}

/** The form's own check (the core's rules, said beside the fields); the first refused field gets the cursor. */
async function checkedValues(form: FormInstance<CountValues>, names?: (string | number)[][]) {
  try {
    await form.validateFields(names)
    return form.getFieldsValue(true) as CountValues
  } catch (invalid) {
    const first = (invalid as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0]
    if (first) form.scrollToField(first.name, { focus: true, block: 'center' })
    return null
  }
}

/**
 * 接班确认 and 无人接班结班: the form checked here first (the same rules the core applies), then the
 * core's answer. Accepted, the app becomes the incoming person's (their session) and everything
 * cached — the outgoing person's — is read again; the sheet is printed at once.
 */
export function useHandoverSubmit(
  form: FormInstance<CountValues>,
  summary: HandoverSummary,
  { reload, onDone }: { reload: () => void; onDone: (record: HandoverRecordView) => void }
) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const session = useSession()
  const queryClient = useQueryClient()
  const print = useHandoverSheetPrint()
  const accept = useApiMutation(api.handover.accept)
  const closeAlone = useApiMutation(api.handover.closeAlone)
  const [error, setError] = useState<string | null>(null)
  // A second press in the same moment (a key and a click) must not send the handover twice:
  // the mutation's pending state only shows after a render.
  const sending = useRef(false)

  const checked = (names?: (string | number)[][]) => checkedValues(form, names)

  async function printSheet(record: HandoverRecordView) {
    try {
      await print(record, { original: true })
    } catch (failure) {
      message.error(failure instanceof Error ? failure.message : String(failure))
    }
  }

  /**
   * Accepted: the incoming person's session, everything cached (the outgoing person's) read again,
   * the sheet printed. Closed alone: nobody holds the counter any more, so after the sheet the app
   * signs out and whoever stays signs in again onto a new shift.
   */
  async function finished(result: HandoverResult) {
    onDone(result.handover)
    if (result.session) {
      session.signedIn(result.session)
      await queryClient.invalidateQueries()
      await printSheet(result.handover)
      return
    }
    await printSheet(result.handover)
    message.success(t('shiftScreen.done.closedSignIn', { number: result.handover.number }), 8)
    // The core may have ended the session with the shift already (the print's call then signed the app out).
    if (hasSessionToken()) await session.signOut()
  }

  const failed = (failure: unknown) => showFailure(failure, { form, warn: message.warning, reload, setError })

  async function submitAccept() {
    if (sending.current) return
    sending.current = true
    setError(null)
    try {
      const values = await checked()
      if (values) await finished(await accept.mutateAsync(acceptInputOf(summary, values)))
    } catch (failure) {
      failed(failure)
    } finally {
      sending.current = false
    }
  }

  /** The counts are checked before the reason dialog opens: a close without successor signs them too. */
  async function checkForClose(): Promise<boolean> {
    setError(null)
    return (await checked(countFieldNames(summary))) !== null
  }

  async function submitCloseAlone(reason: string): Promise<boolean> {
    if (sending.current) return false
    sending.current = true
    try {
      await finished(
        await closeAlone.mutateAsync(closeAloneInputOf(summary, form.getFieldsValue(true) as CountValues, reason))
      )
      return true
    } catch (failure) {
      failed(failure)
      // A cancelled approval keeps the reason dialog open; any other refusal is shown on the page.
      return !(failure instanceof ApiFailure && failure.error.code === 'APPROVAL_REQUIRED')
    } finally {
      sending.current = false
    }
  }

  return {
    error,
    busy: accept.isPending || closeAlone.isPending,
    submitAccept,
    checkForClose,
    submitCloseAlone
  }
}
