import { eq, sum } from 'drizzle-orm'
import { renovationViolations } from '../../../../db/schema'
import { formatFen } from '../../../../shared/domain/money'
import { localDateTime } from '../../../../shared/kernel/calendar'
import { permitsContract } from '../../../../shared/permits/api'
import type { RenovationStatus } from '../../../../shared/permits/renovation-types'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { settledBy } from '../fees/renovation-fees'
import { loadRenovation, requireStatus, type RenovationRow } from './renovation-records'
import { renovationView } from './renovation-view'
import { fieldRefusal, recordStep } from './worker-records'

/**
 * 违规: recorded once (what, when, who found it, the deduction from the deposit with its reason);
 * only the rectification is added later (the DB trigger allows exactly that). Deductions come out
 * of the deposit at the refund, so together they may not exceed it, and there must be a deposit.
 */

const api = permitsContract.renovations
const OPEN: RenovationStatus[] = ['applied', 'approved', 'rejected', 'active', 'suspended', 'revoked', 'inspected']

/** The deductions recorded so far on the renovation, in fen. */
export function deductionsOf(ctx: ServiceContext, renovationId: number): number {
  const row = ctx.db
    .select({ total: sum(renovationViolations.deductionFen) })
    .from(renovationViolations)
    .where(eq(renovationViolations.renovationId, renovationId))
    .get()
  return Number(row?.total ?? 0)
}

function checkDeduction(ctx: ServiceContext, row: RenovationRow, deduction: number, reason: string): void {
  if (deduction === 0) return
  if (reason === '') throw fieldRefusal(ctx, 'deductionReason', 'permits.worker.field.deductionReason')
  const deposit = row.depositReceivableId === null ? null : settledBy(ctx.db, row.depositReceivableId)
  if (!deposit) throw fieldRefusal(ctx, 'deduction', 'permits.worker.field.noDeposit')
  const total = deductionsOf(ctx, row.id) + deduction
  if (total > deposit.amountFen)
    throw fieldRefusal(ctx, 'deduction', 'permits.worker.field.deductionExceeds', {
      total: formatFen(total),
      deposit: formatFen(deposit.amountFen)
    })
}

const violation = handle(api.violation, {
  run(ctx, input) {
    const row = loadRenovation(ctx, input.renovationId)
    requireStatus(ctx, row, OPEN, 'renovations.action.violation')
    const foundAt = new Date(input.foundAt)
    if (foundAt.getTime() > ctx.now().getTime())
      throw fieldRefusal(ctx, 'foundAt', 'permits.worker.field.foundAtFuture')
    checkDeduction(ctx, row, input.deduction, input.deductionReason)
    const inserted = ctx.db
      .insert(renovationViolations)
      .values({
        renovationId: row.id,
        foundAt: foundAt.toISOString(),
        foundBy: input.foundBy,
        what: input.what,
        deductionFen: input.deduction,
        deductionReason: input.deductionReason,
        recordedAt: ctx.now().toISOString(),
        recordedBy: ctx.requireSession().staffId
      })
      .returning({ id: renovationViolations.id })
      .get()
    recordStep(ctx, row, {
      kind: 'violation',
      note: input.what,
      details: { violationId: inserted.id, deductionFen: input.deduction, foundBy: input.foundBy },
      summaryKey: input.deduction > 0 ? 'audit.renovationViolationDeducted' : 'audit.renovationViolation',
      summaryParams: { what: input.what, amount: formatFen(input.deduction), reason: input.deductionReason }
    })
    return renovationView(ctx, row.id)
  }
})

const rectify = handle(api.rectify, {
  run(ctx, input) {
    const found = ctx.db.select().from(renovationViolations).where(eq(renovationViolations.id, input.violationId)).get()
    if (!found) throw new AppError('NOT_FOUND', {}, { entity: 'violation', id: input.violationId })
    const row = loadRenovation(ctx, found.renovationId)
    requireStatus(ctx, row, OPEN, 'renovations.action.rectify')
    if (found.rectifiedAt !== null)
      throw fieldRefusal(ctx, 'violationId', 'permits.worker.field.alreadyRectified', {
        at: localDateTime(found.rectifiedAt)
      })
    ctx.db
      .update(renovationViolations)
      .set({ rectifiedAt: ctx.now().toISOString(), rectifyNote: input.note })
      .where(eq(renovationViolations.id, found.id))
      .run()
    recordStep(ctx, row, {
      kind: 'rectified',
      note: input.note,
      details: { violationId: found.id },
      summaryKey: 'audit.renovationRectified',
      summaryParams: { what: found.what, note: input.note }
    })
    return renovationView(ctx, row.id)
  }
})

export const violationHandlers = [violation, rectify]
