import { z } from 'zod'
import { requestLog } from '../../../db/schema'
import type { ApiResult } from '../../../shared/kernel/errors'
import { message } from '../../../shared/messages'
import { reasonKey } from '../../../shared/kernel/i18n'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../../shared/kernel/locale'
import { roleAllowed, type Role } from '../../../shared/kernel/roles'
import { writeAudit } from '../services/foundation/audit'
import { createRateLimiter, dummyHash, PUBLIC_QUERIES_PER_MINUTE } from '../services/foundation/auth-guard'
import type { Approver, AuditEntryInput, CallOrigin, CoreDeps, ServiceContext } from './context'
import { AppError, FailAfterCommit, toAppError } from './errors'
import type { AnyHandler } from './handler'
import type { Registry } from './registry'
import { readSetting } from '../services/foundation/settings'
import type { Session } from './sessions'
import { getStaff } from '../services/foundation/staff-records'
import { acceptApproval, refuseApproval, verifyApprover } from './approval'
import { replayed, storedResult } from './replay'
import { fieldMessages } from './validation'

/** What travels beside the input: never part of a procedure's own schema. */
export const callMetaSchema = z.strictObject({
  session: z.string().max(200).optional(),
  requestId: z.string().min(8).max(100).optional(),
  locale: z.enum(LOCALES).optional(),
  approval: z.strictObject({ username: z.string().max(64), password: z.string().max(128) }).optional()
})
export type CallMeta = z.infer<typeof callMetaSchema>

/** Procedures a locked screen may still call. */
const ALLOWED_WHILE_LOCKED = new Set(['staff.unlock', 'staff.signOut'])

/**
 * What someone still on an administrator-set password may call: enough to show the forced
 * change-password dialog and change it (or leave) — who they are, their language, the idle lock
 * and its unlock; public procedures (system.status) need no session anyway. Nothing that reads or
 * touches money or records: everything else answers PASSWORD_CHANGE_REQUIRED.
 */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set([
  'staff.changePassword',
  'staff.signOut',
  'staff.me',
  'staff.lock',
  'staff.unlock',
  'staff.setLocale',
  'system.status'
])

export interface Router {
  /** `origin`: set by the office server for a paired counter's call, after checking its device credential. */
  call(name: string, input: unknown, meta?: unknown, origin?: CallOrigin | null): Promise<ApiResult<unknown>>
  procedureNames(): string[]
}

function failure(locale: Locale, error: AppError): ApiResult<never> {
  return {
    ok: false,
    error: {
      code: error.code,
      message: message(locale, reasonKey('error', error.code), error.params),
      details: Object.keys(error.details).length ? error.details : undefined
    }
  }
}

function roleList(locale: Locale, roles: readonly Role[]): string {
  return roles.map((r) => message(locale, reasonKey('role', r))).join(message(locale, 'role.join'))
}

/** Public first (rate-limited), then the session: idle lock, screen lock, the forced password change, the role. */
function createAuthorizer(deps: CoreDeps): (handler: AnyHandler, session: Session | null) => void {
  const limitPublicMutation = createRateLimiter()
  const limitPublicQuery = createRateLimiter(PUBLIC_QUERIES_PER_MINUTE)
  return (handler, session) => {
    const { access, name } = handler.procedure
    if (access === 'public') {
      ;(handler.procedure.kind === 'mutation' ? limitPublicMutation : limitPublicQuery)(name)
      return
    }
    if (!session) throw new AppError('NOT_SIGNED_IN')
    deps.sessions.lockIfIdle(session, deps.now().getTime(), readSetting(deps.store.db, 'idleLockMinutes') ?? 10)
    if (session.locked && !ALLOWED_WHILE_LOCKED.has(name)) throw new AppError('SESSION_LOCKED')
    if (!ALLOWED_BEFORE_PASSWORD_CHANGE.has(name) && getStaff(deps.store.db, session.staffId).mustChangePassword) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED')
    }
    if (!roleAllowed(session.role, access)) throw new AppError('FORBIDDEN', { role: `role.${session.role}` })
    if (name !== 'staff.lock') session.lastActivityAt = deps.now().getTime()
  }
}

interface CallState {
  session: Session | null
  origin: CallOrigin | null
  locale: Locale
  approver: Approver | null
  audits: AuditEntryInput[]
}

function serviceContext(deps: CoreDeps, { session, origin, locale, approver, audits }: CallState): ServiceContext {
  return {
    ...deps,
    db: deps.store.db,
    session,
    origin,
    locale,
    approver,
    audit: (entry) => audits.push(entry),
    requireSession() {
      if (!session) throw new AppError('NOT_SIGNED_IN')
      return session
    },
    requireApproval(roles) {
      if (approver && roleAllowed(approver.role, roles)) {
        acceptApproval(deps, approver)
        return approver
      }
      // The same answer as a wrong password: nothing tells a guesser the password was right.
      if (approver) throw new AppError('APPROVAL_REJECTED')
      throw new AppError('APPROVAL_REQUIRED', { roles: roleList(locale, roles) }, { roles })
    }
  }
}

interface MutationRun {
  name: string
  input: unknown
  requestId: string | undefined
  keepsReplay: boolean
  state: CallState
  run: () => unknown
}

