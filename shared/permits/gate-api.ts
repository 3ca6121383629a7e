import { z } from 'zod'
import { mutation, query } from '../kernel/procedure'
import { ANY_ROLE, DUTY_ROLES } from '../kernel/roles'
import { id } from '../kernel/fields'
import type { PaperKind, PublicKeyEntry } from './paper-code'
import type { GateVerdict, RegisterEvent, RegisterPaper, Verdict } from './gate-verdict'
import type { ReleaseItem, ReleaseSummary } from './releases-api'
import type { PaperView, RenovationSummary } from './renovation-types'

/**
 * 放行核验 and what the 工作台 / the handover list. gate.check decides on the desk with
 * gate-verdict.ts; gate.register is what the gate page keeps to decide the same way offline.
 */

export interface GateResult extends Verdict {
  verdict: GateVerdict
  /** The paper found (null for UNKNOWN / FORGED). */
  paperId: number | null
  kind: PaperKind | null
  number: string | null
  edition: number | null
  validFrom: string | null
  validTo: string | null
  /** The holder: the worker, the release's applicant, the permit's contractor (full name: the guard compares it). */
  holderName: string
  roomCode: string
  /** A pass's photo (households.attachment). */
  photoAttachmentId: number | null
  /** A pass's or permit's renovation: contractor, permit number. */
  contractorName: string
  permitNumber: string | null
  /** A slip's goods and vehicle. */
  items: ReleaseItem[]
  plate: string
  /** Decided on the desk (false) or by the gate page from its register (true). */
  offline: boolean
  checkedAt: string
}

export interface GateRegister {
  keys: PublicKeyEntry[]
  papers: RegisterPaper[]
  events: RegisterEvent[]
  /** The desk's time when the register was read. */
  asOf: string
}

export interface GateCheckRow {
  id: number
  at: string
  staffName: string
  input: string
  verdict: GateVerdict
  number: string | null
  offline: boolean
}

export interface ExpiringPaper {
  paper: PaperView
  roomCode: string
  holderName: string
  renovationId: number | null
}

export interface PermitAttention {
  /** Renovations in works (施工中 / 停工). */
  active: RenovationSummary[]
  /** Permits and passes ending within the settings' expiringDays (today included). */
  expiring: ExpiringPaper[]
  /** Passes still out after their renovation was inspected, revoked or cancelled. */
  passesOut: ExpiringPaper[]
  /** Release slips issued today. */
  releasesToday: ReleaseSummary[]
}

const checkInput = z.strictObject({
  /** What the scanner typed (the QR payload) or the guard typed (number and check code). */
  text: z.string().trim().min(1, 'field.required').max(400, 'field.tooLong'),
  /** The gate page decided offline and reports its check now that the desk answers. */
  offlineAt: z.string().datetime({ offset: true }).optional()
})

export const gateApi = {
  check: mutation<GateResult>()('gate.check', checkInput, DUTY_ROLES),
  /** A valid release slip confirmed at the gate: used from now on (ALREADY USED with when and by whom). */
  redeem: mutation<GateResult>()(
    'gate.redeem',
    z.strictObject({ paperId: id, offlineAt: z.string().datetime({ offset: true }).optional() }),
    DUTY_ROLES
  ),
  register: query<GateRegister>()('gate.register', z.strictObject({}), DUTY_ROLES),
  recent: query<GateCheckRow[]>()(
    'gate.recent',
    z.strictObject({ limit: z.number().int().min(1).max(200).default(50) }),
    DUTY_ROLES
  ),
  attention: query<PermitAttention>()('gate.attention', z.strictObject({}), ANY_ROLE)
}
