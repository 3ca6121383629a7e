import type { ComplaintStatus, ComplaintView } from '@shared/workorders/complaints-api'
import type { TranslateKey } from '../../../lib/i18n'

/**
 * The drawer's steps with their fixed keys (shown on the buttons) and where each may be taken
 * from — the same table as the core's (services/workorders/complaint-steps.ts); the core refuses
 * anything else with COMPLAINT_STATE. F9 matches the repairs' 回访; F2 and F3 are the page's and the app's.
 */
export const COMPLAINT_ACTIONS = ['escalate', 'note', 'plan', 'answer', 'resolve', 'reply', 'visit'] as const
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number]

export const COMPLAINT_KEYS: Record<ComplaintAction | 'print', string> = {
  escalate: 'F4',
  note: 'F5',
  plan: 'F6',
  answer: 'F7',
  resolve: 'F8',
  visit: 'F9',
  reply: 'F10',
  print: 'Ctrl+P'
}

/** The button's words: the core's names of the steps and events. */
export const ACTION_LABEL: Record<ComplaintAction, TranslateKey> = {
  escalate: 'complaints.step.escalate',
  note: 'complaints.event.noted',
  plan: 'complaints.event.planned',
  answer: 'complaints.event.answered',
  resolve: 'complaints.event.resolved',
  reply: 'complaints.step.reply',
  visit: 'complaints.step.visit'
}

const FROM: Record<ComplaintAction, readonly ComplaintStatus[]> = {
  escalate: ['open', 'handling'],
  note: ['open', 'handling', 'resolved'],
  plan: ['open', 'handling'],
  answer: ['open', 'handling'],
  resolve: ['open', 'handling'],
  reply: ['resolved'],
  visit: ['closed']
}

export const allowed = (c: Pick<ComplaintView, 'status'>, action: ComplaintAction) => FROM[action].includes(c.status)
