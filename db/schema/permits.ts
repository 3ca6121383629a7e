import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { shifts, staff } from './staff'
import { attachments, rooms } from './estate'
import { receivables } from './fees'
import { receipts } from './fees-receipts'
import { PAPER_KINDS } from '../../shared/permits/paper-code'
import { GATE_VERDICTS, PAPER_EVENT_KINDS } from '../../shared/permits/gate-verdict'
import { APPLICANT_KINDS, RENOVATION_EVENT_KINDS, RENOVATION_STATUSES } from '../../shared/permits/renovation-types'
import { CONSENT_KINDS, RELEASE_APPLICANTS } from '../../shared/permits/releases-api'

/**
 * 证件 (migration 0018). Papers are never changed after issue: what happens to them is a
 * paper_events row (the list the gate reads). Renovation rows hold where a renovation stands;
 * renovation_events (append-only) how it got there. Signing keys: the secret never leaves this
 * table (no procedure returns it); a retired key still verifies the papers it signed.
 */

export const signingKeys = sqliteTable('signing_keys', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  publicKey: text('public_key').notNull(),
  secretKey: text('secret_key').notNull(),
  createdAt: text('created_at').notNull(),
  retiredAt: text('retired_at')
})

/** 施工单位, known by licence number across renovations (violation counts per contractor). */
export const contractors = sqliteTable('contractors', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  licenceNo: text('licence_no').notNull().unique(),
  leader: text('leader').notNull(),
  phone: text('phone').notNull(),
  createdAt: text('created_at').notNull(),
  createdBy: integer('created_by')
    .notNull()
    .references(() => staff.id)
})

export const renovations = sqliteTable(
  'renovations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** ZS2026-000001, gapless per year. */
    number: text('number').notNull().unique(),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id),
    applicantKind: text('applicant_kind', { enum: APPLICANT_KINDS }).notNull(),
    applicantPersonId: integer('applicant_person_id').notNull(),
    applicantName: text('applicant_name').notNull(),
    poaTo: text('poa_to'),
    contractorId: integer('contractor_id')
      .notNull()
      .references(() => contractors.id),
    /** The person in charge and phone for this job (the contractor's may change later). */
    leader: text('leader').notNull(),
    leaderPhone: text('leader_phone').notNull(),
    qualificationAttachmentId: integer('qualification_attachment_id').references(() => attachments.id),
    /** JSON: the chosen works as the settings named them then ([{key, name, needsApproval}]). */
    works: text('works').notNull(),
    description: text('description').notNull().default(''),
    approvalDocNo: text('approval_doc_no').notNull().default(''),
    approvalAttachmentId: integer('approval_attachment_id').references(() => attachments.id),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    status: text('status', { enum: RENOVATION_STATUSES }).notNull(),
    reviewResult: text('review_result', { enum: ['pass', 'fail'] }),
    reviewer: text('reviewer'),
    reviewRemarks: text('review_remarks'),
    reviewedAt: text('reviewed_at'),
    reviewedBy: integer('reviewed_by').references(() => staff.id),
    agreementSignedAt: text('agreement_signed_at'),
    agreementSignedBy: text('agreement_signed_by'),
    safetyLetterSignedAt: text('safety_letter_signed_at'),
    safetyLetterSignedBy: text('safety_letter_signed_by'),
    garbageReceivableId: integer('garbage_receivable_id').references(() => receivables.id),
    depositReceivableId: integer('deposit_receivable_id').references(() => receivables.id),
    /** Restated on the permit: the settings' text when it was first issued. */
    workingHours: text('working_hours'),
    /** JSON string[]: the prohibited works restated. */
    prohibited: text('prohibited'),
    noticeAt: text('notice_at'),
    /** JSON string[]: the departments notified. */
    notifyDepartments: text('notify_departments'),
    /** The room's status before works began, restored at completion. */
    previousRoomStatus: text('previous_room_status'),
    /** JSON: the completion inspection ({items, remarks, inspector}). */
    inspection: text('inspection'),
    inspectedAt: text('inspected_at'),
    refundReceiptId: integer('refund_receipt_id').references(() => receipts.id),
    closedAt: text('closed_at'),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => staff.id)
  },
  (t) => [
    index('renovations_room_idx').on(t.roomId),
    index('renovations_status_idx').on(t.status),
    index('renovations_contractor_idx').on(t.contractorId),
    index('renovations_year_seq_idx').on(t.year, t.sequence),
    check('renovations_dates_ck', sql`${t.endsOn} >= ${t.startsOn}`)
  ]
)

export const renovationWorkers = sqliteTable(
  'renovation_workers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    renovationId: integer('renovation_id')
      .notNull()
      .references(() => renovations.id),
    name: text('name').notNull(),
    idType: text('id_type').notNull(),
    idNumber: text('id_number').notNull(),
    phone: text('phone').notNull(),
    trade: text('trade').notNull(),
    photoAttachmentId: integer('photo_attachment_id').references(() => attachments.id),
    addedAt: text('added_at').notNull(),
    addedBy: integer('added_by')
      .notNull()
      .references(() => staff.id)
  },
  (t) => [index('renovation_workers_renovation_idx').on(t.renovationId)]
)

