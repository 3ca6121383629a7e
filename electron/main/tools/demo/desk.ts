import type { Store } from '../../../../db/open'
import type { OutputOf, Procedure } from '../../../../shared/kernel/procedure'
import { roleAllowed, type Role } from '../../../../shared/kernel/roles'
import { DEFAULT_LOCALE } from '../../../../shared/kernel/locale'
import { writeAudit } from '../../services/foundation/audit'
import type { Approver, AuditEntryInput, ServiceContext } from '../../core/context'
import { AppError, FailAfterCommit } from '../../core/errors'
import type { Registry } from '../../core/registry'
import type { PasswordHasher } from '../../core/passwords'
import { SessionStore, type Session } from '../../core/sessions'
import { thisCounter } from '../../services/foundation/settings'
import { openOrJoinShift } from '../../services/foundation/shifts'
import { findStaffByUsername } from '../../services/foundation/staff-records'

/** Service hours of the counter (BRIEF §6: clerks by day, 09:00–21:00). Demo work happens only then. */
export const SERVICE_OPENS = 9
export const SERVICE_CLOSES = 21

/**
 * A moment the day loop changes the counter's shift. `opening`: the counter opens at `at`, nobody
 * of the day signed in yet (the night shift may still be open); the clock is still where the last
 * day left it, so the hook may play the small hours first — it moves the clock to `at` at most.
 * `closing`: the day's work is done, the clock at `at` (closing time, or "now" on the demo's own
 * day: `final`), every one of the day's staff still signed in (`sessions`).
 */
export interface ShiftChange {
  kind: 'opening' | 'closing'
  day: string
  at: Date
  /** Who works this day, in the order of their first event. */
  staff: readonly string[]
  sessions: ReadonlyMap<string, Session>
  /** The closing is the demo's "now", before closing time: the day is not over. */
  final: boolean
}
export type ShiftChangeHook = (change: ShiftChange) => void

type DeskDeps = Omit<
  ServiceContext,
  'db' | 'session' | 'origin' | 'locale' | 'approver' | 'audit' | 'requireSession' | 'requireApproval'
>

function staffOf(store: Store, username: string) {
  const record = findStaffByUsername(store.db, username)
  if (!record) throw new Error(`demo staff ${username} is missing`)
  return record
}

function approverOf(store: Store, username: string | undefined): Approver | null {
  if (!username) return null
  const record = staffOf(store, username)
  return { id: record.id, displayName: record.displayName, role: record.role as Role }
}

/**
 * The desk's call: a handler's `run` with the context the router builds (role check, parsed input,
 * approver, audit rows written after), inside the caller's transaction.
 */
function handlerCaller(store: Store, registry: Registry, deps: DeskDeps) {
  /**
   * One call as the router makes it, inside the caller's transaction; a refusal throws its AppError.
   * `prepared` stands in for what a handler's `prepare` would have handed its `run`.
   */
  return function invoke<P extends Procedure>(
    procedure: P,
    rawInput: unknown,
    session: Session,
    approval: string | undefined,
    prepared: { value: unknown } | null
  ): OutputOf<P> {
    const handler = registry.handler(procedure.name)
    if (!handler || (handler.prepare && !prepared)) throw new Error(`the demo cannot call ${procedure.name}`)
    if (procedure.access !== 'public' && !roleAllowed(session.role, procedure.access))
      throw new AppError('FORBIDDEN', { role: `role.${session.role}` })
    const input = procedure.input.parse(rawInput ?? {})
    const approver = approverOf(store, approval)
    const audits: AuditEntryInput[] = []
    const ctx: ServiceContext = {
      ...deps,
      db: store.db,
      session,
      origin: null,
      locale: DEFAULT_LOCALE,
      approver,
      audit: (entry) => audits.push(entry),
      requireSession: () => session,
      requireApproval(roles) {
        if (approver && roleAllowed(approver.role, roles)) return approver
        throw new AppError(approver ? 'APPROVAL_REJECTED' : 'APPROVAL_REQUIRED', {}, { roles })
      }
    }
    const result = handler.run(ctx, input, prepared?.value)
    if (result instanceof FailAfterCommit) throw result.error
    if (procedure.kind === 'mutation') {
      if (audits.length === 0)
        audits.push({ summaryKey: 'audit.generic', summaryParams: { procedure: procedure.name } })
      for (const entry of audits) {
        writeAudit(store.db, {
          ...entry,
          at: deps.now(),
          procedure: procedure.name,
          staffId: entry.staffId ?? session.staffId,
          shiftId: entry.shiftId ?? session.shiftId,
          approverId: approver?.id
        })
      }
    }
    session.lastActivityAt = deps.now().getTime()
    return result as OutputOf<P>
  }
}

