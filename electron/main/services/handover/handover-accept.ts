import { api } from '../../../../shared/api'
import { DUTY_ROLES, SUPERVISORS, roleAllowed } from '../../../../shared/kernel/roles'
import type { HandoverResult } from '../../../../shared/handover/types'
import type { ServiceContext } from '../../core/context'
import { AppError, FailAfterCommit } from '../../core/errors'
import { handle } from '../../core/handler'
import { admitStaff, runBackup, startSession, verifyStaffPassword } from '../foundation/shift-change'
import { checkCounts, type CountedInput } from './handover-counts'
import { recordView } from './handover-records'
import { refuseStaleShift, signHandover, type BackupOutcome } from './handover-sign'
import { buildSummary } from './handover-summary'
import { shiftKindNow } from './shift-clock'

/**
 * 接班 and 无人接班结班. The slow parts run in `prepare`, before the write lock: the incoming
 * person's password (scrypt), then — only for a count that passes — the verified backup, so the
 * backup holds everything the outgoing shift did. `run` rebuilds the summary and checks the count
 * again inside the transaction, so what is signed is what the data says at that moment.
 */

export interface AcceptPrepared {
  incomingValid: boolean
  backup: BackupOutcome
}

const NOT_TAKEN: BackupOutcome = { file: null, problem: '' }

/** The count checked against the data now: a refusal here takes no backup. */
function checkedNow(ctx: ServiceContext, input: CountedInput) {
  const summary = buildSummary(ctx, ctx.requireSession().counterId)
  refuseStaleShift(ctx, summary, input.shiftId)
  return { summary, counts: checkCounts(summary, input) }
}

async function handoverBackup(ctx: ServiceContext): Promise<BackupOutcome> {
  try {
    return { file: (await runBackup(ctx.store, 'handover', ctx.now())).backup.file, problem: '' }
  } catch (error) {
    // The handover goes on without it (the desk cannot wait for a full disk); the sheet and the 工作台 say so.
    return { file: null, problem: (error as Error)?.message || String(error) }
  }
}

export const acceptHandler = handle(api.handover.accept, {
  async prepare(ctx, input): Promise<AcceptPrepared> {
    const incomingValid = await verifyStaffPassword(ctx, input.incoming.username, input.incoming.password)
    if (!incomingValid) return { incomingValid, backup: NOT_TAKEN }
    checkedNow(ctx, input)
    return { incomingValid, backup: await handoverBackup(ctx) }
  },
  run(ctx, input, prepared): HandoverResult | FailAfterCommit {
    const admitted = admitStaff(ctx, input.incoming.username, prepared.incomingValid)
    if (admitted instanceof FailAfterCommit) return admitted
    const { summary, counts } = checkedNow(ctx, input)
    if (admitted.id === summary.shift.holderId) throw new AppError('HANDOVER_SAME_PERSON', {}, { field: 'username' })
    if (!roleAllowed(admitted.role, DUTY_ROLES)) throw new AppError('HANDOVER_ROLE', {}, { field: 'username' })
    const incoming = {
      staffId: admitted.id,
      name: admitted.displayName,
      kind: input.incomingKind ?? shiftKindNow(ctx.db, ctx.now()),
      cleaningOk: input.cleaningOk,
      cleaningNote: input.cleaningNote
    }
    const signed = signHandover(ctx, { summary, counts, input, incoming, closedAlone: null, backup: prepared.backup })
    ctx.audit({
      entityType: 'handover',
      entityId: signed.id,
      summaryKey: 'audit.handoverAccepted',
      summaryParams: { number: signed.number, outgoing: summary.shift.holderName, incoming: admitted.displayName }
    })
    const session = startSession(ctx, admitted, signed.incomingShift!)
    return { handover: recordView(ctx.store.sqlite, signed.id), session }
  }
})

/** A supervisor signed in, or one approving on the spot. */
function closingSupervisor(ctx: ServiceContext): { staffId: number; name: string } {
  const session = ctx.requireSession()
  if (roleAllowed(session.role, SUPERVISORS)) return { staffId: session.staffId, name: session.displayName }
  const approver = ctx.requireApproval(SUPERVISORS)
  return { staffId: approver.id, name: approver.displayName }
}

const closeAlone = handle(api.handover.closeAlone, {
  async prepare(ctx, input): Promise<BackupOutcome> {
    // Only the question is asked here (APPROVAL_REQUIRED opens the dialog); the approval itself is taken in run.
    if (!roleAllowed(ctx.requireSession().role, SUPERVISORS) && !ctx.approver) ctx.requireApproval(SUPERVISORS)
    checkedNow(ctx, input)
    return handoverBackup(ctx)
  },
  run(ctx, input, backup): HandoverResult {
    const supervisor = closingSupervisor(ctx)
    const { summary, counts } = checkedNow(ctx, input)
    const closedAlone = { ...supervisor, reason: input.reason.trim() }
    const signed = signHandover(ctx, { summary, counts, input, incoming: null, closedAlone, backup })
    ctx.audit({
      entityType: 'handover',
      entityId: signed.id,
      summaryKey: 'audit.handoverClosedAlone',
      summaryParams: { number: signed.number, by: supervisor.name, reason: closedAlone.reason }
    })
    return { handover: recordView(ctx.store.sqlite, signed.id), session: null }
  }
})

export const acceptHandlers = [acceptHandler, closeAlone]