export const renovationViolations = sqliteTable(
  'renovation_violations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    renovationId: integer('renovation_id')
      .notNull()
      .references(() => renovations.id),
    foundAt: text('found_at').notNull(),
    foundBy: text('found_by').notNull(),
    what: text('what').notNull(),
    deductionFen: integer('deduction_fen').notNull().default(0),
    deductionReason: text('deduction_reason').notNull().default(''),
    /** Set once (the trigger allows only NULL → a time). */
    rectifiedAt: text('rectified_at'),
    rectifyNote: text('rectify_note'),
    recordedAt: text('recorded_at').notNull(),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => staff.id)
  },
  (t) => [
    index('renovation_violations_renovation_idx').on(t.renovationId),
    check('renovation_violations_deduction_ck', sql`${t.deductionFen} >= 0`)
  ]
)

export const renovationEvents = sqliteTable(
  'renovation_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    renovationId: integer('renovation_id')
      .notNull()
      .references(() => renovations.id),
    kind: text('kind', { enum: RENOVATION_EVENT_KINDS }).notNull(),
    at: text('at').notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    shiftId: integer('shift_id').references(() => shifts.id),
    note: text('note').notNull().default(''),
    details: text('details')
  },
  (t) => [index('renovation_events_renovation_idx').on(t.renovationId)]
)

export const releaseSlips = sqliteTable(
  'release_slips',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id),
    applicantKind: text('applicant_kind', { enum: RELEASE_APPLICANTS }).notNull(),
    applicantPersonId: integer('applicant_person_id'),
    applicantName: text('applicant_name').notNull(),
    applicantPhone: text('applicant_phone').notNull().default(''),
    /** JSON [{name, quantity}]. */
    items: text('items').notNull(),
    plate: text('plate').notNull().default(''),
    validOn: text('valid_on').notNull(),
    consentKind: text('consent_kind', { enum: CONSENT_KINDS }),
    consentOwnerName: text('consent_owner_name'),
    consentCalledAt: text('consent_called_at'),
    consentCalledBy: text('consent_called_by'),
    consentAttachmentId: integer('consent_attachment_id').references(() => attachments.id),
    consentNote: text('consent_note'),
    remarks: text('remarks').notNull().default(''),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => staff.id),
    shiftId: integer('shift_id').references(() => shifts.id)
  },
  (t) => [index('release_slips_room_idx').on(t.roomId), index('release_slips_created_idx').on(t.createdAt)]
)

/** Every paper issued: a permit edition, a pass, a release slip. Never updated or deleted. */
export const papers = sqliteTable(
  'papers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: PAPER_KINDS }).notNull(),
    number: text('number').notNull(),
    edition: integer('edition').notNull().default(1),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id),
    renovationId: integer('renovation_id').references(() => renovations.id),
    workerId: integer('worker_id').references(() => renovationWorkers.id),
    releaseId: integer('release_id').references(() => releaseSlips.id),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to').notNull(),
    hint: text('hint').notNull(),
    keyId: integer('key_id')
      .notNull()
      .references(() => signingKeys.id),
    payload: text('payload').notNull(),
    checkCode: text('check_code').notNull(),
    issuedAt: text('issued_at').notNull(),
    issuedBy: integer('issued_by')
      .notNull()
      .references(() => staff.id),
    shiftId: integer('shift_id').references(() => shifts.id)
  },
  (t) => [
    uniqueIndex('papers_number_edition_unique').on(t.number, t.edition),
    index('papers_kind_year_seq_idx').on(t.kind, t.year, t.sequence),
    index('papers_renovation_idx').on(t.renovationId),
    index('papers_worker_idx').on(t.workerId),
    index('papers_release_idx').on(t.releaseId),
    index('papers_valid_to_idx').on(t.validTo),
    check('papers_dates_ck', sql`${t.validTo} >= ${t.validFrom}`)
  ]
)

/** The revocation and redemption list: what the gate reads. Append-only. */
export const paperEvents = sqliteTable(
  'paper_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    paperId: integer('paper_id')
      .notNull()
      .references(() => papers.id),
    kind: text('kind', { enum: PAPER_EVENT_KINDS }).notNull(),
    at: text('at').notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    shiftId: integer('shift_id').references(() => shifts.id),
    note: text('note').notNull().default(''),
    /** A gate's offline decision reported later: when it happened at the gate. */
    offlineAt: text('offline_at')
  },
  (t) => [index('paper_events_paper_idx').on(t.paperId)]
)

/** Every check at the gate, whatever the verdict (a run of FORGED / UNKNOWN is worth a look). */
export const gateChecks = sqliteTable(
  'gate_checks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    input: text('input').notNull(),
    verdict: text('verdict', { enum: GATE_VERDICTS }).notNull(),
    paperId: integer('paper_id').references(() => papers.id),
    offlineAt: text('offline_at')
  },
  (t) => [index('gate_checks_at_idx').on(t.at)]
)

export const permitSettings = sqliteTable('permit_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull()
})