/**
 * The demo's counter: staff sign in (opening their shift), and call the same handlers the
 * router calls — same input schemas, same role checks, same audit rows — at moments of a clock
 * the demo moves forward. What the router adds on top (sessions over a transport, request-id
 * replay, one transaction per call) is left out so a year of history fits in seconds: the
 * caller wraps each simulated day in one transaction.
 */
export function demoDesk(store: Store, passwords: PasswordHasher, start: Date, registry: Registry) {
  let current = start.getTime()
  let tokens = 0
  const sessions = new SessionStore()
  const deps = {
    store,
    env: { version: 'demo', dataDir: '' },
    now: () => new Date(current),
    randomToken: () => `demo-${++tokens}`,
    passwords,
    sessions,
    searchProviders: registry.searchProviders,
    handoverProviders: registry.handoverProviders
  }

  /** Signing in at the counter opens its shift or joins the open one, as staff.signIn does. */
  function signIn(username: string): Session {
    const record = staffOf(store, username)
    const shift = openOrJoinShift(store.db, record.id, thisCounter({ db: store.db }).id, deps.now())
    return sessions.create({
      token: deps.randomToken(),
      staffId: record.id,
      username,
      displayName: record.displayName,
      role: record.role as Role,
      locale: DEFAULT_LOCALE,
      shiftId: shift.id,
      counterId: shift.counterId,
      lastActivityAt: current,
      locked: false
    })
  }

  /** The end of a shift without a capability's hook: the demo closes the row. */
  function closeShift(session: Session): void {
    store.sqlite
      .prepare(`UPDATE shifts SET closed_at = ? WHERE id = ? AND closed_at IS NULL`)
      .run(deps.now().toISOString(), session.shiftId)
    sessions.remove(session.token)
  }

  const invoke = handlerCaller(store, registry, deps)

  const shiftChangeHooks: ShiftChangeHook[] = []

  return {
    now: deps.now,
    /** Moves the clock; the demo never goes back in time. */
    at(moment: Date) {
      if (moment.getTime() < current)
        throw new Error(`demo clock cannot go back from ${new Date(current).toISOString()} to ${moment.toISOString()}`)
      current = moment.getTime()
    },
    signIn,
    closeShift,
    /** Ends a session without touching the shift (a capability's shift-change hook closed it, or left it open). */
    signOut(session: Session) {
      sessions.remove(session.token)
    },
    /** One call as the router makes it; a handler with a `prepare` needs callPrepared. */
    call<P extends Procedure>(procedure: P, rawInput: unknown, session: Session, approval?: string): OutputOf<P> {
      return invoke(procedure, rawInput, session, approval, null)
    },
    /**
     * A handler's synchronous `run` handed `prepared` as if its `prepare` had run: for steps whose
     * prepare does slow asynchronous work the demo stands in for (a password check, a backup).
     */
    callPrepared<P extends Procedure>(
      procedure: P,
      rawInput: unknown,
      session: Session,
      prepared: unknown,
      approval?: string
    ): OutputOf<P> {
      return invoke(procedure, rawInput, session, approval, { value: prepared })
    },
    /**
     * A capability takes over how the day loop ends and starts a shift (the handover): with a hook,
     * playDays calls it at each day's opening and closing instead of closing the shift row itself.
     */
    onShiftChange(hook: ShiftChangeHook) {
      shiftChangeHooks.push(hook)
    },
    shiftChangeHooks: (): readonly ShiftChangeHook[] => shiftChangeHooks,
    /** One simulated day's work as one transaction. */
    day<T>(work: () => T): T {
      return store.sqlite.transaction(work).immediate()
    }
  }
}
export type DemoDesk = ReturnType<typeof demoDesk>
