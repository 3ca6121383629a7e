import { and, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm'
import { papers, releaseSlips, staff } from '../../../../db/schema'
import { maskPhone } from '../../../../shared/domain/mask'
import { addDays, localDate } from '../../../../shared/kernel/calendar'
import type { ReleaseItem, ReleaseSummary, ReleaseView } from '../../../../shared/permits/releases-api'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { getRoom, mayRevealPersonal } from '../households/permit-room'
import { paperViews, registerEventsOf, type PaperRow } from './papers'

/**
 * Release slips as the desk reads them: the slip row (never changed) with its one paper and that
 * paper's standing. Used when and by whom comes from the paper's 'used' event, as the gate sees it.
 */

export type ReleaseRow = typeof releaseSlips.$inferSelect

export function loadRelease(ctx: ServiceContext, releaseId: number): ReleaseRow {
  const row = ctx.db.select().from(releaseSlips).where(eq(releaseSlips.id, releaseId)).get()
  if (!row) throw new AppError('NOT_FOUND', {}, { entity: 'release', id: releaseId })
  return row
}

export function slipPaperOf(ctx: ServiceContext, releaseId: number): PaperRow {
  const paper = ctx.db
    .select()
    .from(papers)
    .where(and(eq(papers.releaseId, releaseId), eq(papers.kind, 'slip')))
    .get()
  if (!paper) throw new RangeError(`release ${releaseId} has no paper`)
  return paper
}

export const itemsOf = (row: ReleaseRow) => JSON.parse(row.items) as ReleaseItem[]

export const itemsText = (items: readonly ReleaseItem[]) => items.map((i) => `${i.name}×${i.quantity}`).join('、')

/** The summaries of these slips, in the order of `rows`. */
export function releaseSummaries(ctx: ServiceContext, rows: readonly ReleaseRow[]): ReleaseSummary[] {
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const paperRows = ctx.db
    .select()
    .from(papers)
    .where(and(inArray(papers.releaseId, ids), eq(papers.kind, 'slip')))
    .all()
  const views = new Map(paperViews(ctx, paperRows).map((v, i) => [paperRows[i]!.releaseId, v]))
  const used = new Map(
    registerEventsOf(
      ctx.db,
      paperRows.map((p) => p.id)
    )
      .filter((e) => e.kind === 'used')
      .map((e) => [e.number, e])
  )
  const creators = new Map(
    ctx.db
      .select({ id: staff.id, name: staff.displayName })
      .from(staff)
      .where(inArray(staff.id, [...new Set(rows.map((r) => r.createdBy))]))
      .all()
      .map((s) => [s.id, s.name])
  )
  const rooms = new Map<number, string>()
  return rows.map((row) => {
    const paper = views.get(row.id)
    if (!paper) throw new RangeError(`release ${row.id} has no paper`)
    if (!rooms.has(row.roomId)) rooms.set(row.roomId, getRoom(ctx.db, row.roomId).code)
    const usedEvent = used.get(paper.number)
    return {
      id: row.id,
      number: paper.number,
      roomId: row.roomId,
      roomCode: rooms.get(row.roomId) ?? '',
      applicantKind: row.applicantKind,
      applicantName: row.applicantName,
      itemsText: itemsText(itemsOf(row)),
      plate: row.plate,
      validOn: row.validOn,
      paper,
      usedAt: usedEvent?.at ?? null,
      usedBy: usedEvent?.by ?? null,
      createdAt: row.createdAt,
      createdBy: creators.get(row.createdBy) ?? ''
    }
  })
}

export function releaseView(ctx: ServiceContext, releaseId: number): ReleaseView {
  const row = loadRelease(ctx, releaseId)
  const [summary] = releaseSummaries(ctx, [row])
  if (!summary) throw new RangeError(`release ${releaseId}`)
  const reveal = mayRevealPersonal(ctx)
  return {
    ...summary,
    applicantPersonId: row.applicantPersonId,
    applicantPhone: reveal || row.applicantPhone === '' ? row.applicantPhone : maskPhone(row.applicantPhone),
    items: itemsOf(row),
    consent: row.consentKind
      ? {
          kind: row.consentKind,
          ownerName: row.consentOwnerName ?? '',
          calledAt: row.consentCalledAt,
          calledBy: row.consentCalledBy ?? '',
          attachmentId: row.consentAttachmentId,
          note: row.consentNote ?? ''
        }
      : null,
    remarks: row.remarks
  }
}

/**
 * Slips issued on a local date (created_at is a UTC instant): the rows of the UTC days around it,
 * kept when their local date matches, so the counter's day is meant whatever the time zone.
 */
export function releaseRows(
  ctx: ServiceContext,
  filter: { date?: string; roomId?: number; limit: number }
): ReleaseRow[] {
  const where: SQL[] = []
  if (filter.roomId !== undefined) where.push(eq(releaseSlips.roomId, filter.roomId))
  const date = filter.date
  if (date !== undefined) {
    where.push(gte(releaseSlips.createdAt, `${addDays(date, -1)}T00:00:00`))
    where.push(lt(releaseSlips.createdAt, `${addDays(date, 2)}T00:00:00`))
  }
  const rows = ctx.db
    .select()
    .from(releaseSlips)
    .where(where.length > 0 ? and(...where) : undefined)
    .orderBy(desc(releaseSlips.id))
    .all()
  return rows.filter((r) => date === undefined || localDate(r.createdAt) === date).slice(0, filter.limit)
}
