import { reasonKey } from '../../../../shared/kernel/i18n'
import type { MessageKey, MessageParams } from '../../../../shared/messages'
import type {
  COMPLAINT_EVENT_KINDS,
  ComplaintStatus,
  ComplaintView
} from '../../../../shared/workorders/complaints-api'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { insertComplaintEvent, updateComplaint, type ComplaintChanges, type ComplaintRow } from './complaint-queries'
import { complaintView, loadComplaint } from './complaint-records'

/**
 * One step of a complaint: where it may be taken from, the event it leaves, the row's new facts
 * and the audit row (on the room's timeline when the complaint has a room). A step that does not
 * follow from where the complaint stands is refused with COMPLAINT_STATE naming the status and the step.
 */

export type ComplaintAction = 'escalate' | 'note' | 'plan' | 'answer' | 'resolve' | 'reply' | 'visit'
type EventKind = (typeof COMPLAINT_EVENT_KINDS)[number]

/** From which statuses each step may be taken. */
export const ALLOWED_FROM: Record<ComplaintAction, readonly ComplaintStatus[]> = {
  escalate: ['open', 'handling'],
  note: ['open', 'handling', 'resolved'],
  plan: ['open', 'handling'],
  answer: ['open', 'handling'],
  resolve: ['open', 'handling'],
  reply: ['resolved'],
  visit: ['closed']
}

function refuse(row: ComplaintRow, action: ComplaintAction): never {
  throw new AppError(
    'COMPLAINT_STATE',
    {
      number: row.number,
      status: reasonKey('complaints.status', row.status),
      step: reasonKey('complaints.action', action)
    },
    { status: row.status, step: action }
  )
}

/** The complaint, when the step may be taken from where it stands. */
export function complaintFor(ctx: ServiceContext, complaintId: number, action: ComplaintAction): ComplaintRow {
  const row = loadComplaint(ctx.db, complaintId)
  if (!ALLOWED_FROM[action].includes(row.status)) refuse(row, action)
  return row
}

export interface ComplaintStep {
  events: { kind: EventKind; note?: string; details?: Record<string, unknown> }[]
  set: ComplaintChanges
  summaryKey: MessageKey
  summaryParams?: MessageParams
}

/** Appends the events, moves the row and queues the audit row. */
export function recordStep(ctx: ServiceContext, row: ComplaintRow, step: ComplaintStep): ComplaintView {
  const at = ctx.now().toISOString()
  const staffId = ctx.requireSession().staffId
  for (const event of step.events)
    insertComplaintEvent(ctx.db, {
      complaintId: row.id,
      kind: event.kind,
      at,
      staffId,
      note: event.note ?? '',
      details: event.details ? JSON.stringify(event.details) : null
    })
  updateComplaint(ctx.db, row.id, step.set)
  // Notes stay on the events: the summary is worded in each reader's language, a note is not.
  ctx.audit({
    ...(row.roomId !== null ? { roomId: row.roomId } : {}),
    entityType: 'complaint',
    entityId: row.id,
    summaryKey: step.summaryKey,
    summaryParams: { number: row.number, ...step.summaryParams }
  })
  return complaintView(ctx, row.id)
}

/** The steps before the result move an open complaint into handling. */
export const handling = (row: ComplaintRow): ComplaintChanges => (row.status === 'open' ? { status: 'handling' } : {})
