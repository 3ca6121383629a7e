import { and, asc, desc, eq, inArray, isNull, max, sql } from 'drizzle-orm'
import { pinyin } from 'pinyin-pro'
import type { Db } from '../../../../db/open'
import { paperEvents, papers, signingKeys, staff } from '../../../../db/schema'
import { localDate } from '../../../../shared/kernel/calendar'
import {
  checkCodeOf,
  paperNumber,
  parsePayload,
  sanitizeHint,
  newSigningKey,
  signPaper,
  type PaperKind,
  type PublicKeyEntry
} from '../../../../shared/permits/paper-code'
import { standingOf, type PaperEventKind, type RegisterEvent } from '../../../../shared/permits/gate-verdict'
import type { PaperView } from '../../../../shared/permits/renovation-types'
import type { ServiceContext } from '../../core/context'

/**
 * Papers (许可证, 出入证, 放行条): numbered without gaps per kind and local year, signed with the
 * desk's Ed25519 key, never changed after issue. What happens to a paper later is a paper_events
 * row; its standing is read from those rows (gate-verdict.ts standingOf), so the desk's lists and
 * the gate can never disagree. Every function here runs inside the caller's transaction.
 */

export type PaperRow = typeof papers.$inferSelect

/** The key that signs new papers: the newest not retired, made on first use. */
function activeKey(ctx: ServiceContext): { id: number; secretKey: string } {
  const row = ctx.db
    .select({ id: signingKeys.id, secretKey: signingKeys.secretKey })
    .from(signingKeys)
    .where(isNull(signingKeys.retiredAt))
    .orderBy(desc(signingKeys.id))
    .get()
  if (row) return row
  const pair = newSigningKey()
  const inserted = ctx.db
    .insert(signingKeys)
    .values({ publicKey: pair.publicKey, secretKey: pair.secretKey, createdAt: ctx.now().toISOString() })
    .returning({ id: signingKeys.id })
    .get()
  return { id: inserted.id, secretKey: pair.secretKey }
}

/** Every public key, retired ones too (they still verify what they signed). Never the secrets. */
export function publicKeys(db: Db): PublicKeyEntry[] {
  return db
    .select({ id: signingKeys.id, publicKey: signingKeys.publicKey })
    .from(signingKeys)
    .orderBy(asc(signingKeys.id))
    .all()
}

/** Pinyin initials of a name and what else identifies the holder, as the payload may carry it. */
export function holderHint(name: string, ...more: string[]): string {
  const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .replace(/\s+/g, '')
  return sanitizeHint([initials, ...more].join('-'))
}

export interface NewPaper {
  kind: PaperKind
  roomId: number
  renovationId?: number | null
  workerId?: number | null
  releaseId?: number | null
  validFrom: string
  validTo: string
  hint: string
  /** A new edition of an existing number (reissue, extension); a new number when absent. */
  editionOf?: string
}

function nextSequence(db: Db, kind: PaperKind, year: number): number {
  const row = db
    .select({ last: max(papers.sequence) })
    .from(papers)
    .where(and(eq(papers.kind, kind), eq(papers.year, year)))
    .get()
  return (row?.last ?? 0) + 1
}

/** Issues one paper: number (or next edition), signature, check code. Returns the row. */
export function issuePaper(ctx: ServiceContext, paper: NewPaper): PaperRow {
  const session = ctx.requireSession()
  const now = ctx.now()
  let number: string
  let edition = 1
  let year: number
  let sequence: number
  if (paper.editionOf) {
    const previous = ctx.db
      .select()
      .from(papers)
      .where(eq(papers.number, paper.editionOf))
      .orderBy(desc(papers.edition))
      .get()
    if (!previous) throw new RangeError(`no paper ${paper.editionOf}`)
    ;({ number, year, sequence } = previous)
    edition = previous.edition + 1
  } else {
    year = Number(localDate(now).slice(0, 4))
    sequence = nextSequence(ctx.db, paper.kind, year)
    number = paperNumber(paper.kind, year, sequence)
  }
  const key = activeKey(ctx)
  const fields = {
    kind: paper.kind,
    number,
    edition,
    validFrom: paper.validFrom,
    validTo: paper.validTo,
    hint: sanitizeHint(paper.hint),
    keyId: key.id
  }
  const payload = signPaper(fields, key.secretKey)
  const parsed = parsePayload(payload)
  if (!parsed.ok) throw new RangeError('a signed payload must parse')
  return ctx.db
    .insert(papers)
    .values({
      ...fields,
      year,
      sequence,
      roomId: paper.roomId,
      renovationId: paper.renovationId ?? null,
      workerId: paper.workerId ?? null,
      releaseId: paper.releaseId ?? null,
      payload,
      checkCode: checkCodeOf(parsed.paper.signature),
      issuedAt: now.toISOString(),
      issuedBy: session.staffId,
      shiftId: session.shiftId
    })
    .returning()
    .get()
}

