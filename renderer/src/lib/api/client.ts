import type { FrontDeskBridge } from '@shared/kernel/bridge'
import type { ApiError } from '@shared/kernel/errors'
import type { InputOf, OutputOf, Procedure } from '@shared/kernel/procedure'
import type { Locale } from '@shared/kernel/locale'

declare global {
  interface Window {
    /** Provided by the Electron preload or the browser shell's bridge script. */
    frontdesk: FrontDeskBridge
  }
}

/** A refusal from the core, carrying its code, its message in the user's language and details. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message)
  }
  get fields(): Record<string, string> {
    return (this.error.details?.fields as Record<string, string> | undefined) ?? {}
  }
}

/** The desk or the office server did not answer (the transport's failure, flagged details.unreachable): not a refusal of the call. */
export const isUnreachableFailure = (error: unknown): boolean =>
  error instanceof ApiFailure && error.error.details?.unreachable === true

export interface Credentials {
  username: string
  password: string
}
/** Opens the approval dialog; resolves with the approver's credentials, or null when cancelled. */
export type ApprovalPrompt = (request: { message: string; rejected?: string }) => Promise<Credentials | null>

const SESSION_KEY = 'frontdesk.session'
let sessionToken: string | undefined = sessionStorage.getItem(SESSION_KEY) ?? undefined
let currentLocale: Locale = 'zh-CN'
let approvalPrompt: ApprovalPrompt | null = null
const sessionListeners = new Set<(code: 'NOT_SIGNED_IN' | 'SESSION_LOCKED') => void>()

export function setSessionToken(token: string | undefined): void {
  sessionToken = token
  if (token) sessionStorage.setItem(SESSION_KEY, token)
  else sessionStorage.removeItem(SESSION_KEY)
}
export const hasSessionToken = () => sessionToken !== undefined
export const setClientLocale = (locale: Locale) => {
  currentLocale = locale
}
export const setApprovalPrompt = (prompt: ApprovalPrompt | null) => {
  approvalPrompt = prompt
}
/** The session ended or locked under us (idle lock, disabled account): the shell reacts. */
export function onSessionEvent(listener: (code: 'NOT_SIGNED_IN' | 'SESSION_LOCKED') => void): () => void {
  sessionListeners.add(listener)
  return () => sessionListeners.delete(listener)
}

export function newRequestId(): string {
  return crypto.randomUUID()
}

/**
 * Calls one procedure of the contract. A mutation carries a request id (fresh unless given) so
 * a retry can never act twice; when the core asks for on-the-spot approval, the approval dialog
 * opens and the same request is sent again with the approver's credentials.
 */
export async function call<P extends Procedure>(
  procedure: P,
  input: InputOf<P>,
  options: { requestId?: string } = {}
): Promise<OutputOf<P>> {
  const requestId = procedure.kind === 'mutation' ? (options.requestId ?? newRequestId()) : undefined
  let approval: Credentials | undefined
  for (;;) {
    const result = await window.frontdesk.call(procedure.name, input, {
      session: sessionToken,
      requestId,
      locale: currentLocale,
      approval
    })
    if (result.ok) return result.data as OutputOf<P>
    const { error } = result
    const wantsApproval = error.code === 'APPROVAL_REQUIRED' || (error.code === 'APPROVAL_REJECTED' && approval)
    if (wantsApproval && approvalPrompt) {
      const answer = await approvalPrompt({
        message: error.code === 'APPROVAL_REQUIRED' ? error.message : '',
        rejected: error.code === 'APPROVAL_REJECTED' ? error.message : undefined
      })
      if (answer) {
        approval = answer
        continue
      }
    }
    if (error.code === 'NOT_SIGNED_IN' || error.code === 'SESSION_LOCKED') {
      for (const listener of sessionListeners) listener(error.code)
    }
    throw new ApiFailure(error)
  }
}
