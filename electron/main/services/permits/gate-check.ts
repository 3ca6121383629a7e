import { and, desc, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../../../db/open'
import { contractors, gateChecks, papers, releaseSlips, renovations, renovationWorkers } from '../../../../db/schema'
import { localDate } from '../../../../shared/kernel/calendar'
import type { GateResult } from '../../../../shared/permits/gate-api'
import { checkCodeHash, type GateInput } from '../../../../shared/permits/paper-code'
import { gateVerdict, type RegisterPaper, type Verdict } from '../../../../shared/permits/gate-verdict'
import type { ServiceContext } from '../../core/context'
import { getRoom } from '../households/permit-room'
import { publicKeys, registerEventsOf, type PaperRow } from './papers'
import { itemsOf } from './release-records'

/**
 * The desk's side of 放行核验: find the paper the input names, read its events (and for a pass
 * those of every edition of its permit) and let gate-verdict.ts decide, exactly as the gate page
 * decides offline from gate.register. Every check is logged, FORGED and UNKNOWN too.
 */

/** The paper a payload names (its number and edition) or a typed number names (its newest edition). */
export function paperOfInput(db: Db, input: GateInput): PaperRow | undefined {
  if (input.kind === 'unreadable') return undefined
  if (input.kind === 'typed')
    return db.select().from(papers).where(eq(papers.number, input.number)).orderBy(desc(papers.edition)).get()
  if (!input.parsed.ok) return undefined
  const { number, edition } = input.parsed.paper
  return db
    .select()
    .from(papers)
    .where(and(eq(papers.number, number), eq(papers.edition, edition)))
    .get()
}

/** The permit number of each renovation (every edition shares it). */
export function permitNumbersOf(db: Db, renovationIds: readonly number[]): Map<number, string> {
  if (renovationIds.length === 0) return new Map()
  const rows = db
    .select({ renovationId: papers.renovationId, number: papers.number })
    .from(papers)
    .where(and(eq(papers.kind, 'permit'), inArray(papers.renovationId, [...new Set(renovationIds)])))
    .all()
  return new Map(rows.map((r) => [r.renovationId!, r.number]))
}

export function registerPaperOf(row: PaperRow, permitNumber: string | null): RegisterPaper {
  return {
    kind: row.kind,
    number: row.number,
    edition: row.edition,
    validFrom: row.validFrom,
    validTo: row.validTo,
    hint: row.hint,
    checkHash: checkCodeHash(row.checkCode),
    permitNumber: row.kind === 'pass' ? permitNumber : null
  }
}

/** The verdict on `input` for the paper found (if any), on `today`. */
export function deskVerdict(db: Db, input: GateInput, paper: PaperRow | undefined, today: string): Verdict {
  const permitNumber =
    paper?.kind === 'pass' && paper.renovationId !== null
      ? (permitNumbersOf(db, [paper.renovationId]).get(paper.renovationId) ?? null)
      : null
  const permitIds =
    permitNumber === null
      ? []
      : db
          .select({ id: papers.id })
          .from(papers)
          .where(eq(papers.number, permitNumber))
          .all()
          .map((r) => r.id)
  return gateVerdict({
    input,
    paper: paper ? registerPaperOf(paper, permitNumber) : undefined,
    events: paper ? registerEventsOf(db, [paper.id]) : [],
    permitEvents: registerEventsOf(db, permitIds),
    keys: publicKeys(db),
    today
  })
}

type PaperDetails = Omit<GateResult, keyof Verdict | 'verdict' | 'offline' | 'checkedAt'>

const NO_PAPER: PaperDetails = {
  paperId: null,
  kind: null,
  number: null,
  edition: null,
  validFrom: null,
  validTo: null,
  holderName: '',
  roomCode: '',
  photoAttachmentId: null,
  contractorName: '',
  permitNumber: null,
  items: [],
  plate: ''
}

/** What the guard sees about the paper: the holder, the room, the renovation or the goods. */
function paperDetails(db: Db, paper: PaperRow): PaperDetails {
  const details: PaperDetails = {
    ...NO_PAPER,
    paperId: paper.id,
    kind: paper.kind,
    number: paper.number,
    edition: paper.edition,
    validFrom: paper.validFrom,
    validTo: paper.validTo,
    roomCode: getRoom(db, paper.roomId).code
  }
  if (paper.renovationId !== null) {
    const renovation = db
      .select({ contractorName: contractors.name })
      .from(renovations)
      .innerJoin(contractors, eq(contractors.id, renovations.contractorId))
      .where(eq(renovations.id, paper.renovationId))
      .get()
    details.contractorName = renovation?.contractorName ?? ''
    details.holderName = details.contractorName
    details.permitNumber = permitNumbersOf(db, [paper.renovationId]).get(paper.renovationId) ?? null
  }
  if (paper.workerId !== null) {
    const worker = db.select().from(renovationWorkers).where(eq(renovationWorkers.id, paper.workerId)).get()
    details.holderName = worker?.name ?? ''
    details.photoAttachmentId = worker?.photoAttachmentId ?? null
  }
  if (paper.releaseId !== null) {
    const slip = db.select().from(releaseSlips).where(eq(releaseSlips.id, paper.releaseId)).get()
    if (slip) {
      details.holderName = slip.applicantName
      details.items = itemsOf(slip)
      details.plate = slip.plate
    }
  }
  return details
}

/** The result the guard sees; nothing of the paper for FORGED / UNKNOWN (a forger learns nothing). */
export function gateResult(
  ctx: ServiceContext,
  paper: PaperRow | undefined,
  verdict: Verdict,
  offlineAt: string | undefined
): GateResult {
  const hidden = !paper || verdict.verdict === 'forged' || verdict.verdict === 'unknown'
  return {
    ...verdict,
    ...(hidden ? NO_PAPER : paperDetails(ctx.db, paper)),
    offline: offlineAt !== undefined,
    checkedAt: offlineAt ?? ctx.now().toISOString()
  }
}

/** One desk check: decide, log, answer. */
export function checkAtDesk(ctx: ServiceContext, text: string, input: GateInput, offlineAt?: string): GateResult {
  const paper = paperOfInput(ctx.db, input)
  const verdict = deskVerdict(ctx.db, input, paper, localDate(ctx.now()))
  ctx.db
    .insert(gateChecks)
    .values({
      at: ctx.now().toISOString(),
      staffId: ctx.requireSession().staffId,
      input: text.slice(0, 400),
      verdict: verdict.verdict,
      paperId: paper?.id ?? null,
      offlineAt: offlineAt ?? null
    })
    .run()
  // The audit row names the check in words; a known paper's check lands on its room's timeline.
  const known = paper && verdict.verdict !== 'forged' && verdict.verdict !== 'unknown'
  ctx.audit({
    ...(known ? { roomId: paper.roomId, entityType: 'paper', entityId: paper.id } : {}),
    summaryKey: 'audit.gateChecked',
    summaryParams: { number: known ? paper.number : '—', verdict: `gate.verdict.${verdict.verdict}` }
  })
  return gateResult(ctx, paper, verdict, offlineAt)
}