/** Records what happened to a paper (revoked, returned, lost, suspended, resumed, used). */
export function recordPaperEvent(
  ctx: ServiceContext,
  paperId: number,
  kind: PaperEventKind,
  note = '',
  offlineAt: string | null = null
): void {
  const session = ctx.requireSession()
  ctx.db
    .insert(paperEvents)
    .values({
      paperId,
      kind,
      at: ctx.now().toISOString(),
      staffId: session.staffId,
      shiftId: session.shiftId,
      note,
      offlineAt
    })
    .run()
}

/** The events of these papers as the gate's register lists them, in id order. */
export function registerEventsOf(db: Db, paperIds: readonly number[] | 'all'): RegisterEvent[] {
  const query = db
    .select({
      id: paperEvents.id,
      number: papers.number,
      edition: papers.edition,
      kind: paperEvents.kind,
      at: sql<string>`coalesce(${paperEvents.offlineAt}, ${paperEvents.at})`,
      by: staff.displayName,
      note: paperEvents.note,
      paperId: paperEvents.paperId
    })
    .from(paperEvents)
    .innerJoin(papers, eq(papers.id, paperEvents.paperId))
    .innerJoin(staff, eq(staff.id, paperEvents.staffId))
  const rows =
    paperIds === 'all'
      ? query.orderBy(asc(paperEvents.id)).all()
      : paperIds.length === 0
        ? []
        : query
            .where(inArray(paperEvents.paperId, [...paperIds]))
            .orderBy(asc(paperEvents.id))
            .all()
  return rows.map(({ paperId: _paperId, ...event }) => event)
}

const STANDING_OF_EVENT: Record<Exclude<PaperEventKind, 'resumed'>, PaperView['standing']> = {
  suspended: 'suspended',
  revoked: 'revoked',
  returned: 'returned',
  lost: 'lost',
  used: 'used'
}

/** Papers as the desk shows them, with their standing today; in the order of `rows`. */
export function paperViews(ctx: ServiceContext, rows: readonly PaperRow[]): PaperView[] {
  if (rows.length === 0) return []
  const events = registerEventsOf(
    ctx.db,
    rows.map((r) => r.id)
  )
  const issuers = new Map(
    ctx.db
      .select({ id: staff.id, name: staff.displayName })
      .from(staff)
      .where(inArray(staff.id, [...new Set(rows.map((r) => r.issuedBy))]))
      .all()
      .map((s) => [s.id, s.name])
  )
  const today = localDate(ctx.now())
  return rows.map((row) => {
    const own = events.filter((e) => e.number === row.number && e.edition === row.edition)
    const standing = standingOf(own)
    const event = standing.ended ?? standing.suspended ?? standing.used
    const dated: PaperView['standing'] =
      today < row.validFrom ? 'notYetValid' : today > row.validTo ? 'expired' : 'valid'
    return {
      id: row.id,
      kind: row.kind,
      number: row.number,
      edition: row.edition,
      validFrom: row.validFrom,
      validTo: row.validTo,
      hint: row.hint,
      payload: row.payload,
      checkCode: row.checkCode,
      standing: event && event.kind !== 'resumed' ? STANDING_OF_EVENT[event.kind] : dated,
      standingAt: event?.at ?? null,
      standingNote: event?.note ?? '',
      issuedAt: row.issuedAt,
      issuedBy: issuers.get(row.issuedBy) ?? ''
    }
  })
}

/** Whether a paper is still out with its holder (not revoked, returned or lost). */
export const isOut = (paper: PaperView) => !['revoked', 'returned', 'lost', 'used'].includes(paper.standing)
