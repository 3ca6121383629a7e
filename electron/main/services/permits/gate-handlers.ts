import { desc, eq } from 'drizzle-orm'
import { gateChecks, papers, staff } from '../../../../db/schema'
import { localDate, localDateTime } from '../../../../shared/kernel/calendar'
import { permitsContract } from '../../../../shared/permits/api'
import { readGateInput } from '../../../../shared/permits/paper-code'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import type { AnyHandler } from '../../core/handler'
import { handle } from '../../core/handler'
import { checkAtDesk, deskVerdict, gateResult } from './gate-check'
import { gateRegister, permitAttention } from './gate-lists'
import { recordPaperEvent } from './papers'

/**
 * 放行核验: the desk's check (logged, whatever the verdict), the redemption of a release slip, the
 * register the gate page decides from offline, the recent checks and the 工作台's attention lists.
 */

const api = permitsContract.gate

const check = handle(api.check, {
  run: (ctx, input) => checkAtDesk(ctx, input.text, readGateInput(input.text), input.offlineAt)
})

/** A valid slip let out: used from now on. An offline confirmation counts on the day the gate decided. */
function redeemSlip(ctx: ServiceContext, paperId: number, offlineAt: string | undefined) {
  const paper = ctx.db.select().from(papers).where(eq(papers.id, paperId)).get()
  if (!paper) throw new AppError('NOT_FOUND', {}, { entity: 'paper', id: paperId })
  const input = readGateInput(paper.payload)
  const day = localDate(offlineAt ?? ctx.now())
  const verdict = deskVerdict(ctx.db, input, paper, day)
  if (verdict.verdict === 'used' && verdict.event)
    throw new AppError(
      'SLIP_ALREADY_USED',
      { at: localDateTime(verdict.event.at), by: verdict.event.by },
      { at: verdict.event.at, by: verdict.event.by }
    )
  if (paper.kind !== 'slip' || verdict.verdict !== 'valid')
    throw new AppError('PAPER_STATE', { number: paper.number, standing: `gate.verdict.${verdict.verdict}` })
  recordPaperEvent(ctx, paper.id, 'used', '', offlineAt ?? null)
  ctx.audit({
    roomId: paper.roomId,
    entityType: 'release',
    entityId: paper.releaseId ?? paper.id,
    summaryKey: 'audit.releaseRedeemed',
    summaryParams: { number: paper.number }
  })
  return gateResult(ctx, paper, deskVerdict(ctx.db, input, paper, day), offlineAt)
}

const redeem = handle(api.redeem, { run: (ctx, input) => redeemSlip(ctx, input.paperId, input.offlineAt) })

const register = handle(api.register, { run: (ctx) => gateRegister(ctx) })

const recent = handle(api.recent, {
  run(ctx, input) {
    return ctx.db
      .select({
        id: gateChecks.id,
        at: gateChecks.at,
        staffName: staff.displayName,
        input: gateChecks.input,
        verdict: gateChecks.verdict,
        number: papers.number,
        offlineAt: gateChecks.offlineAt
      })
      .from(gateChecks)
      .innerJoin(staff, eq(staff.id, gateChecks.staffId))
      .leftJoin(papers, eq(papers.id, gateChecks.paperId))
      .orderBy(desc(gateChecks.id))
      .limit(input.limit)
      .all()
      .map(({ offlineAt, number, ...row }) => ({
        ...row,
        // A forged input names no paper the guard may learn of.
        number: row.verdict === 'forged' || row.verdict === 'unknown' ? null : number,
        offline: offlineAt !== null
      }))
  }
})

const attention = handle(api.attention, { run: (ctx) => permitAttention(ctx) })

/** Handlers of the gate check, its register and the attention lists. */
export const gateHandlers: AnyHandler[] = [check, redeem, register, recent, attention]
