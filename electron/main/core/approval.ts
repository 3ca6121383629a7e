import { and, eq, gt } from 'drizzle-orm'
import { staff } from '../../../db/schema'
import { localTime } from '../../../shared/kernel/calendar'
import { recordFailure } from '../services/foundation/auth'
import { countGhostFailure, dummyHash, ghostLockedUntil } from '../services/foundation/auth-guard'
import { writeAudit } from '../services/foundation/audit'
import type { Approver, AuditEntryInput, CoreDeps } from './context'
import { AppError } from './errors'
import type { Session } from './sessions'
import { findStaffByUsername, isLocked, type StaffRecord } from '../services/foundation/staff-records'

export interface ApprovalCredentials {
  username: string
  password: string
}

/** Who asked, for which procedure: what the audit row of a refused approval names. */
export interface ApprovalCall {
  procedure: string
  session: Session | null
  requestId?: string
}

const lockedAnswer = (until: string) =>
  new AppError('APPROVER_LOCKED', { until: localTime(until) }, { lockedUntil: until })

/**
 * Counts one refusal on the approver's account (or an unknown name's in-memory counter) exactly
 * like a wrong sign-in, and says what to answer: locked from the fifth on, else the one rejection.
 */
function countRefusal(deps: CoreDeps, username: string, record: StaffRecord | undefined, audits: AuditEntryInput[]) {
  const now = deps.now()
  if (record && isLocked(record, now)) return lockedAnswer(record.lockedUntil!)
  if (record) {
    const ctx = {
      now: deps.now,
      db: deps.store.db,
      sessions: deps.sessions,
      audit: (e: AuditEntryInput) => audits.push(e)
    }
    const { error } = recordFailure(ctx, record, null)
    return error.code === 'ACCOUNT_LOCKED' ? lockedAnswer(String(error.details.lockedUntil)) : null
  }
  const locked = ghostLockedUntil(deps.sessions, username, now)
  const outcome = locked ? { lockedUntil: locked } : countGhostFailure(deps.sessions, username, now)
  return 'lockedUntil' in outcome ? lockedAnswer(outcome.lockedUntil) : null
}

/**
 * A refused approval: audited (who asked, the procedure, the approver's name) in its own
 * transaction, so the row stays although the call is refused, and counted. Every refusal counts —
 * a right password with the wrong role too: counting only wrong passwords would let a guesser tell
 * the two apart by when the lock falls. `answer` set: audit only and give that answer.
 */
export function refuseApproval(
  deps: CoreDeps,
  approval: ApprovalCredentials,
  call: ApprovalCall,
  answer?: AppError
): AppError {
  const { store } = deps
  return store.sqlite
    .transaction(() => {
      const audits: AuditEntryInput[] = []
      const record = findStaffByUsername(store.db, approval.username)
      const result =
        answer ?? countRefusal(deps, approval.username, record, audits) ?? new AppError('APPROVAL_REJECTED')
      audits.push({
        entityType: 'staff',
        entityId: record?.id,
        summaryKey: 'audit.approvalRejected',
        summaryParams: { username: approval.username.slice(0, 64) }
      })
      const at = deps.now()
      for (const entry of audits) {
        writeAudit(store.db, {
          ...entry,
          at,
          procedure: call.procedure,
          staffId: call.session?.staffId ?? entry.staffId,
          shiftId: call.session?.shiftId,
          requestId: call.requestId
        })
      }
      return result
    })
    .immediate()
}

/**
 * Checks an approver's password like a sign-in: the same cost for an unknown name, refusals
 * counted per account and locked after five. A wrong password, a disabled account and (later, in
 * `requireApproval`) a wrong role all answer the same APPROVAL_REJECTED.
 */
export async function verifyApprover(
  deps: CoreDeps,
  approval: ApprovalCredentials | undefined,
  call: ApprovalCall
): Promise<Approver | null> {
  if (!approval) return null
  const record = findStaffByUsername(deps.store.db, approval.username)
  const valid = await deps.passwords.verify(
    approval.password,
    record?.passwordHash ?? (await dummyHash(deps.passwords))
  )
  if (!record || !valid || !record.active || isLocked(record, deps.now())) throw refuseApproval(deps, approval, call)
  // An administrator-set password is known to the administrator: it approves nothing until changed.
  if (record.mustChangePassword) {
    throw refuseApproval(deps, approval, call, new AppError('APPROVER_PASSWORD_CHANGE_REQUIRED'))
  }
  return { id: record.id, displayName: record.displayName, role: record.role }
}

/** An approval that was used: its password was good, so the count starts again, as after a sign-in. */
export function acceptApproval(deps: CoreDeps, approver: Approver): void {
  deps.store.db
    .update(staff)
    .set({ failedAttempts: 0 })
    .where(and(eq(staff.id, approver.id), gt(staff.failedAttempts, 0)))
    .run()
}
