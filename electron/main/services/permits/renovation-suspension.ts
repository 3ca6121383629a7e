import { eq } from 'drizzle-orm'
import { renovations } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import type { PaperView } from '../../../../shared/permits/renovation-types'
import type { ServiceContext } from '../../core/context'
import { handle } from '../../core/handler'
import { setRoomStatus, type RoomStatus } from '../households/permit-room'
import { isOut, paperViews, recordPaperEvent } from './papers'
import { permitEditions } from './renovation-blockers'
import { addRenovationEvent, loadRenovation, requireStatus, type RenovationRow } from './renovation-records'
import { renovationView } from './renovation-view'

/**
 * 停工整改, 复工 and 吊销: the renovation's status and its permit's paper events together, so the
 * gate stops the permit and, through it, every worker's pass (gate-verdict's byPermit rule). An
 * extension leaves the earlier edition with its shorter dates: each step covers every edition
 * still out, so no earlier edition keeps opening the gate.
 */

function permitsWhere(ctx: ServiceContext, row: RenovationRow, keep: (p: PaperView) => boolean): PaperView[] {
  return paperViews(ctx, permitEditions(ctx, row.id)).filter(keep)
}

function audit(
  ctx: ServiceContext,
  row: RenovationRow,
  summaryKey: Parameters<ServiceContext['audit']>[0]['summaryKey'],
  params: Record<string, string>
) {
  ctx.audit({
    roomId: row.roomId,
    entityType: 'renovation',
    entityId: row.id,
    summaryKey,
    summaryParams: { number: row.number, ...params }
  })
}

const setStatus = (ctx: ServiceContext, row: RenovationRow, status: RenovationRow['status']) =>
  ctx.db.update(renovations).set({ status }).where(eq(renovations.id, row.id)).run()

const suspend = handle(api.renovations.suspend, {
  run(ctx, input) {
    const row = loadRenovation(ctx, input.renovationId)
    requireStatus(ctx, row, ['active'], 'renovations.action.suspend')
    for (const paper of permitsWhere(ctx, row, (p) => isOut(p) && p.standing !== 'suspended'))
      recordPaperEvent(ctx, paper.id, 'suspended', input.reason)
    setStatus(ctx, row, 'suspended')
    addRenovationEvent(ctx, row.id, 'suspended', input.reason)
    audit(ctx, row, 'audit.renovationSuspended', { reason: input.reason })
    return renovationView(ctx, row.id)
  }
})

const resume = handle(api.renovations.resume, {
  run(ctx, input) {
    const row = loadRenovation(ctx, input.renovationId)
    requireStatus(ctx, row, ['suspended'], 'renovations.action.resume')
    for (const paper of permitsWhere(ctx, row, (p) => p.standing === 'suspended'))
      recordPaperEvent(ctx, paper.id, 'resumed', input.note)
    setStatus(ctx, row, 'active')
    addRenovationEvent(ctx, row.id, 'resumed', input.note)
    audit(ctx, row, 'audit.renovationResumed', { note: input.note })
    return renovationView(ctx, row.id)
  }
})

const revoke = handle(api.renovations.revoke, {
  run(ctx, input) {
    const row = loadRenovation(ctx, input.renovationId)
    requireStatus(ctx, row, ['active', 'suspended'], 'renovations.action.revoke')
    const out = permitsWhere(ctx, row, isOut)
    for (const paper of out) recordPaperEvent(ctx, paper.id, 'revoked', input.reason)
    setStatus(ctx, row, 'revoked')
    // The works stop: the room is back to what it was before the permit.
    setRoomStatus(ctx.db, row.roomId, (row.previousRoomStatus ?? 'occupied') as RoomStatus)
    addRenovationEvent(ctx, row.id, 'revoked', input.reason)
    audit(ctx, row, 'audit.renovationRevoked', { permit: out[0]?.number ?? '', reason: input.reason })
    return renovationView(ctx, row.id)
  }
})

export const suspensionHandlers = [suspend, resume, revoke]
