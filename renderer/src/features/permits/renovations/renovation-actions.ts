import { COUNTER_ROLES, roleAllowed, SUPERVISORS, type Role } from '@shared/kernel/roles'
import type { RenovationStatus, RenovationView } from '@shared/permits/api'
import type { TranslateKey } from '../../../lib/i18n'

/**
 * The renovation drawer's steps, each on a fixed key shown on its button, offered in the states
 * that allow it. The core decides in the end (a permit with blockers left is refused, saying
 * which); the buttons only follow the state so the keyboard meets no dead key. F8–F10, Alt+W and
 * Alt+P belong to the workers', violations' and completion panels.
 */
export const RENOVATION_ACTIONS = [
  'amend',
  'review',
  'sign',
  'charge',
  'issue',
  'extend',
  'reissue',
  'suspend',
  'revoke',
  'cancel',
  'note',
  'print'
] as const
export type RenovationAction = (typeof RENOVATION_ACTIONS)[number]

export const RENOVATION_KEYS: Record<RenovationAction, string> = {
  amend: 'Alt+A',
  review: 'F4',
  sign: 'F5',
  charge: 'F6',
  issue: 'F7',
  extend: 'Alt+E',
  reissue: 'Alt+L',
  suspend: 'Alt+S',
  revoke: 'Alt+R',
  cancel: 'Alt+Q',
  note: 'Alt+M',
  print: 'Ctrl+P'
}

export function actionLabel(r: RenovationView, action: RenovationAction): TranslateKey {
  if (action === 'suspend' && r.status === 'suspended') return 'renovationScreen.step.resume'
  return `renovationScreen.step.${action}`
}

/** Before a permit: the application is still being prepared at the desk. */
const PREPARING = new Set<RenovationStatus>(['applied', 'approved', 'rejected'])
const RUNNING = new Set<RenovationStatus>(['active', 'suspended'])

export const preparing = (r: RenovationView) => PREPARING.has(r.status)
export const bothSigned = (r: RenovationView) => r.agreementSignedAt !== null && r.safetyLetterSignedAt !== null
/** Both fee lines on the room (charged). */
export const feesCharged = (r: RenovationView) => r.fees.garbage !== null && r.fees.deposit !== null
/** A charged line still waiting for its receipt. */
export const feesUnpaid = (r: RenovationView) =>
  [r.fees.garbage, r.fees.deposit].some((line) => line !== null && line.receiptId === null)

export function renovationAllowed(r: RenovationView, action: RenovationAction): boolean {
  switch (action) {
    case 'amend':
      return preparing(r)
    case 'review':
      return r.status === 'applied' || r.status === 'rejected'
    case 'sign':
      return preparing(r) && !bothSigned(r)
    case 'charge':
      return preparing(r) && (!feesCharged(r) || feesUnpaid(r))
    case 'issue':
      // Only an approved plan: the core then says which blockers remain.
      return r.status === 'approved'
    case 'reissue':
      return r.status === 'active'
    case 'extend':
    case 'suspend':
    case 'revoke':
      return RUNNING.has(r.status)
    case 'cancel':
      return preparing(r)
    case 'note':
      return true
    case 'print':
      return r.permits.length > 0
  }
}

/** Who may: 吊销 the supervisors (the button is not shown to others), printing everybody, the rest the counter. */
export function renovationRoleMay(role: Role, action: RenovationAction): boolean {
  if (action === 'print') return true
  return roleAllowed(role, action === 'revoke' ? SUPERVISORS : COUNTER_ROLES)
}

/** The step the renovation waits for: the first blocker's, then the permit. */
export function nextAction(r: RenovationView): RenovationAction | undefined {
  if (!preparing(r)) return undefined
  if (r.blockers.includes('review')) return renovationAllowed(r, 'review') ? 'review' : undefined
  if (r.blockers.includes('agreement') || r.blockers.includes('safetyLetter')) return 'sign'
  if (r.blockers.includes('approvalDoc')) return 'amend'
  if (r.blockers.includes('fees')) return 'charge'
  return 'issue'
}
