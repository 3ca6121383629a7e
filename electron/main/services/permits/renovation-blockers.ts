import { and, desc, eq } from 'drizzle-orm'
import { papers } from '../../../../db/schema'
import type { FeeLine, PermitBlocker } from '../../../../shared/permits/renovation-types'
import { PERMIT_BLOCKERS } from '../../../../shared/permits/renovation-types'
import type { RenovationWork } from '../../../../shared/permits/settings'
import type { ServiceContext } from '../../core/context'
import { settledBy } from '../fees/renovation-fees'
import type { PaperRow } from './papers'
import type { RenovationRow } from './renovation-records'

/** The works chosen, as the renovation recorded them. */
export const worksOf = (row: RenovationRow) => JSON.parse(row.works) as RenovationWork[]

export const needsApproval = (row: RenovationRow) => worksOf(row).some((w) => w.needsApproval)

/** The garbage fee and the deposit as charged, each with the valid receipt that paid it. */
export function feeLinesOf(
  ctx: ServiceContext,
  row: RenovationRow
): { garbage: FeeLine | null; deposit: FeeLine | null } {
  return {
    garbage: row.garbageReceivableId === null ? null : settledBy(ctx.db, row.garbageReceivableId),
    deposit: row.depositReceivableId === null ? null : settledBy(ctx.db, row.depositReceivableId)
  }
}

/** What still stops the permit, in PERMIT_BLOCKERS order (the drawer's list and PERMIT_BLOCKED). */
export function blockersOf(ctx: ServiceContext, row: RenovationRow): PermitBlocker[] {
  const fees = feeLinesOf(ctx, row)
  const missing: Record<PermitBlocker, boolean> = {
    review: row.reviewResult !== 'pass',
    agreement: row.agreementSignedAt === null,
    safetyLetter: row.safetyLetterSignedAt === null,
    // 拆改主体结构、加大荷载: the housing authority's approval, its number and its scan.
    approvalDoc: needsApproval(row) && (row.approvalDocNo === '' || row.approvalAttachmentId === null),
    fees: !fees.garbage?.receiptId || !fees.deposit?.receiptId
  }
  return PERMIT_BLOCKERS.filter((b) => missing[b])
}

/** Every edition of the renovation's permit, newest first. */
export function permitEditions(ctx: ServiceContext, renovationId: number): PaperRow[] {
  return ctx.db
    .select()
    .from(papers)
    .where(and(eq(papers.renovationId, renovationId), eq(papers.kind, 'permit')))
    .orderBy(desc(papers.edition))
    .all()
}
