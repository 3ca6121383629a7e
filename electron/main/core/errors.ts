import type { ErrorCode } from '../../../shared/errors'
import type { MessageParams } from '../../../shared/messages'

/**
 * A refusal the person at the counter should read. The router turns it into
 * `{ ok: false, error }` with the message in their language; `params` fill the message and
 * travel as `details` so the UI can point at a field.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: MessageParams = {},
    readonly details: Record<string, unknown> = {}
  ) {
    super(code)
  }
}

/**
 * Returned (not thrown) by a service that must record something — a failed sign-in, a
 * lockout — and still refuse: the router commits the transaction, then answers with the error.
 */
export class FailAfterCommit {
  constructor(readonly error: AppError) {}
}
