import { z } from 'zod'
import { mutation, query } from '../kernel/procedure'
import { ANY_ROLE, COUNTER_ROLES, SUPERVISORS } from '../kernel/roles'
import { id, optionalText, text } from '../kernel/fields'
import { ID_TYPES, isoDate, phoneField } from '../domain/person-fields'
import { yuan } from '../domain/money-fields'
import { PAYMENT_METHODS } from '../fees/payment-input'
import { gateApi } from './gate-api'
import { releasesApi } from './releases-api'
import { upload } from './upload'
import { permitSettingsInput, type PermitSettings } from './settings'
import {
  RENOVATION_STATUSES,
  SIGNED_DOCUMENTS,
  type ContractorSummary,
  type RenovationSummary,
  type RenovationView
} from './renovation-types'

export * from './renovation-types'

/**
 * 证件: renovations (装修申请 → 施工许可证, workers' passes, violations, 验收, deposit refund) and
 * goods-release slips, every paper signed so a gate can check it offline (paper-code.ts,
 * gate-verdict.ts). Every change is an event row (append-only) and an audit row on the room.
 */

const renovation = z.strictObject({ renovationId: id })
const reason = text(200)

const contractorInput = z.strictObject({
  name: text(60),
  /** 营业执照 / 资质证书 number: the contractor's identity across renovations. */
  licenceNo: text(40),
  leader: text(30),
  phone: phoneField
})

const applyInput = z.strictObject({
  roomId: id,
  /** A current owner / co-owner of the room, or an agent whose power of attorney covers today. */
  applicantPersonId: id,
  /** The agent's ID copy and the power of attorney, to the household file (agents only). */
  agentIdCopy: upload.optional(),
  powerOfAttorney: upload.optional(),
  contractor: contractorInput,
  qualification: upload.optional(),
  works: z.array(z.string().trim().min(1).max(24)).min(1, 'field.required').max(40),
  description: optionalText(500).default(''),
  approvalDocNo: optionalText(60).default(''),
  approvalDoc: upload.optional(),
  startsOn: isoDate,
  endsOn: isoDate
})

const amendInput = z.strictObject({
  renovationId: id,
  works: z.array(z.string().trim().min(1).max(24)).min(1, 'field.required').max(40).optional(),
  description: optionalText(500).optional(),
  approvalDocNo: optionalText(60).optional(),
  approvalDoc: upload.optional(),
  startsOn: isoDate.optional(),
  endsOn: isoDate.optional()
})

const workerInput = z.strictObject({
  renovationId: id,
  name: text(30),
  idType: z.enum(ID_TYPES),
  idNumber: text(40),
  phone: phoneField,
  trade: text(20),
  photo: upload.optional()
})

