import type { ShiftKind } from './shift-kinds'

export const LEDGER_CHANNELS = ['phone', 'visit', 'letter', 'fax', 'other'] as const
export type LedgerChannel = (typeof LEDGER_CHANNELS)[number]
export const LEDGER_CATEGORIES = ['consult', 'repair', 'complaint', 'release', 'other'] as const
export type LedgerCategory = (typeof LEDGER_CATEGORIES)[number]
export const LEDGER_STATUSES = ['open', 'answered', 'converted', 'closed'] as const
export type LedgerStatus = (typeof LEDGER_STATUSES)[number]
export const LEDGER_EVENT_KINDS = ['created', 'answered', 'converted', 'closed', 'reopened', 'noted'] as const
export type LedgerEventKind = (typeof LEDGER_EVENT_KINDS)[number]
export const REVIEW_KINDS = ['daily', 'weekly'] as const
export type ReviewKind = (typeof REVIEW_KINDS)[number]

/** Where an entry awaiting an answer stands against its promise. */
export type AnswerUrgency = 'overdue' | 'dueSoon' | 'upcoming' | 'none'

export interface LedgerSummary {
  id: number
  /** Gapless per year: TZ2026-000123. */
  number: string
  at: string
  channel: LedgerChannel
  callerName: string
  /** Masked unless the role may see phones. */
  callerPhone: string
  roomId: number | null
  roomCode: string | null
  category: LedgerCategory
  content: string
  department: string
  promisedAt: string | null
  status: LedgerStatus
  answer: string
  answeredAt: string | null
  answeredBy: string | null
  /** Answered by the promise (plus the settings' grace), when something was promised and answered. */
  answeredOnTime: boolean | null
  urgency: AnswerUrgency
  converted: { kind: 'repair' | 'complaint'; id: number; number: string } | null
  shiftKind: ShiftKind
  staffName: string
}

export interface LedgerEvent {
  id: number
  kind: LedgerEventKind
  at: string
  staffName: string
  note: string
  details: Record<string, unknown> | null
}

export interface LedgerView extends LedgerSummary {
  events: LedgerEvent[]
}

/** The figures a review mark records and the ledger page shows for a day or a week. */
export interface LedgerFigures {
  kind: ReviewKind
  /** The day, or the week's Monday. */
  period: string
  from: string
  to: string
  entries: number
  promised: number
  answered: number
  answeredOnTime: number
  /** answeredOnTime / promised, in whole percent; null when nothing was promised. */
  onTimePercent: number | null
  open: number
  review: { staffName: string; at: string; note: string } | null
}
