import { and, desc, eq } from 'drizzle-orm'
import { papers, renovationWorkers } from '../../../../db/schema'
import { localDate } from '../../../../shared/kernel/calendar'
import { message, type MessageKey, type MessageParams } from '../../../../shared/messages'
import type { RenovationEventKind } from '../../../../shared/permits/renovation-types'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { addRenovationEvent, type RenovationRow } from './renovation-records'
import type { PaperRow } from './papers'

/**
 * What the worker, pass, violation and completion steps share: the field refusal in the caller's
 * language, today at the desk, the renovation's papers, and the recording of a step — one
 * renovation_events row and one audit row on the room (the household timeline).
 */

export type WorkerRow = typeof renovationWorkers.$inferSelect

/** VALIDATION naming one field, in the caller's language. */
export function fieldRefusal(
  ctx: ServiceContext,
  field: string,
  key: MessageKey,
  params: MessageParams = {}
): AppError {
  return new AppError('VALIDATION', {}, { fields: { [field]: message(ctx.locale, key, params) } })
}

export const todayAt = (ctx: ServiceContext) => localDate(ctx.now())

export function loadWorker(ctx: ServiceContext, workerId: number): WorkerRow {
  const row = ctx.db.select().from(renovationWorkers).where(eq(renovationWorkers.id, workerId)).get()
  if (!row) throw new AppError('NOT_FOUND', {}, { entity: 'worker', id: workerId })
  return row
}

/** Every permit edition of the renovation, newest first (the first is the current one). */
export function permitRows(ctx: ServiceContext, renovationId: number): PaperRow[] {
  return ctx.db
    .select()
    .from(papers)
    .where(and(eq(papers.renovationId, renovationId), eq(papers.kind, 'permit')))
    .orderBy(desc(papers.edition), desc(papers.id))
    .all()
}

/** Every pass of the renovation (or of one worker), newest first. */
export function passRows(ctx: ServiceContext, renovationId: number, workerId?: number): PaperRow[] {
  const where = [eq(papers.renovationId, renovationId), eq(papers.kind, 'pass')]
  if (workerId !== undefined) where.push(eq(papers.workerId, workerId))
  return ctx.db
    .select()
    .from(papers)
    .where(and(...where))
    .orderBy(desc(papers.id))
    .all()
}

export interface StepRecord {
  kind: RenovationEventKind
  note?: string
  details?: Record<string, unknown> | null
  summaryKey: MessageKey
  summaryParams?: MessageParams
}

/** The step's event row and its audit row on the room. */
export function recordStep(ctx: ServiceContext, row: RenovationRow, step: StepRecord): void {
  addRenovationEvent(ctx, row.id, step.kind, step.note ?? '', step.details ?? null)
  ctx.audit({
    roomId: row.roomId,
    entityType: 'renovation',
    entityId: row.id,
    summaryKey: step.summaryKey,
    summaryParams: { number: row.number, ...step.summaryParams }
  })
}
