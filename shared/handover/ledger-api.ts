import { z } from 'zod'
import { mutation, query } from '../kernel/procedure'
import { DUTY_ROLES, SUPERVISORS } from '../kernel/roles'
import { id, optionalText, text } from '../kernel/fields'
import {
  LEDGER_CATEGORIES,
  LEDGER_CHANNELS,
  LEDGER_STATUSES,
  REVIEW_KINDS,
  type LedgerFigures,
  type LedgerSummary,
  type LedgerView
} from './ledger-types'

/**
 * 客服前台台帐 · 工作日志 (manual 002): every call and visit, fast. An entry waits for its answer
 * (a specialist question answered at the agreed time), is answered, closed, or becomes a repair
 * work order or a complaint (the link kept both ways). The team lead marks the day read, the
 * department head the week. The night duty log is the entries written on a night shift.
 */

const localDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'field.date')
/** 'YYYY-MM-DDTHH:mm' local time. */
const localMoment = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'field.date')

export const ledgerCreateInput = z.strictObject({
  /** When it happened; now when left out (never in the future). */
  at: localMoment.optional(),
  channel: z.enum(LEDGER_CHANNELS),
  callerName: optionalText(30).default(''),
  callerPhone: optionalText(20).default(''),
  roomId: id.optional(),
  category: z.enum(LEDGER_CATEGORIES),
  content: text(500),
  department: optionalText(30).default(''),
  /** The answer promised by; with `promise` and no time, the settings' answerHours from the entry. */
  promise: z.boolean().default(false),
  promisedAt: localMoment.optional(),
  /** Settled on the spot (a question answered at once): the entry is saved answered. */
  answer: optionalText(500).default('')
})
export type LedgerCreateInput = z.input<typeof ledgerCreateInput>

export const ledgerListInput = z.strictObject({
  from: localDay.optional(),
  to: localDay.optional(),
  status: z.enum(LEDGER_STATUSES).optional(),
  category: z.enum(LEDGER_CATEGORIES).optional(),
  /** Only entries written on night shifts (夜间值班记录表). */
  night: z.boolean().default(false),
  /** Only entries awaiting an answer that are due or overdue. */
  due: z.boolean().default(false),
  text: optionalText(40).default(''),
  limit: z.number().int().min(1).max(1000).default(200)
})

export const ledgerApi = {
  create: mutation<LedgerView>()('ledger.create', ledgerCreateInput, DUTY_ROLES),
  list: query<LedgerSummary[]>()('ledger.list', ledgerListInput, DUTY_ROLES),
  get: query<LedgerView>()('ledger.get', z.strictObject({ id }), DUTY_ROLES),
  answer: mutation<LedgerView>()('ledger.answer', z.strictObject({ id, answer: text(500) }), DUTY_ROLES),
  /** Settled without an answer to give (a wrong number, withdrawn): a reason is kept. */
  close: mutation<LedgerView>()('ledger.close', z.strictObject({ id, reason: text(200) }), DUTY_ROLES),
  note: mutation<LedgerView>()('ledger.note', z.strictObject({ id, note: text(300) }), DUTY_ROLES),
  /** Becomes a repair work order (the entry's room, caller and content; the order's details here). */
  toRepair: mutation<LedgerView>()(
    'ledger.toRepair',
    z.strictObject({
      id,
      location: text(60),
      /** A repair category's key from the work-order settings. */
      category: text(24),
      urgent: z.boolean().default(false),
      description: optionalText(300).optional()
    }),
    DUTY_ROLES
  ),
  /** Becomes a complaint (the entry's channel, caller, room and content). */
  toComplaint: mutation<LedgerView>()(
    'ledger.toComplaint',
    z.strictObject({
      id,
      severity: z.enum(['major', 'important', 'minor']),
      /** A complaint category's key from the work-order settings. */
      category: text(24),
      description: optionalText(500).optional()
    }),
    DUTY_ROLES
  ),
  /** Entries awaiting an answer that are overdue or due within the day, the most urgent first. */
  due: query<LedgerSummary[]>()('ledger.due', z.strictObject({}), DUTY_ROLES),
  /** Night-shift entries not yet settled, for conversion at the morning handover. */
  nightLog: query<LedgerSummary[]>()('ledger.nightLog', z.strictObject({}), DUTY_ROLES),
  figures: query<LedgerFigures>()(
    'ledger.figures',
    z.strictObject({ kind: z.enum(REVIEW_KINDS), day: localDay }),
    DUTY_ROLES
  ),
  /** 已阅: the team lead marks a day (daily), the department head a week (weekly). */
  review: mutation<LedgerFigures>()(
    'ledger.review',
    z.strictObject({ kind: z.enum(REVIEW_KINDS), day: localDay, note: optionalText(200).default('') }),
    SUPERVISORS
  )
}
