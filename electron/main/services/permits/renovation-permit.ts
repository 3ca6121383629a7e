import { eq } from 'drizzle-orm'
import { renovations } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import { message } from '../../../../shared/messages'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { getRoom, ownerNamesOf, setRoomStatus } from '../households/permit-room'
import { holderHint, issuePaper, recordPaperEvent } from './papers'
import { blockersOf, permitEditions } from './renovation-blockers'
import { fieldError, latestEnd, todayOf } from './renovation-rules'
import { addRenovationEvent, loadRenovation, requireStatus, type RenovationRow } from './renovation-records'
import { renovationView } from './renovation-view'
import { readPermitSettings } from './settings-store'

/**
 * The permit (装修施工许可证, ZX…): issued once every blocker is cleared, the room turning 装修中
 * and the start-of-works notice going out; extended or reissued as new editions of the same
 * number (papers are never changed). The texts it restates are fixed when it is first issued.
 */

/** The permit edition now posted at the door. */
export function newestPermit(ctx: ServiceContext, row: RenovationRow) {
  const newest = permitEditions(ctx, row.id)[0]
  if (!newest) throw new RangeError(`renovation ${row.number} has no permit`)
  return newest
}

const audit = (
  ctx: ServiceContext,
  row: RenovationRow,
  summaryKey: Parameters<ServiceContext['audit']>[0]['summaryKey'],
  params: Record<string, string | number>
) =>
  ctx.audit({
    roomId: row.roomId,
    entityType: 'renovation',
    entityId: row.id,
    summaryKey,
    summaryParams: { number: row.number, ...params }
  })

const issue = handle(api.renovations.issue, {
  run(ctx, input) {
    const row = loadRenovation(ctx, input.renovationId)
    requireStatus(ctx, row, ['approved'], 'renovations.action.issue')
    const blockers = blockersOf(ctx, row)
    if (blockers.length > 0)
      throw new AppError('PERMIT_BLOCKED', {
        blockers: blockers.map((b) => message(ctx.locale, `renovations.blocker.${b}`)).join('、')
      })
    const today = todayOf(ctx)
    if (row.endsOn < today)
      throw fieldError(ctx, 'endsOn', 'permits.renovation.field.endsPassed', { endsOn: row.endsOn })
    const room = getRoom(ctx.db, row.roomId)
    const settings = readPermitSettings(ctx.db)
    const permit = issuePaper(ctx, {
      kind: 'permit',
      roomId: row.roomId,
      renovationId: row.id,
      validFrom: row.startsOn > today ? row.startsOn : today,
      validTo: row.endsOn,
      hint: holderHint(ownerNamesOf(ctx.db, row.roomId) || row.applicantName, room.code)
    })
    ctx.db
      .update(renovations)
      .set({
        status: 'active',
        workingHours: settings.workingHours,
        prohibited: JSON.stringify(settings.prohibited),
        notifyDepartments: JSON.stringify(settings.notifyDepartments),
        noticeAt: ctx.now().toISOString(),
        previousRoomStatus: room.status
      })
      .where(eq(renovations.id, row.id))
      .run()
    setRoomStatus(ctx.db, row.roomId, 'renovating')
    addRenovationEvent(ctx, row.id, 'permitted', '', { permit: permit.number, notified: settings.notifyDepartments })
    audit(ctx, row, 'audit.renovationPermitted', {
      permit: permit.number,
      validFrom: permit.validFrom,
      validTo: permit.validTo
    })
    return renovationView(ctx, row.id)
  }
})

const extend = handle(api.renovations.extend, {
  run(ctx, input) {
    const row = loadRenovation(ctx, input.renovationId)
    requireStatus(ctx, row, ['active', 'suspended'], 'renovations.action.extend')
    const settings = readPermitSettings(ctx.db)
    if (input.endsOn <= row.endsOn)
      throw fieldError(ctx, 'endsOn', 'permits.renovation.field.extendEnd', { endsOn: row.endsOn })
    const latest = latestEnd(row.startsOn, settings)
    if (input.endsOn > latest)
      throw fieldError(ctx, 'endsOn', 'permits.renovation.field.extendTooLong', { latest, days: settings.maxDays })
    const previous = newestPermit(ctx, row)
    const edition = issuePaper(ctx, {
      kind: 'permit',
      roomId: row.roomId,
      renovationId: row.id,
      validFrom: previous.validFrom,
      validTo: input.endsOn,
      hint: previous.hint,
      editionOf: previous.number
    })
    // A suspended renovation stays suspended on the new edition too (the gate reads each edition).
    if (row.status === 'suspended') recordPaperEvent(ctx, edition.id, 'suspended', input.reason)
    ctx.db.update(renovations).set({ endsOn: input.endsOn }).where(eq(renovations.id, row.id)).run()
    addRenovationEvent(ctx, row.id, 'extended', input.reason, {
      from: row.endsOn,
      to: input.endsOn,
      edition: edition.edition
    })
    audit(ctx, row, 'audit.renovationExtended', {
      endsOn: input.endsOn,
      permit: edition.number,
      edition: edition.edition,
      reason: input.reason
    })
    return renovationView(ctx, row.id)
  }
})

const reissue = handle(api.renovations.reissue, {
  run(ctx, input) {
    const row = loadRenovation(ctx, input.renovationId)
    requireStatus(ctx, row, ['active'], 'renovations.action.reissue')
    const lost = newestPermit(ctx, row)
    recordPaperEvent(ctx, lost.id, 'lost', input.reason)
    const edition = issuePaper(ctx, {
      kind: 'permit',
      roomId: row.roomId,
      renovationId: row.id,
      validFrom: lost.validFrom,
      validTo: lost.validTo,
      hint: lost.hint,
      editionOf: lost.number
    })
    addRenovationEvent(ctx, row.id, 'reissued', input.reason, { lost: lost.edition, edition: edition.edition })
    audit(ctx, row, 'audit.renovationReissued', {
      permit: edition.number,
      edition: edition.edition,
      reason: input.reason
    })
    return renovationView(ctx, row.id)
  }
})

export const permitHandlers = [issue, extend, reissue]
