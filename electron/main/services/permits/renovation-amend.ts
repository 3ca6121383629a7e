import { eq } from 'drizzle-orm'
import { renovations } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import type { ParsedInputOf } from '../../../../shared/kernel/procedure'
import type { ServiceContext } from '../../core/context'
import { handle } from '../../core/handler'
import type { StoredFile } from '../households/permit-room'
import { worksOf } from './renovation-blockers'
import { attachUpload, checkDates, chosenWorks, fieldError, storeUploads } from './renovation-rules'
import { addRenovationEvent, loadRenovation, requireStatus, type RenovationRow } from './renovation-records'
import { renovationView } from './renovation-view'
import { readPermitSettings } from './settings-store'

/**
 * Changes to an application before its permit. The review approved a plan: changing its works or
 * dates after a review sends it back to 已登记 to be reviewed again (the audit row says so);
 * the description and the approval document change without that.
 */

type Changes = Partial<typeof renovations.$inferInsert>
type AmendInput = ParsedInputOf<typeof api.renovations.amend>

const sameKeys = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((k, i) => k === b[i])

function planChanges(ctx: ServiceContext, row: RenovationRow, input: AmendInput): Changes {
  const settings = readPermitSettings(ctx.db)
  const changes: Changes = {}
  if (input.works) {
    const works = chosenWorks(ctx, settings, input.works)
    if (
      !sameKeys(
        works.map((w) => w.key),
        worksOf(row).map((w) => w.key)
      )
    )
      changes.works = JSON.stringify(works)
  }
  const dates = { startsOn: input.startsOn ?? row.startsOn, endsOn: input.endsOn ?? row.endsOn }
  checkDates(ctx, settings, dates, input.startsOn !== undefined && input.startsOn !== row.startsOn)
  if (dates.startsOn !== row.startsOn) changes.startsOn = dates.startsOn
  if (dates.endsOn !== row.endsOn) changes.endsOn = dates.endsOn
  return changes
}

function amendRun(ctx: ServiceContext, input: AmendInput, stored: { approvalDoc?: StoredFile }) {
  const row = loadRenovation(ctx, input.renovationId)
  requireStatus(ctx, row, ['applied', 'approved', 'rejected'], 'renovations.action.amend')
  const { renovationId: _id, approvalDoc, ...given } = input
  if (Object.values(given).every((v) => v === undefined) && !approvalDoc)
    throw fieldError(ctx, 'renovationId', 'permits.renovation.field.nothingToAmend')
  const changes = planChanges(ctx, row, input)
  if (input.description !== undefined) changes.description = input.description
  if (input.approvalDocNo !== undefined) changes.approvalDocNo = input.approvalDocNo
  const approvalId = attachUpload(ctx, row.roomId, null, approvalDoc, stored.approvalDoc)
  if (approvalId !== null) changes.approvalAttachmentId = approvalId
  const planChanged = changes.works !== undefined || changes.startsOn !== undefined || changes.endsOn !== undefined
  const reviewAgain = planChanged && row.reviewResult !== null
  if (reviewAgain)
    Object.assign(changes, {
      status: 'applied',
      reviewResult: null,
      reviewer: null,
      reviewRemarks: null,
      reviewedAt: null,
      reviewedBy: null
    } satisfies Changes)
  if (Object.keys(changes).length > 0) ctx.db.update(renovations).set(changes).where(eq(renovations.id, row.id)).run()
  addRenovationEvent(ctx, row.id, 'amended', '', {
    fields: Object.keys(changes).filter((k) => !k.startsWith('review') && k !== 'status'),
    reviewAgain
  })
  ctx.audit({
    roomId: row.roomId,
    entityType: 'renovation',
    entityId: row.id,
    summaryKey: reviewAgain ? 'audit.renovationAmendedReviewAgain' : 'audit.renovationAmended',
    summaryParams: {
      number: row.number,
      startsOn: changes.startsOn ?? row.startsOn,
      endsOn: changes.endsOn ?? row.endsOn
    }
  })
  return renovationView(ctx, row.id)
}

const amend = handle(api.renovations.amend, {
  prepare: (ctx, input) => storeUploads(ctx, { approvalDoc: input.approvalDoc }),
  run: (ctx, input, stored) => amendRun(ctx, input, stored)
})

export const amendHandlers = [amend]
