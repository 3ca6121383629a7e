import { eq } from 'drizzle-orm'
import { renovations } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import { message } from '../../../../shared/messages'
import { formatFen } from '../../../../shared/domain/money'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { chargeOneOff, settledBy } from '../fees/renovation-fees'
import { markDocumentsOnFile } from '../households/permit-room'
import { fieldError } from './renovation-rules'
import { addRenovationEvent, loadRenovation, requireStatus } from './renovation-records'
import { renovationView } from './renovation-view'
import { readPermitSettings } from './settings-store'

/**
 * The steps before the permit: the plan's review (工程部), the two documents signed on paper, the
 * garbage fee and deposit put on the room; and, at any time before the permit, the cancellation.
 * A note may be added whatever the status.
 */

const BEFORE_PERMIT = ['applied', 'approved', 'rejected'] as const

const audit = (
  ctx: ServiceContext,
  roomId: number,
  id: number,
  summaryKey: Parameters<ServiceContext['audit']>[0]['summaryKey'],
  summaryParams: Record<string, string | number>
) => ctx.audit({ roomId, entityType: 'renovation', entityId: id, summaryKey, summaryParams })

const review = handle(api.renovations.review, {
  run(ctx, input) {
    const row = loadRenovation(ctx, input.renovationId)
    requireStatus(ctx, row, ['applied', 'rejected'], 'renovations.action.review')
    const passed = input.result === 'pass'
    ctx.db
      .update(renovations)
      .set({
        status: passed ? 'approved' : 'rejected',
        reviewResult: input.result,
        reviewer: input.reviewer,
        reviewRemarks: input.remarks,
        reviewedAt: ctx.now().toISOString(),
        reviewedBy: ctx.requireSession().staffId
      })
      .where(eq(renovations.id, row.id))
      .run()
    addRenovationEvent(ctx, row.id, 'reviewed', input.remarks, { result: input.result, reviewer: input.reviewer })
    audit(ctx, row.roomId, row.id, passed ? 'audit.renovationReviewPassed' : 'audit.renovationReviewFailed', {
      number: row.number,
      reviewer: input.reviewer,
      remarks: input.remarks
    })
    return renovationView(ctx, row.id)
  }
})

/** The household checklist's entry each signed document marks as on file. */
const CHECKLIST_KEY = { agreement: 'renovationAgreement', safetyLetter: 'safetyLetter' } as const

const sign = handle(api.renovations.sign, {
  run(ctx, input) {
    const row = loadRenovation(ctx, input.renovationId)
    requireStatus(ctx, row, BEFORE_PERMIT, 'renovations.action.sign')
    const at = ctx.now().toISOString()
    const set =
      input.document === 'agreement'
        ? { agreementSignedAt: at, agreementSignedBy: input.signedBy }
        : { safetyLetterSignedAt: at, safetyLetterSignedBy: input.signedBy }
    ctx.db.update(renovations).set(set).where(eq(renovations.id, row.id)).run()
    markDocumentsOnFile(ctx, row.roomId, [CHECKLIST_KEY[input.document]])
    addRenovationEvent(ctx, row.id, 'signed', '', { document: input.document, signedBy: input.signedBy })
    audit(ctx, row.roomId, row.id, 'audit.renovationSigned', {
      number: row.number,
      document: `permits.renovation.document.${input.document}`,
      signedBy: input.signedBy
    })
    return renovationView(ctx, row.id)
  }
})

const charge = handle(api.renovations.charge, {
  run(ctx, input) {
    const row = loadRenovation(ctx, input.renovationId)
    requireStatus(ctx, row, BEFORE_PERMIT, 'renovations.action.charge')
    const settings = readPermitSettings(ctx.db)
    if (settings.garbageItemId === null || settings.depositItemId === null) throw new AppError('PERMIT_FEE_ITEM_UNSET')
    // A receivable charged before stays the renovation's: only what is missing is charged.
    const garbage = row.garbageReceivableId === null ? null : settledBy(ctx.db, row.garbageReceivableId)
    const deposit = row.depositReceivableId === null ? null : settledBy(ctx.db, row.depositReceivableId)
    if (garbage && deposit)
      throw fieldError(ctx, 'renovationId', 'permits.renovation.field.alreadyCharged', {
        items: [garbage.itemName, deposit.itemName].join('、')
      })
    const note = message(ctx.locale, 'permits.renovation.chargeNote', { number: row.number })
    const charged = (itemId: number) => chargeOneOff(ctx, { roomId: row.roomId, itemId, note })
    const newGarbage = garbage ? null : charged(settings.garbageItemId)
    const newDeposit = deposit ? null : charged(settings.depositItemId)
    ctx.db
      .update(renovations)
      .set({
        garbageReceivableId: newGarbage?.receivableId ?? row.garbageReceivableId,
        depositReceivableId: newDeposit?.receivableId ?? row.depositReceivableId
      })
      .where(eq(renovations.id, row.id))
      .run()
    const garbageFen = newGarbage?.amountFen ?? garbage?.amountFen ?? 0
    const depositFen = newDeposit?.amountFen ?? deposit?.amountFen ?? 0
    addRenovationEvent(ctx, row.id, 'charged', '', { garbageFen, depositFen })
    audit(ctx, row.roomId, row.id, 'audit.renovationCharged', {
      number: row.number,
      garbage: formatFen(garbageFen),
      deposit: formatFen(depositFen)
    })
    return renovationView(ctx, row.id)
  }
})

const cancel = handle(api.renovations.cancel, {
  run(ctx, input) {
    const row = loadRenovation(ctx, input.renovationId)
    requireStatus(ctx, row, BEFORE_PERMIT, 'renovations.action.cancel')
    ctx.db.update(renovations).set({ status: 'cancelled' }).where(eq(renovations.id, row.id)).run()
    addRenovationEvent(ctx, row.id, 'cancelled', input.reason)
    audit(ctx, row.roomId, row.id, 'audit.renovationCancelled', { number: row.number, reason: input.reason })
    return renovationView(ctx, row.id)
  }
})

const note = handle(api.renovations.note, {
  run(ctx, input) {
    const row = loadRenovation(ctx, input.renovationId)
    addRenovationEvent(ctx, row.id, 'noted', input.text)
    audit(ctx, row.roomId, row.id, 'audit.renovationNoted', { number: row.number, text: input.text })
    return renovationView(ctx, row.id)
  }
})

export const stepHandlers = [review, sign, charge, cancel, note]
