import { asc, eq } from 'drizzle-orm'
import { renovationViolations, renovationWorkers, staff } from '../../../../db/schema'
import { maskIdNumber, maskPhone } from '../../../../shared/domain/mask'
import type { ViolationView, WorkerView } from '../../../../shared/permits/renovation-types'
import type { ServiceContext } from '../../core/context'
import { mayRevealPersonal } from '../households/permit-room'
import { paperViews } from './papers'
import { passRows } from './worker-records'

/**
 * A renovation's workers, in the order registered, each with every pass issued, newest first.
 * ID numbers and phones are masked unless the role may see them (the household file's rule).
 */
export function workerViewsOf(ctx: ServiceContext, renovationId: number): WorkerView[] {
  const workers = ctx.db
    .select()
    .from(renovationWorkers)
    .where(eq(renovationWorkers.renovationId, renovationId))
    .orderBy(asc(renovationWorkers.id))
    .all()
  if (workers.length === 0) return []
  const reveal = mayRevealPersonal(ctx)
  const rows = passRows(ctx, renovationId)
  const passes = paperViews(ctx, rows)
  const workerOf = new Map(rows.map((p) => [p.id, p.workerId]))
  return workers.map((w) => ({
    id: w.id,
    name: w.name,
    idNumber: reveal ? w.idNumber : maskIdNumber(w.idNumber),
    idType: w.idType,
    phone: reveal ? w.phone : maskPhone(w.phone),
    trade: w.trade,
    photoAttachmentId: w.photoAttachmentId,
    addedAt: w.addedAt,
    passes: passes.filter((p) => workerOf.get(p.id) === w.id)
  }))
}

/** A renovation's violations in the order found, with who recorded each. */
export function violationViewsOf(ctx: ServiceContext, renovationId: number): ViolationView[] {
  return ctx.db
    .select({
      id: renovationViolations.id,
      foundAt: renovationViolations.foundAt,
      foundBy: renovationViolations.foundBy,
      what: renovationViolations.what,
      deductionFen: renovationViolations.deductionFen,
      deductionReason: renovationViolations.deductionReason,
      rectifiedAt: renovationViolations.rectifiedAt,
      rectifyNote: renovationViolations.rectifyNote,
      recordedAt: renovationViolations.recordedAt,
      recordedBy: staff.displayName
    })
    .from(renovationViolations)
    .innerJoin(staff, eq(staff.id, renovationViolations.recordedBy))
    .where(eq(renovationViolations.renovationId, renovationId))
    .orderBy(asc(renovationViolations.foundAt), asc(renovationViolations.id))
    .all()
    .map((v) => ({ ...v, rectifyNote: v.rectifyNote ?? '' }))
}