export const renovationsApi = {
  list: query<RenovationSummary[]>()(
    'renovations.list',
    z.strictObject({
      status: z.enum(RENOVATION_STATUSES).optional(),
      /** 'open': every renovation not closed or cancelled. */
      open: z.boolean().optional(),
      roomId: id.optional(),
      q: optionalText(40).optional(),
      limit: z.number().int().min(1).max(500).default(200)
    }),
    ANY_ROLE
  ),
  get: query<RenovationView>()('renovations.get', renovation, ANY_ROLE),
  apply: mutation<RenovationView>()('renovations.apply', applyInput, COUNTER_ROLES),
  /** Dates, works and the approval document, before a permit is issued. */
  amend: mutation<RenovationView>()('renovations.amend', amendInput, COUNTER_ROLES),
  /** The plan reviewed against the estate rules by the named reviewer (工程部). */
  review: mutation<RenovationView>()(
    'renovations.review',
    renovation.extend({ result: z.enum(['pass', 'fail']), reviewer: text(30), remarks: optionalText(300).default('') }),
    COUNTER_ROLES
  ),
  /** 装修管理协议 (owner) / 安全责任书 (contractor) recorded as signed on paper. */
  sign: mutation<RenovationView>()(
    'renovations.sign',
    renovation.extend({ document: z.enum(SIGNED_DOCUMENTS), signedBy: text(30) }),
    COUNTER_ROLES
  ),
  /** Puts the garbage fee and the deposit on the room (fees receivables), paid at 收费 or in the drawer. */
  charge: mutation<RenovationView>()('renovations.charge', renovation, COUNTER_ROLES),
  /** The permit (ZX…): needs every blocker cleared; the room turns 装修中 and the notice goes out. */
  issue: mutation<RenovationView>()('renovations.issue', renovation, COUNTER_ROLES),
  /** A new edition valid to the new end (at most maxDays from the start). */
  extend: mutation<RenovationView>()(
    'renovations.extend',
    renovation.extend({ endsOn: isoDate, reason }),
    COUNTER_ROLES
  ),
  /** The posted permit was lost or damaged: that edition is recorded lost and a new one printed. */
  reissue: mutation<RenovationView>()('renovations.reissue', renovation.extend({ reason }), COUNTER_ROLES),
  suspend: mutation<RenovationView>()('renovations.suspend', renovation.extend({ reason }), COUNTER_ROLES),
  resume: mutation<RenovationView>()('renovations.resume', renovation.extend({ note: text(200) }), COUNTER_ROLES),
  revoke: mutation<RenovationView>()('renovations.revoke', renovation.extend({ reason }), SUPERVISORS),
  addWorker: mutation<RenovationView>()('renovations.addWorker', workerInput, COUNTER_ROLES),
  /** A pass for a worker: from today, to the permit's end or an earlier date. */
  issuePass: mutation<RenovationView>()(
    'renovations.issuePass',
    z.strictObject({ workerId: id, validTo: isoDate.optional() }),
    COUNTER_ROLES
  ),
  /** A permit or pass revoked, returned at the end, or reported lost. */
  paperEvent: mutation<RenovationView>()(
    'renovations.paperEvent',
    z.strictObject({
      paperId: id,
      event: z.enum(['revoked', 'returned', 'lost']),
      note: optionalText(200).default('')
    }),
    COUNTER_ROLES
  ),
  violation: mutation<RenovationView>()(
    'renovations.violation',
    renovation.extend({
      foundAt: z.string().datetime({ offset: true }),
      foundBy: text(30),
      what: text(300),
      deduction: yuan({ allowZero: true }).default(0),
      deductionReason: optionalText(200).default('')
    }),
    COUNTER_ROLES
  ),
  rectify: mutation<RenovationView>()(
    'renovations.rectify',
    z.strictObject({ violationId: id, note: text(200) }),
    COUNTER_ROLES
  ),
  /** 装修验收: every item checked; passes only with every item ok and every paper back. */
  inspect: mutation<RenovationView>()(
    'renovations.inspect',
    renovation.extend({
      items: z.array(z.strictObject({ item: text(120), ok: z.boolean(), note: optionalText(200).default('') })).min(1),
      inspector: text(30),
      remarks: optionalText(300).default('')
    }),
    COUNTER_ROLES
  ),
  /** The deposit back less the violations' deductions: a fees refund receipt (a manager approves). */
  refund: mutation<RenovationView>()(
    'renovations.refund',
    renovation.extend({ method: z.enum(PAYMENT_METHODS), reason: optionalText(200).default('') }),
    COUNTER_ROLES
  ),
  cancel: mutation<RenovationView>()('renovations.cancel', renovation.extend({ reason }), COUNTER_ROLES),
  note: mutation<RenovationView>()('renovations.note', renovation.extend({ text: text(300) }), COUNTER_ROLES),
  settings: query<PermitSettings>()('renovations.settings', z.strictObject({}), ANY_ROLE),
  saveSettings: mutation<PermitSettings>()('renovations.saveSettings', permitSettingsInput, SUPERVISORS)
}

export const contractorsApi = {
  list: query<ContractorSummary[]>()('contractors.list', z.strictObject({ q: optionalText(40).optional() }), ANY_ROLE)
}

export const permitsContract = {
  renovations: renovationsApi,
  contractors: contractorsApi,
  releases: releasesApi,
  gate: gateApi
}
