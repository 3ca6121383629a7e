import { z } from 'zod'
import { mutation, query } from '../kernel/procedure'
import { ANY_ROLE, DUTY_ROLES } from '../kernel/roles'
import { id, optionalText, text } from '../kernel/fields'
import type { StepDeadline } from './deadlines'
import { localDay, localMoment, VISIT_METHODS, VISIT_RESULTS } from './repairs-api'

/**
 * 投诉: registered centrally from any channel (客户投诉登记表). The lifecycle:
 *   open 待处理 → handling 处理中 (escalated, a note, a plan or an answer) → resolved 待答复 (the
 *   result is reached) → closed 已关闭 (the result told to the customer) → visited 已回访.
 * Severity sets the deadlines (shared/workorders/complaint-deadlines.ts, rules in the settings):
 * 重大 major — to the manager the same day, a clear answer in 2 days, solved in 10; 重要 important —
 * to the department supervisor within 1 hour, done in 3 days; 一般 minor — within 2 days or by the
 * customer's own deadline; the result told the same day it is reached; optionally a reply within
 * 72 hours. An invalid complaint is still recorded, resolved as invalid and answered.
 */

export const COMPLAINT_CHANNELS = ['phone', 'visit', 'letter', 'fax', 'online', 'other'] as const
export const COMPLAINT_SEVERITIES = ['major', 'important', 'minor'] as const
export const COMPLAINT_STATUSES = ['open', 'handling', 'resolved', 'closed', 'visited'] as const
export const COMPLAINT_STEPS = ['escalate', 'answer', 'resolve', 'reply', 'visit'] as const
export const COMPLAINT_EVENT_KINDS = [
  'created',
  'escalated',
  'noted',
  'planned',
  'answered',
  'resolved',
  'replied',
  'closed',
  'visitAttempt',
  'visited'
] as const
export const REPLY_CHANNELS = ['phone', 'visit', 'sms', 'letter'] as const

export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number]
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number]
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number]
export type ComplaintStep = (typeof COMPLAINT_STEPS)[number]

export interface ComplaintSummary {
  id: number
  /** Gapless per year: TS2026-000012. */
  number: string
  channel: ComplaintChannel
  customer: string
  /** Masked unless the role may see phones. */
  contact: string
  roomId: number | null
  roomCode: string | null
  occurredAt: string
  place: string
  subject: string
  department: string
  category: string
  categoryName: string
  severity: ComplaintSeverity
  status: ComplaintStatus
  invalid: boolean
  createdAt: string
  createdBy: string
  deadlines: StepDeadline<ComplaintStep>[]
  next: StepDeadline<ComplaintStep> | null
}

export interface ComplaintEvent {
  id: number
  kind: (typeof COMPLAINT_EVENT_KINDS)[number]
  at: string
  staffName: string
  note: string
  details: Record<string, unknown> | null
}

export interface ComplaintView extends ComplaintSummary {
  description: string
  request: string
  customerDeadline: string | null
  escalatedTo: string | null
  escalatedAt: string | null
  answeredAt: string | null
  plan: string | null
  planCostFen: number | null
  result: string | null
  resolvedAt: string | null
  reply: string | null
  repliedAt: string | null
  closedAt: string | null
  visitedAt: string | null
  visitResult: 'satisfied' | 'unsatisfied' | null
  events: ComplaintEvent[]
}

const note = optionalText(300).default('')

export const complaintInput = z.strictObject({
  channel: z.enum(COMPLAINT_CHANNELS),
  customer: text(30),
  contact: optionalText(20).default(''),
  roomId: id.optional(),
  /** When it happened (default: now). */
  occurredAt: localMoment.optional(),
  place: optionalText(60).default(''),
  /** The person or department complained of. */
  subject: optionalText(60).default(''),
  /** The department the work-contact slip goes to (from the settings' list). */
  department: optionalText(20).default(''),
  description: text(500),
  /** What the customer asks for. */
  request: optionalText(300).default(''),
  /** A complaint category's key from the settings. */
  category: text(24),
  severity: z.enum(COMPLAINT_SEVERITIES),
  /** 一般: the customer's own deadline, when they set one. */
  customerDeadline: localDay.optional()
})

export const complaintsApi = {
  list: query<ComplaintSummary[]>()(
    'complaints.list',
    z.strictObject({
      roomId: id.optional(),
      status: z.enum(COMPLAINT_STATUSES).optional(),
      severity: z.enum(COMPLAINT_SEVERITIES).optional(),
      due: z.enum(['overdue', 'today']).optional(),
      search: optionalText(30).optional(),
      limit: z.number().int().min(1).max(2000).default(500)
    }),
    ANY_ROLE
  ),
  get: query<ComplaintView>()('complaints.get', z.strictObject({ complaintId: id }), ANY_ROLE),
  create: mutation<ComplaintView>()('complaints.create', complaintInput, DUTY_ROLES),
  /** Reported to the manager (重大) or the department supervisor (重要): to whom, now. */
  escalate: mutation<ComplaintView>()(
    'complaints.escalate',
    z.strictObject({ complaintId: id, to: text(30), note }),
    DUTY_ROLES
  ),
  note: mutation<ComplaintView>()('complaints.note', z.strictObject({ complaintId: id, note: text(300) }), DUTY_ROLES),
  /** The remedy plan with its cost. */
  plan: mutation<ComplaintView>()(
    'complaints.plan',
    z.strictObject({
      complaintId: id,
      plan: text(300),
      costFen: z.number().int().min(0, 'field.money').max(100_000_000, 'field.money').optional()
    }),
    DUTY_ROLES
  ),
  /** A clear answer given to the customer (重大: within 2 days; the 72-hour reply when switched on). */
  answer: mutation<ComplaintView>()(
    'complaints.answer',
    z.strictObject({ complaintId: id, answer: text(300), channel: z.enum(REPLY_CHANNELS) }),
    DUTY_ROLES
  ),
  /** The result is reached (or the complaint found invalid, with the reason as the result). */
  resolve: mutation<ComplaintView>()(
    'complaints.resolve',
    z.strictObject({ complaintId: id, result: text(300), invalid: z.boolean().default(false), note }),
    DUTY_ROLES
  ),
  /** The result told to the customer: 已关闭. */
  reply: mutation<ComplaintView>()(
    'complaints.reply',
    z.strictObject({ complaintId: id, reply: text(300), channel: z.enum(REPLY_CHANNELS) }),
    DUTY_ROLES
  ),
  /** The follow-up visit after closing; nobody home is recorded and the visit stays due. */
  visit: mutation<ComplaintView>()(
    'complaints.visit',
    z.strictObject({
      complaintId: id,
      method: z.enum(VISIT_METHODS),
      reached: z.boolean(),
      result: z.enum(VISIT_RESULTS).optional(),
      comments: optionalText(300).default('')
    }),
    DUTY_ROLES
  )
}
