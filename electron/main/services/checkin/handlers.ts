import { and, eq } from 'drizzle-orm'
import { checkins, checkinSteps, staff } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import type { CheckinStep } from '../../../../shared/checkin/rules'
import type { StepData } from '../../../../shared/checkin/steps'
import { localDate, localDateTime } from '../../../../shared/kernel/calendar'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { getRoom } from '../households/room-records'
import { checkinCandidates } from './candidates'
import { missingOf, type StepFacts } from './step-rules'
import { checkAttachments, checkReceipts, checkRoomStatus, trusteeshipPlanOf } from './step-checks'
import {
  loadCheckin,
  loadSteps,
  refuseClosed,
  stepWord,
  summaries,
  todayOf,
  wordList,
  type CheckinRow
} from './records'
import { readCheckinSettings } from './settings-store'
import { savedMeterKinds } from './trusteeship-queries'
import { checkinView, moveInNotices, partiesOf } from './view'

/**
 * 入住办理: start (one open per room, from 未交付 or 空置), save each step as a draft or complete,
 * pause and resume from the list of open ones, cancel with a reason. The finish is finish.ts.
 */

const openOf = (ctx: ServiceContext, roomId: number) =>
  ctx.db
    .select({ id: checkins.id, startedAt: checkins.startedAt, by: staff.displayName })
    .from(checkins)
    .innerJoin(staff, eq(staff.id, checkins.startedBy))
    .where(and(eq(checkins.roomId, roomId), eq(checkins.status, 'open')))
    .get()

function refuseOpen(ctx: ServiceContext, room: { id: number; code: string }): void {
  const open = openOf(ctx, room.id)
  if (open)
    throw new AppError(
      'CHECKIN_OPEN_EXISTS',
      { room: room.code, by: open.by, at: localDateTime(open.startedAt) },
      { checkinId: open.id }
    )
}

const start = handle(api.checkin.start, {
  run(ctx, input) {
    const room = getRoom(ctx.db, input.roomId)
    checkRoomStatus(room)
    refuseOpen(ctx, room)
    const at = ctx.now().toISOString()
    const by = ctx.requireSession().staffId
    let id: number
    try {
      id = ctx.db
        .insert(checkins)
        .values({ roomId: room.id, status: 'open', startedAt: at, startedBy: by, lastSavedAt: at })
        .returning({ id: checkins.id })
        .get().id
    } catch (error) {
      // The partial unique index is the last word when two counters start the same room at once.
      refuseOpen(ctx, room)
      throw error
    }
    ctx.audit({
      roomId: room.id,
      entityType: 'checkin',
      entityId: id,
      summaryKey: 'audit.checkinStart',
      summaryParams: { room: room.code }
    })
    return checkinView(ctx, id)
  }
})

const get = handle(api.checkin.get, { run: (ctx, input) => checkinView(ctx, input.checkinId) })
const open = handle(api.checkin.open, { run: (ctx) => summaries(ctx.db, { status: 'open', limit: 2000 }) })
const list = handle(api.checkin.list, { run: (ctx, input) => summaries(ctx.db, { ...input, newestFirst: true }) })
const notices = handle(api.checkin.notices, { run: (ctx, input) => moveInNotices(ctx, input.roomIds) })

const candidates = handle(api.checkin.candidates, { run: (ctx, input) => checkinCandidates(ctx, input) })

export function stepFacts(ctx: ServiceContext, row: CheckinRow): StepFacts {
  return {
    today: todayOf(ctx),
    settings: readCheckinSettings(ctx.db),
    parties: partiesOf(ctx.db, row.roomId),
    checkinCase: row.case,
    trusteeship: { checkinStartedOn: localDate(row.startedAt), meterKinds: savedMeterKinds(ctx.db, row.id) }
  }
}

/** Refuses a step that lacks something, naming the step and what is missing in the clerk's language. */
export function refuseIncomplete(ctx: ServiceContext, row: CheckinRow, step: CheckinStep, data: unknown): void {
  const missing = missingOf(step, data as StepData[typeof step], stepFacts(ctx, row))
  if (missing.length > 0)
    throw new AppError('CHECKIN_STEP_INCOMPLETE', { step: stepWord(step), missing: wordList(ctx, missing) }, { step })
}

const saveStep = handle(api.checkin.saveStep, {
  run(ctx, input) {
    const row = loadCheckin(ctx.db, input.checkinId)
    refuseClosed(row)
    const room = getRoom(ctx.db, row.roomId)
    const { step, data } = input.save
    // The case the clerk chose decides what registration checks, so it is the check-in's own.
    const current = step === 'identity' ? { ...row, case: data.case } : row
    if (step === 'fees') {
      const trusteeship = loadSteps(ctx.db, [row.id]).get(row.id)?.get('trusteeship')?.data
      checkReceipts(ctx, row, room.code, data.receiptIds, trusteeshipPlanOf(trusteeship as StepData['trusteeship']))
    }
    checkAttachments(ctx, row.roomId, step, data)
    if (input.complete) refuseIncomplete(ctx, current, step, data)
    const at = ctx.now().toISOString()
    const values = {
      data: JSON.stringify(data),
      complete: input.complete,
      savedAt: at,
      savedBy: ctx.requireSession().staffId
    }
    ctx.db
      .insert(checkinSteps)
      .values({ checkinId: row.id, step, ...values })
      .onConflictDoUpdate({ target: [checkinSteps.checkinId, checkinSteps.step], set: values })
      .run()
    ctx.db.update(checkins).set({ lastSavedAt: at, case: current.case }).where(eq(checkins.id, row.id)).run()
    if (input.complete)
      ctx.audit({
        roomId: row.roomId,
        entityType: 'checkin',
        entityId: row.id,
        summaryKey: 'audit.checkinStep',
        summaryParams: { room: room.code, step: stepWord(step) }
      })
    return checkinView(ctx, row.id)
  }
})

const cancel = handle(api.checkin.cancel, {
  run(ctx, input) {
    const row = loadCheckin(ctx.db, input.checkinId)
    refuseClosed(row)
    const room = getRoom(ctx.db, row.roomId)
    const at = ctx.now().toISOString()
    ctx.db
      .update(checkins)
      .set({ status: 'cancelled', cancelReason: input.reason, lastSavedAt: at })
      .where(eq(checkins.id, row.id))
      .run()
    ctx.audit({
      roomId: row.roomId,
      entityType: 'checkin',
      entityId: row.id,
      summaryKey: 'audit.checkinCancel',
      summaryParams: { room: room.code, reason: input.reason }
    })
    return checkinView(ctx, row.id)
  }
})

export const procedureHandlers = [candidates, start, get, open, list, notices, saveStep, cancel]
