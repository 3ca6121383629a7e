import { asc, eq } from 'drizzle-orm'
import { contractors, renovationEvents, staff } from '../../../../db/schema'
import { maskPhone } from '../../../../shared/domain/mask'
import type { RenovationEvent, RenovationView } from '../../../../shared/permits/renovation-types'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { receiptFacts } from '../fees/renovation-fees'
import { mayRevealPersonal } from '../households/permit-room'
import { paperViews } from './papers'
import { blockersOf, feeLinesOf, needsApproval, permitEditions, worksOf } from './renovation-blockers'
import { listRenovations } from './renovation-queries'
import { loadRenovation, type RenovationRow } from './renovation-records'
import { readPermitSettings } from './settings-store'
import { violationViewsOf, workerViewsOf } from './worker-views'

/**
 * The renovation as the drawer shows it: the list's summary, the contractor, the works, the review,
 * signatures, fees, blockers, every permit edition, workers and violations (worker-views.ts), the
 * inspection, the refund and the events. Before the permit the texts it will restate are the
 * settings' current ones; from the permit on, those it was issued with.
 */

function eventsOf(ctx: ServiceContext, renovationId: number): RenovationEvent[] {
  return ctx.db
    .select({
      id: renovationEvents.id,
      kind: renovationEvents.kind,
      at: renovationEvents.at,
      staffName: staff.displayName,
      note: renovationEvents.note,
      details: renovationEvents.details
    })
    .from(renovationEvents)
    .innerJoin(staff, eq(staff.id, renovationEvents.staffId))
    .where(eq(renovationEvents.renovationId, renovationId))
    .orderBy(asc(renovationEvents.id))
    .all()
    .map((e) => ({ ...e, details: e.details ? (JSON.parse(e.details) as Record<string, unknown>) : null }))
}

function reviewOf(ctx: ServiceContext, row: RenovationRow): RenovationView['review'] {
  if (row.reviewResult === null || row.reviewedAt === null) return null
  const recordedBy =
    row.reviewedBy === null
      ? ''
      : (ctx.db.select({ name: staff.displayName }).from(staff).where(eq(staff.id, row.reviewedBy)).get()?.name ?? '')
  return {
    result: row.reviewResult,
    reviewer: row.reviewer ?? '',
    remarks: row.reviewRemarks ?? '',
    at: row.reviewedAt,
    recordedBy
  }
}

interface StoredInspection {
  items: { item: string; ok: boolean; note: string }[]
  remarks: string
  inspector: string
}

function inspectionOf(row: RenovationRow): RenovationView['inspection'] {
  if (row.inspection === null) return null
  const stored = JSON.parse(row.inspection) as StoredInspection
  return { items: stored.items, remarks: stored.remarks, at: row.inspectedAt ?? '', by: stored.inspector }
}

function refundOfRow(ctx: ServiceContext, row: RenovationRow): RenovationView['refund'] {
  if (row.refundReceiptId === null) return null
  const receipt = receiptFacts(ctx.db, row.refundReceiptId)
  if (!receipt) return null
  return {
    receiptId: receipt.receiptId,
    receiptCode: receipt.code,
    amountFen: Math.abs(receipt.totalFen),
    at: receipt.issuedAt
  }
}

/** The renovation as the drawer shows it. */
export function renovationView(ctx: ServiceContext, renovationId: number): RenovationView {
  const row = loadRenovation(ctx, renovationId)
  const [summary] = listRenovations(ctx, { id: renovationId, limit: 1 })
  if (!summary) throw new AppError('NOT_FOUND')
  const contractor = ctx.db.select().from(contractors).where(eq(contractors.id, row.contractorId)).get()!
  const settings = readPermitSettings(ctx.db)
  const violations = violationViewsOf(ctx, renovationId)
  const reveal = mayRevealPersonal(ctx)
  return {
    ...summary,
    applicantPersonId: row.applicantPersonId,
    poaTo: row.poaTo,
    contractor: {
      id: contractor.id,
      name: contractor.name,
      licenceNo: contractor.licenceNo,
      leader: row.leader,
      phone: reveal ? row.leaderPhone : maskPhone(row.leaderPhone)
    },
    qualificationAttachmentId: row.qualificationAttachmentId,
    works: worksOf(row),
    description: row.description,
    needsApproval: needsApproval(row),
    approvalDocNo: row.approvalDocNo,
    approvalAttachmentId: row.approvalAttachmentId,
    review: reviewOf(ctx, row),
    agreementSignedAt: row.agreementSignedAt,
    safetyLetterSignedAt: row.safetyLetterSignedAt,
    fees: feeLinesOf(ctx, row),
    workingHours: row.workingHours ?? settings.workingHours,
    prohibited: row.prohibited ? (JSON.parse(row.prohibited) as string[]) : settings.prohibited,
    blockers: blockersOf(ctx, row),
    permits: paperViews(ctx, permitEditions(ctx, renovationId)),
    workers: workerViewsOf(ctx, renovationId),
    violations,
    deductionsFen: violations.reduce((sum, v) => sum + v.deductionFen, 0),
    inspection: inspectionOf(row),
    refund: refundOfRow(ctx, row),
    noticeAt: row.noticeAt,
    notifyDepartments: row.notifyDepartments
      ? (JSON.parse(row.notifyDepartments) as string[])
      : settings.notifyDepartments,
    events: eventsOf(ctx, renovationId)
  }
}
