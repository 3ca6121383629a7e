import { eq, inArray } from 'drizzle-orm'
import { checkins, workOrders } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import { CHECKIN_DOCUMENTS, CHECKIN_STEPS, type CheckinDocument } from '../../../../shared/checkin/rules'
import type { CheckinSettings } from '../../../../shared/checkin/settings'
import type { StepData } from '../../../../shared/checkin/steps'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { recordBaseReadings } from '../fees/move-in'
import { markDocumentsOnFile, setRoomStatus } from '../households/room-handover'
import { getRoom } from '../households/room-records'
import { createWorkOrders } from '../workorders/records'
import { startTrusteeship } from './trusteeship-records'
import {
  completedOf,
  loadCheckin,
  loadSteps,
  refuseClosed,
  stepWord,
  todayOf,
  wordList,
  type CheckinRow
} from './records'
import { readCheckinSettings } from './settings-store'
import { checkinView } from './view'
import { refuseIncomplete } from './handlers'
import { checkAttachments, checkReceipts, checkRoomStatus, trusteeshipPlanOf } from './step-checks'

/**
 * 办结: in one transaction the room becomes 已入住 (or 托管), the household file marks what was
 * verified and signed, each defect becomes a work order, the handover readings become the room's
 * first readings, a trusteeship starts when wanted, and the timeline gets one row saying it all.
 */

/** Papers every finished check-in leaves in the household file, besides the documents shown. */
const FORMS = ['registrationForm', 'inspectionForm', 'keySignOff']

function filedTypeKeys(steps: StepData, settings: CheckinSettings): string[] {
  const verified = steps.identity.documents
    .filter((d) => d.verified)
    .map((d) => CHECKIN_DOCUMENTS[d.key as CheckinDocument].typeKey)
  const signed = new Set(steps.agreements.signed.map((s) => s.key))
  const agreements = settings.agreements.filter((a) => signed.has(a.key) && a.typeKey !== '').map((a) => a.typeKey)
  return [...verified, ...FORMS, ...agreements]
}

function completeSteps(ctx: ServiceContext, row: CheckinRow): StepData {
  const saved = loadSteps(ctx.db, [row.id]).get(row.id)
  const done = completedOf(saved)
  const open = CHECKIN_STEPS.filter((s) => !done.includes(s))
  if (open.length > 0)
    throw new AppError('CHECKIN_NOT_COMPLETE', { steps: wordList(ctx, open.map(stepWord)) }, { steps: open })
  // A step completed days ago is checked again as things stand now (a power of attorney ran out).
  for (const step of CHECKIN_STEPS) refuseIncomplete(ctx, row, step, saved!.get(step)!.data)
  const steps = Object.fromEntries(CHECKIN_STEPS.map((s) => [s, saved!.get(s)!.data])) as StepData
  for (const step of CHECKIN_STEPS) checkAttachments(ctx, row.roomId, step, steps[step])
  return steps
}

function makeWorkOrders(ctx: ServiceContext, row: CheckinRow, steps: StepData, settings: CheckinSettings): string[] {
  const defects = steps.inspection.lines.filter((l) => l.result === 'defect')
  if (defects.length === 0) return []
  const ids = createWorkOrders(
    ctx,
    defects.map((d) => ({
      roomId: row.roomId,
      source: 'checkin' as const,
      checkinId: row.id,
      location: `${d.area} ${d.item}`,
      category: d.category,
      description: d.description,
      attachmentId: d.attachmentId,
      route: settings.defectRoute
    }))
  )
  return ctx.db
    .select({ number: workOrders.number })
    .from(workOrders)
    .where(inArray(workOrders.id, ids))
    .orderBy(workOrders.id)
    .all()
    .map((o) => o.number)
}

const finish = handle(api.checkin.finish, {
  run(ctx, input) {
    const row = loadCheckin(ctx.db, input.checkinId)
    refuseClosed(row)
    const steps = completeSteps(ctx, row)
    const settings = readCheckinSettings(ctx.db)
    const room = getRoom(ctx.db, row.roomId)
    checkRoomStatus(room)
    checkReceipts(ctx, row, room.code, steps.fees.receiptIds, trusteeshipPlanOf(steps.trusteeship))
    const today = todayOf(ctx)
    const outcome = steps.trusteeship.wanted ? 'trusteeship' : 'occupied'
    setRoomStatus(ctx.db, room.id, outcome)
    const filed = markDocumentsOnFile(ctx, room.id, filedTypeKeys(steps, settings))
    const orders = makeWorkOrders(ctx, row, steps, settings)
    const readings = steps.meters.readings.map((r) => ({ kind: r.kind, readingCenti: r.reading }))
    recordBaseReadings(ctx, { ...room, status: outcome }, readings, today)
    if (steps.trusteeship.wanted)
      startTrusteeship(ctx, {
        roomId: room.id,
        checkinId: row.id,
        agreementSignedOn: steps.trusteeship.agreementSignedOn!,
        startedOn: steps.trusteeship.from!,
        plannedTo: steps.trusteeship.to,
        notes: steps.trusteeship.notes,
        readings
      })
    const at = ctx.now().toISOString()
    ctx.db
      .update(checkins)
      .set({ status: 'done', outcome, finishedAt: at, finishedBy: ctx.requireSession().staffId, lastSavedAt: at })
      .where(eq(checkins.id, row.id))
      .run()
    const none = 'audit.checkin.none'
    ctx.audit({
      roomId: room.id,
      entityType: 'checkin',
      entityId: row.id,
      summaryKey: 'audit.checkinFinish',
      summaryParams: {
        room: room.code,
        case: `audit.checkin.case.${steps.identity.case}`,
        documents: filed.length > 0 ? wordList(ctx, filed) : none,
        defects: orders.length,
        orders: orders.length > 0 ? wordList(ctx, orders) : none,
        outcome: `status.${outcome}`
      }
    })
    return checkinView(ctx, row.id)
  }
})

export const finishHandlers = [finish]
