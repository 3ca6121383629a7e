import { and, eq, max, notInArray } from 'drizzle-orm'
import { renovations } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import type { ParsedInputOf } from '../../../../shared/kernel/procedure'
import type { ApplicantKind, RenovationStatus } from '../../../../shared/permits/renovation-types'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { documentOnFile, getRoom, poaCovers, relationsOf } from '../households/permit-room'
import { contractorFor } from './contractors'
import { attachUpload, checkDates, chosenWorks, fieldError, storeUploads, todayOf } from './renovation-rules'
import { addRenovationEvent } from './renovation-records'
import { renovationView } from './renovation-view'
import { readPermitSettings } from './settings-store'

/**
 * 装修申请: the applicant checked against the household (a current owner or co-owner, or an agent
 * whose power of attorney covers today, with the agent's ID copy and the power of attorney unless
 * the household file already holds them), the contractor found by licence, the works and dates
 * checked against the settings, one open renovation per room, the ZS number without gaps.
 */

type ApplyInput = ParsedInputOf<typeof api.renovations.apply>

/** Still under way: a new application for the room waits until this one is done. */
const DONE: RenovationStatus[] = ['closed', 'cancelled', 'inspected']

/** ZS2026-000012: the year and a six-digit sequence. */
export const renovationNumber = (year: number, sequence: number) => `ZS${year}-${String(sequence).padStart(6, '0')}`

interface Applicant {
  kind: ApplicantKind
  name: string
  poaTo: string | null
}

function verifiedApplicant(ctx: ServiceContext, roomId: number, personId: number): Applicant {
  const today = todayOf(ctx)
  const relations = relationsOf(ctx.db, roomId, personId, today)
  const owner = relations.find((r) => r.relation === 'owner' || r.relation === 'coowner')
  if (owner) return { kind: 'owner', name: owner.name, poaTo: null }
  const agent = relations.find((r) => poaCovers(r, today))
  if (agent) return { kind: 'agent', name: agent.name, poaTo: agent.poaTo }
  throw new AppError('APPLICANT_NOT_VERIFIED')
}

/** An agent brings the ID copy and the power of attorney, unless the household file has them on file. */
function requireAgentPapers(ctx: ServiceContext, input: ApplyInput): void {
  for (const [field, typeKey] of [
    ['agentIdCopy', 'agentIdCopy'],
    ['powerOfAttorney', 'powerOfAttorney']
  ] as const) {
    if (!input[field] && !documentOnFile(ctx.db, input.roomId, typeKey))
      throw fieldError(ctx, field, `permits.renovation.field.${field}`)
  }
}

function refuseOpenRenovation(ctx: ServiceContext, roomId: number): void {
  const open = ctx.db
    .select({ number: renovations.number })
    .from(renovations)
    .where(and(eq(renovations.roomId, roomId), notInArray(renovations.status, DONE)))
    .get()
  if (open) throw fieldError(ctx, 'roomId', 'permits.renovation.field.openRenovation', { number: open.number })
}

/** The local year's next number, inside the transaction: the highest sequence plus one. */
function nextNumber(ctx: ServiceContext): { year: number; sequence: number; number: string } {
  const year = Number(todayOf(ctx).slice(0, 4))
  const last = ctx.db
    .select({ last: max(renovations.sequence) })
    .from(renovations)
    .where(eq(renovations.year, year))
    .get()
  const sequence = (last?.last ?? 0) + 1
  return { year, sequence, number: renovationNumber(year, sequence) }
}

const apply = handle(api.renovations.apply, {
  // Scans are written before the transaction, named by their hash: a refusal leaves no row.
  prepare: (ctx, input) =>
    storeUploads(ctx, {
      agentIdCopy: input.agentIdCopy,
      powerOfAttorney: input.powerOfAttorney,
      qualification: input.qualification,
      approvalDoc: input.approvalDoc
    }),
  run(ctx, input, stored) {
    const settings = readPermitSettings(ctx.db)
    getRoom(ctx.db, input.roomId)
    const applicant = verifiedApplicant(ctx, input.roomId, input.applicantPersonId)
    if (applicant.kind === 'agent') requireAgentPapers(ctx, input)
    const works = chosenWorks(ctx, settings, input.works)
    checkDates(ctx, settings, input, true)
    refuseOpenRenovation(ctx, input.roomId)
    const contractorId = contractorFor(ctx, input.contractor)
    const attach = (field: keyof typeof stored, typeKey: string | null) =>
      attachUpload(ctx, input.roomId, typeKey, input[field], stored[field])
    if (applicant.kind === 'agent') {
      attach('agentIdCopy', 'agentIdCopy')
      attach('powerOfAttorney', 'powerOfAttorney')
    }
    const numbered = nextNumber(ctx)
    const session = ctx.requireSession()
    const row = ctx.db
      .insert(renovations)
      .values({
        ...numbered,
        roomId: input.roomId,
        applicantKind: applicant.kind,
        applicantPersonId: input.applicantPersonId,
        applicantName: applicant.name,
        poaTo: applicant.poaTo,
        contractorId,
        leader: input.contractor.leader,
        leaderPhone: input.contractor.phone,
        qualificationAttachmentId: attach('qualification', null),
        works: JSON.stringify(works),
        description: input.description,
        approvalDocNo: input.approvalDocNo,
        approvalAttachmentId: attach('approvalDoc', null),
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        status: 'applied',
        createdAt: ctx.now().toISOString(),
        createdBy: session.staffId
      })
      .returning({ id: renovations.id })
      .get()
    addRenovationEvent(ctx, row.id, 'applied', '', { works: works.map((w) => w.key) })
    ctx.audit({
      roomId: input.roomId,
      entityType: 'renovation',
      entityId: row.id,
      summaryKey: 'audit.renovationApplied',
      summaryParams: {
        number: numbered.number,
        applicant: applicant.name,
        contractor: input.contractor.name,
        startsOn: input.startsOn,
        endsOn: input.endsOn
      }
    })
    return renovationView(ctx, row.id)
  }
})

export const applyHandlers = [apply]
