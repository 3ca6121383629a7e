import { z } from 'zod'
import { requestLog } from '../../../db/schema'
import type { ApiResult } from '../../../shared/kernel/errors'
import { message } from '../../../shared/messages'
import { reasonKey } from '../../../shared/kernel/i18n'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../../shared/kernel/locale'
import { roleAllowed, type Role } from '../../../shared/kernel/roles'
import { writeAudit } from '../services/foundation/audit'
import { createRateLimiter } from '../services/foundation/auth-guard'
import type { AuditEntryInput, CoreDeps, ServiceContext } from './context'
import { AppError, FailAfterCommit } from './errors'
import type { AnyHandler } from './handler'
import type { Registry } from './registry'
import { readSetting } from '../services/foundation/settings'
import type { Session } from './sessions'
import { getStaff } from '../services/foundation/staff-records'
import { recordRefusedApproval, verifyApprover } from './approval'
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
 * change-password dialog and change it (or leave); nothing that touches money or records.
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
  call(name: string, input: unknown, meta?: unknown): Promise<ApiResult<unknown>>
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

/** The registry has already refused to start unless every procedure has exactly one handler. */
export function createRouter(deps: CoreDeps, registry: Registry): Router {
  const { store } = deps

  const rateLimit = createRateLimiter()

  function authorize(handler: AnyHandler, session: Session | null): void {
    const { access } = handler.procedure
    if (access === 'public') {
      if (handler.procedure.kind === 'mutation') rateLimit(handler.procedure.name)
      return
    }
    if (!session) throw new AppError('NOT_SIGNED_IN')
    deps.sessions.lockIfIdle(session, deps.now().getTime(), readSetting(store.db, 'idleLockMinutes') ?? 10)
    if (session.locked && !ALLOWED_WHILE_LOCKED.has(handler.procedure.name)) throw new AppError('SESSION_LOCKED')
    if (
      !ALLOWED_BEFORE_PASSWORD_CHANGE.has(handler.procedure.name) &&
      getStaff(store.db, session.staffId).mustChangePassword
    ) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED')
    }
    if (!roleAllowed(session.role, access)) throw new AppError('FORBIDDEN', { role: `role.${session.role}` })
    if (handler.procedure.name !== 'staff.lock') session.lastActivityAt = deps.now().getTime()
  }

  async function call(name: string, rawInput: unknown, rawMeta: unknown = {}): Promise<ApiResult<unknown>> {
    const metaParse = callMetaSchema.safeParse(rawMeta ?? {})
    const meta: CallMeta = metaParse.success ? metaParse.data : {}
    let locale: Locale = meta.locale ?? DEFAULT_LOCALE
    let session: Session | null = null
    let approverVerified = false
    try {
      if (!metaParse.success) throw new AppError('VALIDATION', {}, { meta: true })
      const handler = registry.handler(name)
      if (!handler) throw new AppError('UNKNOWN_PROCEDURE', { name: String(name).slice(0, 80) })
      session = deps.sessions.get(meta.session)
      if (session) locale = session.locale
      authorize(handler, session)

      const parsed = handler.procedure.input.safeParse(rawInput ?? {})
      if (!parsed.success) throw new AppError('VALIDATION', {}, { fields: fieldMessages(parsed.error, locale) })
      const input = parsed.data

      const isMutation = handler.procedure.kind === 'mutation'
      const keepsReplay = isMutation && !handler.procedure.noReplay
      const replayCall = { procedure: name, input, staffId: session?.staffId ?? null }
      if (keepsReplay && !meta.requestId) throw new AppError('REQUEST_ID_REQUIRED')
      if (keepsReplay) {
        const first = replayed(store.db, meta.requestId, replayCall)
        if (first.hit) return { ok: true, data: first.data }
      }

      const approver = await verifyApprover(deps, meta.approval, {
        procedure: name,
        session,
        requestId: meta.requestId
      })
      approverVerified = approver !== null
      const audits: AuditEntryInput[] = []
      const ctx: ServiceContext = {
        ...deps,
        db: store.db,
        session,
        locale,
        approver,
        audit: (entry) => audits.push(entry),
        requireSession() {
          if (!session) throw new AppError('NOT_SIGNED_IN')
          return session
        },
        requireApproval(roles) {
          if (approver && roleAllowed(approver.role, roles)) return approver
          // The same answer as a wrong password: nothing tells a guesser the password was right.
          if (approver) throw new AppError('APPROVAL_REJECTED')
          throw new AppError('APPROVAL_REQUIRED', { roles: roleList(locale, roles) }, { roles })
        }
      }

      const prepared = handler.prepare ? await handler.prepare(ctx, input) : undefined
      if (!isMutation) return { ok: true, data: handler.run(ctx, input, prepared) }

      const started = performance.now()
      const outcome = store.sqlite
        .transaction(() => {
          // Checked again under the write lock: two concurrent repeats both got this far.
          if (keepsReplay) {
            const first = replayed(store.db, meta.requestId, replayCall)
            if (first.hit) return { data: first.data }
          }
          const result = handler.run(ctx, input, prepared)
          if (audits.length === 0) audits.push({ summaryKey: 'audit.generic', summaryParams: { procedure: name } })
          const at = deps.now()
          for (const entry of audits) {
            writeAudit(store.db, {
              ...entry,
              at,
              procedure: name,
              staffId: entry.staffId ?? session?.staffId,
              shiftId: entry.shiftId ?? session?.shiftId,
              approverId: approver?.id,
              requestId: meta.requestId
            })
          }
          if (result instanceof FailAfterCommit) return { fail: result.error }
          if (keepsReplay && meta.requestId) {
            store.db
              .insert(requestLog)
              .values({
                requestId: meta.requestId,
                procedure: name,
                staffId: session?.staffId ?? null,
                result: storedResult(input, result),
                at: at.toISOString()
              })
              .run()
          }
          return { data: result }
        })
        .immediate()
      const ms = performance.now() - started
      if (ms > 40) console.warn(`[router] slow mutation ${name}: ${ms.toFixed(1)} ms`)
      if ('fail' in outcome && outcome.fail) return failure(locale, outcome.fail)
      return { ok: true, data: (outcome as { data: unknown }).data }
    } catch (error) {
      if (error instanceof AppError && error.code === 'APPROVAL_REJECTED' && meta.approval && approverVerified) {
        // A right password with the wrong role: audited too, in its own committed transaction.
        recordRefusedApproval(deps, meta.approval, { procedure: name, session, requestId: meta.requestId }, false)
      }
      if (error instanceof AppError) return failure(locale, error)
      console.error(`[router] ${name} failed`, error)
      return failure(
        locale,
        new AppError('INTERNAL', { detail: (error as Error)?.message?.slice(0, 200) ?? 'unknown' })
      )
    }
  }

  return { call, procedureNames: registry.procedureNames }
}