/** `run` inside one immediate transaction with its audit rows and its request_log row. */
function commitMutation(deps: CoreDeps, m: MutationRun): { data?: unknown; fail?: AppError } {
  const { store } = deps
  const { session, origin, approver, audits } = m.state
  const replayCall = { procedure: m.name, input: m.input, staffId: session?.staffId ?? null }
  // The counter of every row: a paired counter's, the session's, or this installation's own (a sign-in has no session yet).
  const counterId = origin?.counterId ?? session?.counterId ?? readSetting(store.db, 'counterId')
  return store.sqlite
    .transaction(() => {
      // Checked again under the write lock: two concurrent repeats both got this far.
      if (m.keepsReplay) {
        const first = replayed(store.db, m.requestId, replayCall)
        if (first.hit) return { data: first.data }
      }
      const result = m.run()
      if (audits.length === 0) audits.push({ summaryKey: 'audit.generic', summaryParams: { procedure: m.name } })
      const at = deps.now()
      for (const entry of audits) {
        writeAudit(store.db, {
          ...entry,
          at,
          procedure: m.name,
          staffId: entry.staffId ?? session?.staffId,
          shiftId: entry.shiftId ?? session?.shiftId,
          counterId,
          approverId: approver?.id,
          requestId: m.requestId
        })
      }
      if (result instanceof FailAfterCommit) return { fail: result.error }
      if (m.keepsReplay && m.requestId) {
        store.db
          .insert(requestLog)
          .values({
            requestId: m.requestId,
            procedure: m.name,
            staffId: session?.staffId ?? null,
            result: storedResult(m.input, result),
            at: at.toISOString()
          })
          .run()
      }
      return { data: result }
    })
    .immediate()
}

/**
 * The caller's session, if it was made at the counter the call comes from: a token carried to
 * another counter PC (copied, sniffed from a screen) is not signed in there.
 */
function sessionAt(deps: CoreDeps, token: string | undefined, origin: CallOrigin | null): Session | null {
  const session = deps.sessions.get(token)
  if (!session) return null
  const counterId = origin?.counterId ?? readSetting(deps.store.db, 'counterId')
  return session.counterId === counterId ? session : null
}

/** The registry has already refused to start unless every procedure has exactly one handler. */
export function createRouter(deps: CoreDeps, registry: Registry): Router {
  const { store } = deps
  const authorize = createAuthorizer(deps)
  // Made now, not at the first unknown name, so that first one costs no more than a real one.
  dummyHash(deps.passwords).catch(() => undefined)

  async function call(
    name: string,
    rawInput: unknown,
    rawMeta: unknown = {},
    origin: CallOrigin | null = null
  ): Promise<ApiResult<unknown>> {
    const metaParse = callMetaSchema.safeParse(rawMeta ?? {})
    const meta: CallMeta = metaParse.success ? metaParse.data : {}
    let locale: Locale = meta.locale ?? DEFAULT_LOCALE
    let session: Session | null = null
    let approverVerified = false
    try {
      if (!metaParse.success) throw new AppError('VALIDATION', {}, { meta: true })
      const handler = registry.handler(name)
      if (!handler) throw new AppError('UNKNOWN_PROCEDURE', { name: String(name).slice(0, 80) })
      session = sessionAt(deps, meta.session, origin)
      if (session) locale = session.locale
      authorize(handler, session)

      const parsed = handler.procedure.input.safeParse(rawInput ?? {})
      if (!parsed.success) throw new AppError('VALIDATION', {}, { fields: fieldMessages(parsed.error, locale) })
      const input = parsed.data

      const isMutation = handler.procedure.kind === 'mutation'
      const keepsReplay = isMutation && !handler.procedure.noReplay
      if (keepsReplay && !meta.requestId) throw new AppError('REQUEST_ID_REQUIRED')
      if (keepsReplay) {
        const first = replayed(store.db, meta.requestId, { procedure: name, input, staffId: session?.staffId ?? null })
        if (first.hit) return { ok: true, data: first.data }
      }

      const approver = await verifyApprover(deps, meta.approval, {
        procedure: name,
        session,
        requestId: meta.requestId
      })
      approverVerified = approver !== null
      const state: CallState = { session, origin, locale, approver, audits: [] }
      const ctx = serviceContext(deps, state)
      const prepared = handler.prepare ? await handler.prepare(ctx, input) : undefined
      if (!isMutation) return { ok: true, data: handler.run(ctx, input, prepared) }

      const started = performance.now()
      const run = () => handler.run(ctx, input, prepared)
      const outcome = commitMutation(deps, { name, input, requestId: meta.requestId, keepsReplay, state, run })
      const ms = performance.now() - started
      if (ms > 40) console.warn(`[router] slow mutation ${name}: ${ms.toFixed(1)} ms`)
      if (outcome.fail) return failure(locale, outcome.fail)
      deps.onCommitted?.({ procedure: name, counterId: origin?.counterId ?? session?.counterId ?? null })
      return { ok: true, data: outcome.data }
    } catch (error) {
      if (error instanceof AppError && error.code === 'APPROVAL_REJECTED' && meta.approval && approverVerified) {
        // A right password with the wrong role: audited and counted like a wrong one, in its own transaction.
        const answer = refuseApproval(deps, meta.approval, { procedure: name, session, requestId: meta.requestId })
        return failure(locale, answer)
      }
      if (error instanceof AppError) return failure(locale, error)
      console.error(`[router] ${name} failed`, error)
      return failure(locale, toAppError(error))
    }
  }

  return { call, procedureNames: registry.procedureNames }
}
