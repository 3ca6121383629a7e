import { api } from '../../../../shared/api'
import { reasonKey } from '../../../../shared/kernel/i18n'
import { message } from '../../../../shared/messages'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { createComplaint } from './complaint-create'
import { complaintList, complaintView } from './complaint-records'
import { complaintFor, handling, recordStep } from './complaint-steps'

/**
 * 投诉's procedures: open → handling (escalated, a note, a plan, an answer) → resolved (the result,
 * or found invalid) → closed (the result told to the customer) → visited. Each step is an event
 * row and an audit row; the deadlines are computed from the facts on every read.
 */

const list = handle(api.complaints.list, { run: (ctx, input) => complaintList(ctx, input) })

const get = handle(api.complaints.get, { run: (ctx, input) => complaintView(ctx, input.complaintId) })

const create = handle(api.complaints.create, { run: (ctx, input) => createComplaint(ctx, input) })

const escalate = handle(api.complaints.escalate, {
  run(ctx, input) {
    const row = complaintFor(ctx, input.complaintId, 'escalate')
    // The first report is the one the deadline asks for; a later one names the new person.
    return recordStep(ctx, row, {
      events: [{ kind: 'escalated', note: input.note, details: { to: input.to } }],
      set: { ...handling(row), escalatedTo: input.to, escalatedAt: row.escalatedAt ?? ctx.now().toISOString() },
      summaryKey: 'audit.complaintEscalated',
      summaryParams: { to: input.to }
    })
  }
})

const note = handle(api.complaints.note, {
  run(ctx, input) {
    const row = complaintFor(ctx, input.complaintId, 'note')
    return recordStep(ctx, row, {
      events: [{ kind: 'noted', note: input.note }],
      set: handling(row),
      summaryKey: 'audit.complaintNoted'
    })
  }
})

const plan = handle(api.complaints.plan, {
  run(ctx, input) {
    const row = complaintFor(ctx, input.complaintId, 'plan')
    const costFen = input.costFen ?? null
    return recordStep(ctx, row, {
      events: [{ kind: 'planned', note: input.plan, details: { costFen } }],
      set: { ...handling(row), plan: input.plan, planCostFen: costFen },
      summaryKey: 'audit.complaintPlanned',
      summaryParams: { plan: input.plan }
    })
  }
})

const answer = handle(api.complaints.answer, {
  run(ctx, input) {
    const row = complaintFor(ctx, input.complaintId, 'answer')
    return recordStep(ctx, row, {
      events: [{ kind: 'answered', note: input.answer, details: { channel: input.channel } }],
      set: { ...handling(row), answeredAt: row.answeredAt ?? ctx.now().toISOString() },
      summaryKey: 'audit.complaintAnswered',
      summaryParams: { channel: reasonKey('complaints.replyChannel', input.channel) }
    })
  }
})

const resolve = handle(api.complaints.resolve, {
  run(ctx, input) {
    const row = complaintFor(ctx, input.complaintId, 'resolve')
    return recordStep(ctx, row, {
      events: [{ kind: 'resolved', note: input.note, details: { result: input.result, invalid: input.invalid } }],
      set: { status: 'resolved', result: input.result, invalid: input.invalid, resolvedAt: ctx.now().toISOString() },
      summaryKey: input.invalid ? 'audit.complaintResolvedInvalid' : 'audit.complaintResolved',
      summaryParams: { result: input.result }
    })
  }
})

const reply = handle(api.complaints.reply, {
  run(ctx, input) {
    const row = complaintFor(ctx, input.complaintId, 'reply')
    const at = ctx.now().toISOString()
    return recordStep(ctx, row, {
      events: [{ kind: 'replied', note: input.reply, details: { channel: input.channel } }, { kind: 'closed' }],
      set: { status: 'closed', reply: input.reply, repliedAt: at, closedAt: at },
      summaryKey: 'audit.complaintReplied',
      summaryParams: { channel: reasonKey('complaints.replyChannel', input.channel) }
    })
  }
})

const visit = handle(api.complaints.visit, {
  run(ctx, input) {
    const row = complaintFor(ctx, input.complaintId, 'visit')
    const method = reasonKey('complaints.visitMethod', input.method)
    if (!input.reached)
      // Nobody reached: the attempt is recorded with its time and the visit stays due.
      return recordStep(ctx, row, {
        events: [{ kind: 'visitAttempt', note: input.comments, details: { method: input.method } }],
        set: {},
        summaryKey: 'audit.complaintVisitAttempt',
        summaryParams: { method }
      })
    if (!input.result)
      throw new AppError('VALIDATION', {}, { fields: { result: message(ctx.locale, 'complaints.field.visitResult') } })
    return recordStep(ctx, row, {
      events: [{ kind: 'visited', note: input.comments, details: { method: input.method, result: input.result } }],
      set: { status: 'visited', visitedAt: ctx.now().toISOString(), visitResult: input.result },
      summaryKey: 'audit.complaintVisited',
      summaryParams: { result: reasonKey('complaints.visitResult', input.result) }
    })
  }
})

/** 投诉 handlers. */
export const complaintHandlers = [list, get, create, escalate, note, plan, answer, resolve, reply, visit]
