import { and, eq } from 'drizzle-orm'
import { renovationWorkers } from '../../../../db/schema'
import { normalizeIdNumber, validateResidentId } from '../../../../shared/domain/id-card'
import { reasonKey } from '../../../../shared/kernel/i18n'
import { permitsContract } from '../../../../shared/permits/api'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { getRoom, insertAttachment, writeAttachmentFile, type StoredFile } from '../households/permit-room'
import { holderHint, isOut, issuePaper, paperViews } from './papers'
import { loadRenovation, requireStatus } from './renovation-records'
import { renovationView } from './renovation-view'
import { fieldRefusal, loadWorker, passRows, permitRows, recordStep, todayAt } from './worker-records'

/**
 * 施工人员登记 and 临时出入证. A worker is registered once per renovation (the row never changes);
 * passes need a permit in force, so both steps ask for a renovation that has one (a suspended
 * renovation still registers workers, a pass waits until works resume).
 */

const api = permitsContract.renovations
const PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp'])

/** The ID number as stored: a resident ID checked and normalized, any other document at least 5 characters. */
function checkedIdNumber(ctx: ServiceContext, idType: string, idNumber: string): string {
  if (idType === 'resident') {
    const checked = validateResidentId(idNumber, todayAt(ctx))
    if (!checked.ok) throw fieldRefusal(ctx, 'idNumber', reasonKey('field.id', checked.reason))
    return checked.id
  }
  const normalized = normalizeIdNumber(idNumber)
  if (normalized.length < 5) throw fieldRefusal(ctx, 'idNumber', 'field.invalid')
  return normalized
}

const addWorker = handle(api.addWorker, {
  // The photo's bytes go to disk before the transaction; a refused step leaves only an unused file.
  async prepare(ctx, input): Promise<StoredFile | null> {
    if (!input.photo) return null
    if (!PHOTO_TYPES.has(input.photo.mime)) throw fieldRefusal(ctx, 'photo', 'permits.worker.field.photoType')
    return writeAttachmentFile(ctx, input.photo.mime, input.photo.dataBase64)
  },
  run(ctx, input, stored) {
    const row = loadRenovation(ctx, input.renovationId)
    requireStatus(ctx, row, ['active', 'suspended'], 'renovations.action.addWorker')
    const idNumber = checkedIdNumber(ctx, input.idType, input.idNumber)
    const twice = ctx.db
      .select({ id: renovationWorkers.id })
      .from(renovationWorkers)
      .where(and(eq(renovationWorkers.renovationId, row.id), eq(renovationWorkers.idNumber, idNumber)))
      .get()
    if (twice) throw fieldRefusal(ctx, 'idNumber', 'permits.worker.field.idTaken')
    const photo =
      stored && input.photo
        ? insertAttachment(
            ctx,
            { roomId: row.roomId, typeKey: null, fileName: input.photo.fileName, mime: input.photo.mime },
            stored
          )
        : null
    const worker = ctx.db
      .insert(renovationWorkers)
      .values({
        renovationId: row.id,
        name: input.name,
        idType: input.idType,
        idNumber,
        phone: input.phone,
        trade: input.trade,
        photoAttachmentId: photo?.id ?? null,
        addedAt: ctx.now().toISOString(),
        addedBy: ctx.requireSession().staffId
      })
      .returning({ id: renovationWorkers.id })
      .get()
    recordStep(ctx, row, {
      kind: 'workerAdded',
      details: { workerId: worker.id, name: input.name, trade: input.trade },
      summaryKey: 'audit.renovationWorkerAdded',
      summaryParams: { name: input.name, trade: input.trade }
    })
    return renovationView(ctx, row.id)
  }
})

const issuePass = handle(api.issuePass, {
  run(ctx, input) {
    const worker = loadWorker(ctx, input.workerId)
    const row = loadRenovation(ctx, worker.renovationId)
    requireStatus(ctx, row, ['active'], 'renovations.action.issuePass')
    const permit = permitRows(ctx, row.id)[0]
    if (!permit)
      throw new AppError('RENOVATION_STATE', {
        number: row.number,
        status: `renovations.status.${row.status}`,
        action: 'renovations.action.issuePass'
      })
    // A permit edition taken down (lost before its reissue, or withdrawn) lets no pass out.
    const [permitView] = paperViews(ctx, [permit])
    if (permitView && !isOut(permitView))
      throw new AppError('PAPER_STATE', { number: permit.number, standing: `papers.standing.${permitView.standing}` })
    const today = todayAt(ctx)
    if (permit.validTo < today)
      throw fieldRefusal(ctx, 'validTo', 'permits.worker.field.permitExpired', { validTo: permit.validTo })
    // A pass is never valid before the permit it depends on, nor beyond it.
    const validFrom = permit.validFrom > today ? permit.validFrom : today
    const validTo = input.validTo ?? permit.validTo
    if (validTo > permit.validTo)
      throw fieldRefusal(ctx, 'validTo', 'permits.worker.field.passBeyondPermit', { validTo: permit.validTo })
    if (validTo < validFrom) throw fieldRefusal(ctx, 'validTo', 'permits.worker.field.passTooEarly', { validFrom })
    const out = paperViews(ctx, passRows(ctx, row.id, worker.id)).find((p) => isOut(p) && p.standing !== 'expired')
    if (out) throw new AppError('PAPER_STATE', { number: out.number, standing: `papers.standing.${out.standing}` })
    const room = getRoom(ctx.db, row.roomId)
    const pass = issuePaper(ctx, {
      kind: 'pass',
      roomId: row.roomId,
      renovationId: row.id,
      workerId: worker.id,
      validFrom,
      validTo,
      hint: holderHint(worker.name, worker.idNumber.slice(-4), room.code)
    })
    recordStep(ctx, row, {
      kind: 'passIssued',
      details: { workerId: worker.id, paperId: pass.id, number: pass.number, validTo },
      summaryKey: 'audit.renovationPassIssued',
      summaryParams: { pass: pass.number, name: worker.name, validTo }
    })
    return renovationView(ctx, row.id)
  }
})

export const registerHandlers = [addWorker, issuePass]
