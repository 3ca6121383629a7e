import { addDays } from '../../../../shared/kernel/calendar'
import { permitsContract } from '../../../../shared/permits/api'
import type { AnyHandler } from '../../core/handler'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import {
  getRoom,
  insertAttachment,
  ownedByCompany,
  relationsOf,
  writeAttachmentFile,
  type StoredFile
} from '../households/permit-room'
import { holderHint, issuePaper, paperViews, recordPaperEvent } from './papers'
import { itemsText, loadRelease, releaseRows, releaseSummaries, releaseView, slipPaperOf } from './release-records'
import { releaseSlips } from '../../../../db/schema'
import { fieldRefusal, todayAt } from './worker-records'
import type { ServiceContext } from '../../core/context'
import type { z } from 'zod'
import type { releaseInput } from '../../../../shared/permits/releases-api'

/**
 * 物品放行条: the applicant verified for the kind (owner, tenant with the owner's consent, a shop's
 * or company's representative), one FX paper valid on one day, revoked at the desk or used once at
 * the gate (gate.redeem). Every slip and revocation is an audit row on the room.
 */

const api = permitsContract.releases
const MAX_DAYS_AHEAD = 7

type ReleaseInput = z.output<typeof releaseInput>

/** Who applies, checked against the room today; the name printed on the slip. */
function verifiedApplicant(ctx: ServiceContext, input: ReleaseInput, roomType: string): string {
  const today = todayAt(ctx)
  const relations =
    input.applicantPersonId !== undefined ? relationsOf(ctx.db, input.roomId, input.applicantPersonId, today) : []
  if (input.applicantKind === 'owner') {
    const owner = relations.find((r) => r.relation === 'owner' || r.relation === 'coowner')
    if (!owner) throw new AppError('RELEASE_APPLICANT')
    return owner.name
  }
  if (input.applicantKind === 'tenant') {
    const tenant = relations.find((r) => r.relation === 'tenant')
    if (!tenant) throw new AppError('RELEASE_APPLICANT')
    if (!input.consent) throw new AppError('RELEASE_CONSENT_REQUIRED')
    if (input.consent.kind === 'phone' && input.consent.calledAt > ctx.now().toISOString())
      throw fieldRefusal(ctx, 'consent.calledAt', 'permits.gate.field.calledAtFuture')
    return tenant.name
  }
  if (roomType !== 'shop' && !ownedByCompany(ctx.db, input.roomId)) throw new AppError('RELEASE_APPLICANT')
  if (input.applicantName === '') throw fieldRefusal(ctx, 'applicantName', 'field.required')
  return input.applicantName
}

/** The day the slip is good for: today by default, never before, at most a week ahead. */
function validOnOf(ctx: ServiceContext, validOn: string | undefined): string {
  const today = todayAt(ctx)
  const day = validOn ?? today
  if (day < today) throw fieldRefusal(ctx, 'validOn', 'permits.gate.field.validOnPast')
  if (day > addDays(today, MAX_DAYS_AHEAD))
    throw fieldRefusal(ctx, 'validOn', 'permits.gate.field.validOnTooFar', { days: MAX_DAYS_AHEAD })
  return day
}

const list = handle(api.list, {
  run: (ctx, input) => releaseSummaries(ctx, releaseRows(ctx, input))
})

const get = handle(api.get, { run: (ctx, input) => releaseView(ctx, input.releaseId) })

const create = handle(api.create, {
  // A signed note's scan goes to disk before the transaction; a refused slip leaves only an unused file.
  async prepare(ctx, input): Promise<StoredFile | null> {
    if (input.consent?.kind !== 'note' || !input.consent.scan) return null
    return writeAttachmentFile(ctx, input.consent.scan.mime, input.consent.scan.dataBase64)
  },
  run(ctx, input, stored) {
    const room = getRoom(ctx.db, input.roomId)
    const applicantName = verifiedApplicant(ctx, input, room.type)
    const validOn = validOnOf(ctx, input.validOn)
    const consent = input.applicantKind === 'tenant' ? input.consent : undefined
    const scan =
      consent?.kind === 'note' && consent.scan && stored
        ? insertAttachment(
            ctx,
            { roomId: room.id, typeKey: null, fileName: consent.scan.fileName, mime: consent.scan.mime },
            stored
          )
        : null
    const session = ctx.requireSession()
    const slip = ctx.db
      .insert(releaseSlips)
      .values({
        roomId: room.id,
        applicantKind: input.applicantKind,
        applicantPersonId: input.applicantKind === 'company' ? null : (input.applicantPersonId ?? null),
        applicantName,
        applicantPhone: input.applicantPhone,
        items: JSON.stringify(input.items),
        plate: input.plate,
        validOn,
        consentKind: consent?.kind ?? null,
        consentOwnerName: consent?.ownerName ?? null,
        consentCalledAt: consent?.kind === 'phone' ? consent.calledAt : null,
        consentCalledBy: consent?.kind === 'phone' ? consent.calledBy : null,
        consentAttachmentId: scan?.id ?? null,
        consentNote: consent?.note ?? null,
        remarks: input.remarks,
        createdAt: ctx.now().toISOString(),
        createdBy: session.staffId,
        shiftId: session.shiftId
      })
      .returning({ id: releaseSlips.id })
      .get()
    const paper = issuePaper(ctx, {
      kind: 'slip',
      roomId: room.id,
      releaseId: slip.id,
      validFrom: validOn,
      validTo: validOn,
      hint: holderHint(applicantName, room.code)
    })
    ctx.audit({
      roomId: room.id,
      entityType: 'release',
      entityId: slip.id,
      summaryKey: 'audit.releaseIssued',
      summaryParams: { number: paper.number, name: applicantName, items: itemsText(input.items), validOn }
    })
    return releaseView(ctx, slip.id)
  }
})

const revoke = handle(api.revoke, {
  run(ctx, input) {
    const row = loadRelease(ctx, input.releaseId)
    const paper = slipPaperOf(ctx, row.id)
    const [view] = paperViews(ctx, [paper])
    // A slip already used, revoked or past its day has nothing left to withdraw.
    if (!view || !['valid', 'notYetValid'].includes(view.standing))
      throw new AppError('PAPER_STATE', { number: paper.number, standing: `papers.standing.${view?.standing}` })
    recordPaperEvent(ctx, paper.id, 'revoked', input.reason)
    ctx.audit({
      roomId: row.roomId,
      entityType: 'release',
      entityId: row.id,
      summaryKey: 'audit.releaseRevoked',
      summaryParams: { number: paper.number, reason: input.reason }
    })
    return releaseView(ctx, row.id)
  }
})

/** Handlers of goods-release slips. */
export const releaseHandlers: AnyHandler[] = [list, get, create, revoke]
