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
import { openOrResumeShift } from '../../services/foundation/shifts'
import { findStaffByUsername } from '../../services/foundation/staff-records'

/** Service hours of the counter (BRIEF §6: clerks by day, 09:00–21:00). Demo work happens only then. */
export const SERVICE_OPENS = 9
export const SERVICE_CLOSES = 21

/**
 * A year at the counter prepares the same few statements hundreds of thousands of times, and
 * preparing is most of what a call costs (a profile of 16k payments: prepare ≈ 40 % of the time).
 * The demo's own connection keeps each statement once prepared. Output modes are reset on reuse:
 * drizzle asks for raw rows by calling raw() itself, plain service code expects objects.
 */
function reusePreparedStatements(store: Store): void {
  const sqlite = store.sqlite
  const prepare = sqlite.prepare.bind(sqlite)
  const cache = new Map<string, ReturnType<typeof prepare>>()
  sqlite.prepare = ((source: string) => {
    let statement = cache.get(source)
    if (!statement) cache.set(source, (statement = prepare(source)))
    else if (statement.reader) statement.raw(false).pluck(false).expand(false)
    return statement
  }) as typeof sqlite.prepare
}

/**
 * The demo's counter: staff sign in (opening their shift), and call the same handlers the
 * router calls — same input schemas, same role checks, same audit rows — at moments of a clock
 * the demo moves forward. What the router adds on top (sessions over a transport, request-id
 * replay, one transaction per call) is left out so a year of history fits in seconds: the
 * caller wraps each simulated day in one transaction.
 */
export function demoDesk(store: Store, passwords: PasswordHasher, start: Date, registry: Registry) {
  reusePreparedStatements(store)
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
    searchProviders: registry.searchProviders
  }

  function staffOf(username: string) {
    const record = findStaffByUsername(store.db, username)
    if (!record) throw new Error(`demo staff ${username} is missing`)
    return record
  }

  /** Signing in at the counter opens (or resumes) that person's shift, as staff.signIn does. */
  function signIn(username: string): Session {
    const record = staffOf(username)
    const shift = openOrResumeShift(store.db, record.id, thisCounter(store.db).id, deps.now())
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

  /** The end of a shift: the handover closes it (that capability is not built yet, so the demo closes the row). */
  function closeShift(session: Session): void {
    store.sqlite
      .prepare(`UPDATE shifts SET closed_at = ? WHERE id = ? AND closed_at IS NULL`)
      .run(deps.now().toISOString(), session.shiftId)
    sessions.remove(session.token)
  }

  function approverOf(username: string | undefined): Approver | null {
    if (!username) return null
    const record = staffOf(username)
    return { id: record.id, displayName: record.displayName, role: record.role as Role }
  }

  /** One call as the router makes it, inside the caller's transaction; a refusal throws its AppError. */
  function call<P extends Procedure>(
    procedure: P,
    rawInput: unknown,
    session: Session,
    approval?: string
  ): OutputOf<P> {
    const handler = registry.handler(procedure.name)
    if (!handler || handler.prepare) throw new Error(`the demo cannot call ${procedure.name}`)
    if (procedure.access !== 'public' && !roleAllowed(session.role, procedure.access))
      throw new AppError('FORBIDDEN', { role: `role.${session.role}` })
    const input = procedure.input.parse(rawInput ?? {})
    const approver = approverOf(approval)
    const audits: AuditEntryInput[] = []
    const ctx: ServiceContext = {
      ...deps,
      db: store.db,
      session,
      locale: DEFAULT_LOCALE,
      approver,
      audit: (entry) => audits.push(entry),
      requireSession: () => session,
      requireApproval(roles) {
        if (approver && roleAllowed(approver.role, roles)) return approver
        throw new AppError(approver ? 'APPROVAL_REJECTED' : 'APPROVAL_REQUIRED', {}, { roles })
      }
    }
    const result = handler.run(ctx, input, undefined)
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
    session.lastActivityAt = current
    return result as OutputOf<P>
  }

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
    call,
    /** One simulated day's work as one transaction. */
    day<T>(work: () => T): T {
      return store.sqlite.transaction(work).immediate()
    }
  }
}
export type DemoDesk = ReturnType<typeof demoDesk>
