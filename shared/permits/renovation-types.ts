import type { PaperKind } from './paper-code'
import type { PaperEventKind } from './gate-verdict'
import type { RenovationWork } from './settings'

/**
 * 装修: the lifecycle.
 *   applied 已登记 → approved 审核通过 / rejected 审核未通过 (reviewed again after changes) →
 *   active 施工中 (permit issued; room 装修中) ⇄ suspended 停工 → inspected 已验收 (every paper back,
 *   room status restored) → closed 已结案 (the deposit refunded less deductions).
 *   revoked 已吊销 (the permit withdrawn by a supervisor; inspection and refund still follow);
 *   cancelled 已撤销 (withdrawn before a permit; a deposit paid is still refunded).
 */
export const RENOVATION_STATUSES = [
  'applied',
  'approved',
  'rejected',
  'active',
  'suspended',
  'revoked',
  'inspected',
  'closed',
  'cancelled'
] as const
export type RenovationStatus = (typeof RENOVATION_STATUSES)[number]

export const APPLICANT_KINDS = ['owner', 'agent'] as const
export type ApplicantKind = (typeof APPLICANT_KINDS)[number]

/** What still stops a permit being issued; the drawer lists them in this order. */
export const PERMIT_BLOCKERS = ['review', 'agreement', 'safetyLetter', 'approvalDoc', 'fees'] as const
export type PermitBlocker = (typeof PERMIT_BLOCKERS)[number]

export const SIGNED_DOCUMENTS = ['agreement', 'safetyLetter'] as const
export type SignedDocument = (typeof SIGNED_DOCUMENTS)[number]

export const RENOVATION_EVENT_KINDS = [
  'applied',
  'amended',
  'reviewed',
  'signed',
  'charged',
  'permitted',
  'extended',
  'reissued',
  'suspended',
  'resumed',
  'revoked',
  'workerAdded',
  'passIssued',
  'paperEvent',
  'violation',
  'rectified',
  'inspected',
  'inspectionFailed',
  'refunded',
  'closed',
  'cancelled',
  'noted'
] as const
export type RenovationEventKind = (typeof RENOVATION_EVENT_KINDS)[number]

/** A paper as the desk shows and prints it. */
export interface PaperView {
  id: number
  kind: PaperKind
  /** ZX2026-000123 / CR2026-000045 / FX2026-000067, gapless per kind and year. */
  number: string
  edition: number
  validFrom: string
  validTo: string
  hint: string
  /** The QR code's text (paper-code.ts). */
  payload: string
  /** 'K7QX-M2PD', printed under the QR code. */
  checkCode: string
  /** Where it stands today: the gate's verdict without the scan (valid, expired, revoked, used). */
  standing: 'valid' | 'notYetValid' | 'expired' | 'suspended' | 'revoked' | 'returned' | 'lost' | 'used'
  /** The event behind a standing other than valid / expired. */
  standingAt: string | null
  standingNote: string
  issuedAt: string
  issuedBy: string
}

export interface FeeLine {
  receivableId: number
  itemName: string
  amountFen: number
  /** The valid receipt that paid it, null while unpaid. */
  receiptId: number | null
  receiptCode: string | null
}

export interface WorkerView {
  id: number
  name: string
  /** Masked unless the role may see ID numbers. */
  idNumber: string
  idType: string
  phone: string
  trade: string
  /** An attachment (households.attachment) or null. */
  photoAttachmentId: number | null
  addedAt: string
  /** Every pass issued to the worker, newest first. */
  passes: PaperView[]
}

export interface ViolationView {
  id: number
  foundAt: string
  foundBy: string
  what: string
  deductionFen: number
  deductionReason: string
  rectifiedAt: string | null
  rectifyNote: string
  recordedAt: string
  recordedBy: string
}

export interface RenovationEvent {
  id: number
  kind: RenovationEventKind
  at: string
  staffName: string
  note: string
  details: Record<string, unknown> | null
}

export interface RenovationSummary {
  id: number
  /** ZS2026-000012: the application's own number, gapless per year. */
  number: string
  roomId: number
  roomCode: string
  ownerName: string
  applicantName: string
  applicantKind: ApplicantKind
  contractorId: number
  contractorName: string
  startsOn: string
  endsOn: string
  status: RenovationStatus
  /** The current permit's number and end, once issued. */
  permitNumber: string | null
  permitValidTo: string | null
  workerCount: number
  /** Passes out (issued, neither returned, lost nor revoked). */
  passesOut: number
  violationCount: number
  createdAt: string
}

export interface RenovationView extends RenovationSummary {
  applicantPersonId: number
  /** The agent's power of attorney end (委托书), null for an owner. */
  poaTo: string | null
  contractor: { id: number; name: string; licenceNo: string; leader: string; phone: string }
  qualificationAttachmentId: number | null
  works: RenovationWork[]
  description: string
  needsApproval: boolean
  approvalDocNo: string
  approvalAttachmentId: number | null
  review: { result: 'pass' | 'fail'; reviewer: string; remarks: string; at: string; recordedBy: string } | null
  agreementSignedAt: string | null
  safetyLetterSignedAt: string | null
  fees: { garbage: FeeLine | null; deposit: FeeLine | null }
  /** What the permit and the printed papers restate (from the settings when the permit was issued). */
  workingHours: string
  prohibited: string[]
  blockers: PermitBlocker[]
  /** Every edition of the permit, newest first. */
  permits: PaperView[]
  workers: WorkerView[]
  violations: ViolationView[]
  deductionsFen: number
  inspection: { items: { item: string; ok: boolean; note: string }[]; remarks: string; at: string; by: string } | null
  refund: { receiptId: number; receiptCode: string; amountFen: number; at: string } | null
  /** The start-of-works notice (施工通知) went to these departments at this time. */
  noticeAt: string | null
  notifyDepartments: string[]
  events: RenovationEvent[]
}

export interface ContractorSummary {
  id: number
  name: string
  licenceNo: string
  leader: string
  phone: string
  renovations: number
  violations: number
  deductionsFen: number
}

export type PaperEventInput = Exclude<PaperEventKind, 'used' | 'resumed' | 'suspended'>
