import { eq } from 'drizzle-orm'
import { staff } from '../../../db/schema'
import { recordFailure } from '../services/foundation/auth'
import { dummyHash } from '../services/foundation/auth-guard'
import { writeAudit } from '../services/foundation/audit'
import type { Approver, AuditEntryInput, CoreDeps } from './context'
import { AppError } from './errors'
import type { Session } from './sessions'
import { findStaffByUsername, isLocked } from '../services/foundation/staff-records'

export interface ApprovalCredentials {
  username: string
  password: string
}

interface RefusalCall {
  procedure: string
  session: Session | null
  requestId?: string
}

/**
 * Writes the audit of a refused approval (and, for a wrong password, the same failure count and
 * lock as sign-in) in its own transaction, so it stays even though the call itself is refused.
 */
export function recordRefusedApproval(
  deps: CoreDeps,
  approval: ApprovalCredentials,
  call: RefusalCall,
  countFailure: boolean
): void {
  const { store } = deps
  store.sqlite
    .transaction(() => {
      const audits: AuditEntryInput[] = []
      const record = findStaffByUsername(store.db, approval.username)
      if (countFailure && record && record.active && !isLocked(record, deps.now())) {
        recordFailure({ now: deps.now, db: store.db, sessions: deps.sessions, audit: (e) => audits.push(e) }, record)
      }
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
    })
    .immediate()
}

/**
 * Checks an approver's password like a sign-in: same cost for an unknown name, failures counted
 * per account and locked after five. Every refusal answers the same APPROVAL_REJECTED.
 */
export async function verifyApprover(
  deps: CoreDeps,
  approval: ApprovalCredentials | undefined,
  call: RefusalCall
): Promise<Approver | null> {
  if (!approval) return null
  const { db } = deps.store
  const record = findStaffByUsername(db, approval.username)
  const valid = await deps.passwords.verify(
    approval.password,
    record?.passwordHash ?? (await dummyHash(deps.passwords))
  )
  if (record && valid && record.active && !isLocked(record, deps.now())) {
    if (record.failedAttempts > 0) db.update(staff).set({ failedAttempts: 0 }).where(eq(staff.id, record.id)).run()
    return { id: record.id, displayName: record.displayName, role: record.role }
  }
  recordRefusedApproval(deps, approval, call, !valid)
  throw new AppError('APPROVAL_REJECTED')
}
