import { eq } from 'drizzle-orm'
import { papers } from '../../../../db/schema'
import { permitsContract } from '../../../../shared/permits/api'
import { roleAllowed, SUPERVISORS } from '../../../../shared/kernel/roles'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { paperViews, recordPaperEvent } from './papers'
import { loadRenovation } from './renovation-records'
import { renovationView } from './renovation-view'
import { fieldRefusal, recordStep } from './worker-records'

/**
 * A permit edition or a pass revoked (作废), returned (收回) or reported lost (挂失). The paper row
 * never changes: the event goes to paper_events, the list the gate reads, so a revoked or lost
 * paper reads REVOKED at the gate from then on. A paper that already ended takes no second end.
 * Release slips are not handled here (releases.*).
 */

const api = permitsContract.renovations
const ENDED = new Set(['revoked', 'returned', 'lost'])

const paperEvent = handle(api.paperEvent, {
  run(ctx, input) {
    const paper = ctx.db.select().from(papers).where(eq(papers.id, input.paperId)).get()
    if (!paper) throw new AppError('NOT_FOUND', {}, { entity: 'paper', id: input.paperId })
    if (paper.kind === 'slip' || paper.renovationId === null)
      throw fieldRefusal(ctx, 'paperId', 'permits.worker.field.notRenovationPaper')
    // Withdrawing a permit is a supervisor's decision (renovations.revoke); the counter records the rest.
    const role = ctx.requireSession().role
    if (paper.kind === 'permit' && input.event === 'revoked' && !roleAllowed(role, SUPERVISORS))
      throw new AppError('FORBIDDEN', { role: `role.${role}` })
    const row = loadRenovation(ctx, paper.renovationId)
    const [view] = paperViews(ctx, [paper])
    if (view && ENDED.has(view.standing))
      throw new AppError('PAPER_STATE', { number: paper.number, standing: `papers.standing.${view.standing}` })
    recordPaperEvent(ctx, paper.id, input.event, input.note)
    recordStep(ctx, row, {
      kind: 'paperEvent',
      note: input.note,
      details: {
        paperId: paper.id,
        number: paper.number,
        edition: paper.edition,
        kind: paper.kind,
        event: input.event
      },
      summaryKey: 'audit.renovationPaperEvent',
      summaryParams: {
        paper: paper.number,
        kind: `papers.kind.${paper.kind}`,
        event: `papers.standing.${input.event}`
      }
    })
    return renovationView(ctx, row.id)
  }
})

export const paperHandlers = [paperEvent]
