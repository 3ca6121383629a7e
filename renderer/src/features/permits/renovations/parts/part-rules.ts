import { COUNTER_ROLES, roleAllowed, type Role } from '@shared/kernel/roles'
import type { PaperView, RenovationStatus, RenovationView, WorkerView } from '@shared/permits/api'

/**
 * When the drawer's parts offer their steps: the same states the core accepts (worker-register.ts,
 * worker-violations.ts, worker-completion.ts), so a key never meets a step the core would refuse
 * for its state. The core still decides.
 */

/** A paper still in someone's hands: not revoked, returned, lost or used (as papers.ts isOut). */
export const isOut = (paper: PaperView) => !['revoked', 'returned', 'lost', 'used'].includes(paper.standing)

export const mayAddWorker = (r: RenovationView) => r.status === 'active' || r.status === 'suspended'
/** A pass only while the works may go on. */
export const mayIssuePass = (r: RenovationView) => r.status === 'active'

const VIOLATION_STATES: readonly RenovationStatus[] = [
  'applied',
  'approved',
  'rejected',
  'active',
  'suspended',
  'revoked',
  'inspected'
]
export const mayRecordViolation = (r: RenovationView) => VIOLATION_STATES.includes(r.status)

/** The completion panel: once works started (or the application was withdrawn with money paid). */
const COMPLETION_STATES: readonly RenovationStatus[] = ['active', 'suspended', 'revoked', 'inspected', 'cancelled']
export const completionShown = (r: RenovationView) => COMPLETION_STATES.includes(r.status)
export const mayInspect = (r: RenovationView) => ['active', 'suspended', 'revoked'].includes(r.status)

/** The deposit back: after the inspection, or a withdrawn application whose deposit was paid. */
export const depositPaid = (r: RenovationView) => r.fees.deposit !== null && r.fees.deposit.receiptId !== null
export const mayRefund = (r: RenovationView) =>
  r.refund === null && (r.status === 'inspected' || (r.status === 'cancelled' && depositPaid(r)))

export const counterMay = (role: Role) => roleAllowed(role, COUNTER_ROLES)

/** The worker's newest pass, the one the register shows. */
export const currentPass = (worker: WorkerView): PaperView | undefined => worker.passes[0]

/** Every paper still out: the permit's editions first, then each worker's passes. */
export function papersOut(r: RenovationView): { paper: PaperView; holder: string }[] {
  const permits = r.permits.filter(isOut).map((paper) => ({ paper, holder: r.roomCode }))
  const passes = r.workers.flatMap((w) => w.passes.filter(isOut).map((paper) => ({ paper, holder: w.name })))
  return [...permits, ...passes]
}

/** The standing passes the 打印出入证 key prints when none is ticked. */
export const printablePassIds = (r: RenovationView) =>
  r.workers.flatMap((w) =>
    w.passes.filter((p) => p.standing === 'valid' || p.standing === 'notYetValid').map((p) => p.id)
  )
