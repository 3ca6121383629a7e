import { api } from '../../../../shared/api'
import type { ServiceContext } from '../../core/context'
import { handle } from '../../core/handler'
import { prepared } from '../../core/statements'
import { listHandovers, pendingNoteIds, recordView } from './handover-records'

/** The handover records: the history's list and record, prints (original, then 副本), the 工作台's notes to read. */

const list = handle(api.handover.list, {
  run: (ctx, input) => listHandovers(ctx.store.sqlite, input)
})

const get = handle(api.handover.get, {
  run: (ctx, input) => recordView(ctx.store.sqlite, input.id)
})

const printed = handle(api.handover.printed, {
  run(ctx, input) {
    const sqlite = ctx.store.sqlite
    const view = recordView(sqlite, input.id)
    const copyNumber = view.prints + 1
    prepared(
      sqlite,
      `INSERT INTO handover_prints (handover_id, copy_number, printed_at, staff_id) VALUES (?, ?, ?, ?)`
    ).run(input.id, copyNumber, ctx.now().toISOString(), ctx.requireSession().staffId)
    ctx.audit({
      entityType: 'handover',
      entityId: input.id,
      summaryKey: 'audit.handoverPrinted',
      summaryParams: { number: view.number, copy: copyNumber }
    })
    return { copyNumber }
  }
})

function pending(ctx: ServiceContext) {
  const session = ctx.requireSession()
  return pendingNoteIds(ctx.store.sqlite, session.counterId, session.staffId, ctx.now())
}

const pendingNotes = handle(api.handover.pendingNotes, {
  run: (ctx) => pending(ctx).map((id) => recordView(ctx.store.sqlite, id))
})

const acknowledge = handle(api.handover.acknowledge, {
  run(ctx, input) {
    const sqlite = ctx.store.sqlite
    const view = recordView(sqlite, input.id)
    const staffId = ctx.requireSession().staffId
    const done = prepared(sqlite, `SELECT 1 FROM handover_acks WHERE handover_id = ? AND staff_id = ?`).get(
      input.id,
      staffId
    )
    if (!done) {
      prepared(sqlite, `INSERT INTO handover_acks (handover_id, staff_id, at) VALUES (?, ?, ?)`).run(
        input.id,
        staffId,
        ctx.now().toISOString()
      )
      ctx.audit({
        entityType: 'handover',
        entityId: input.id,
        summaryKey: 'audit.handoverAcknowledged',
        summaryParams: { number: view.number }
      })
    }
    return { acknowledged: true as const }
  }
})

export const historyHandlers = [list, get, printed, pendingNotes, acknowledge]
