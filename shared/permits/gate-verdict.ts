import { checkCodeHash, signatureValid, type GateInput, type PaperKind, type PublicKeyEntry } from './paper-code'

/**
 * The gate's verdict on one scanned or typed paper. The desk (gate.check) and the gate page when
 * it cannot reach the desk (from its last copy of gate.register) both decide here, so they cannot
 * disagree. Order: FORGED (a bad signature or check code) · UNKNOWN (no such paper) · REVOKED
 * (revoked, returned, lost, or its permit suspended or revoked) · ALREADY USED (a release slip
 * redeemed) · EXPIRED (outside its dates; before its first day too) · VALID.
 */

export const GATE_VERDICTS = ['valid', 'expired', 'revoked', 'used', 'unknown', 'forged'] as const
export type GateVerdict = (typeof GATE_VERDICTS)[number]

/** What happens to a paper after it is issued (paper_events, append-only). */
export const PAPER_EVENT_KINDS = ['suspended', 'resumed', 'revoked', 'returned', 'lost', 'used'] as const
export type PaperEventKind = (typeof PAPER_EVENT_KINDS)[number]

/** One issued paper as the gate's register lists it: no personal data beyond the hint. */
export interface RegisterPaper {
  kind: PaperKind
  number: string
  edition: number
  validFrom: string
  validTo: string
  hint: string
  /** SHA-256 of the check code (paper-code.ts checkCodeHash), never the code itself. */
  checkHash: string
  /** A pass's permit number: the pass stops when its permit is suspended or revoked. */
  permitNumber: string | null
}

export interface RegisterEvent {
  id: number
  number: string
  edition: number
  kind: PaperEventKind
  at: string
  /** Who recorded it (the guard who let the goods out, the clerk who revoked). */
  by: string
  note: string
}

/** Where a paper stands from its events alone (in id order). */
export interface PaperStanding {
  /** Revoked, returned or lost: the paper is finished. */
  ended: RegisterEvent | null
  suspended: RegisterEvent | null
  used: RegisterEvent | null
}

export function standingOf(events: readonly RegisterEvent[]): PaperStanding {
  const standing: PaperStanding = { ended: null, suspended: null, used: null }
  for (const event of [...events].sort((a, b) => a.id - b.id)) {
    if (event.kind === 'suspended') standing.suspended = event
    else if (event.kind === 'resumed') standing.suspended = null
    else if (event.kind === 'used') standing.used ??= event
    else standing.ended ??= event
  }
  return standing
}

export interface VerdictInput {
  input: GateInput
  /** The register's entry for the paper the input names (by number and edition), if any. */
  paper: RegisterPaper | undefined
  /** The paper's own events. */
  events: readonly RegisterEvent[]
  /** Events of every edition of the pass's permit (empty for a permit or slip). */
  permitEvents: readonly RegisterEvent[]
  keys: readonly PublicKeyEntry[]
  today: string
}

export interface Verdict {
  verdict: GateVerdict
  /** The event behind REVOKED / ALREADY USED (when, by whom, why). */
  event: RegisterEvent | null
  /** REVOKED because the pass's permit is suspended or revoked (not the pass itself). */
  byPermit: boolean
  /** A typed number without its check code: the paper exists but cannot be confirmed. */
  needsCheckCode: boolean
  /** VALID on the signature alone: the paper is newer than the gate's last register. */
  notInRegister: boolean
}

const verdictOf = (verdict: GateVerdict, extra: Partial<Verdict> = {}): Verdict => ({
  verdict,
  event: null,
  byPermit: false,
  needsCheckCode: false,
  notInRegister: false,
  ...extra
})

/** The paper's dates and events decide once its authenticity is settled. */
function standingVerdict(v: VerdictInput, validFrom: string, validTo: string, notInRegister: boolean): Verdict {
  const own = standingOf(v.events)
  if (own.ended) return verdictOf('revoked', { event: own.ended, notInRegister })
  if (own.suspended) return verdictOf('revoked', { event: own.suspended, notInRegister })
  // Any edition's revocation stops the pass (an earlier edition may have ended as lost or returned).
  const permitRevoked = [...v.permitEvents].sort((a, b) => a.id - b.id).find((e) => e.kind === 'revoked')
  const permitStop = permitRevoked ?? standingOf(v.permitEvents).suspended
  if (permitStop) return verdictOf('revoked', { event: permitStop, byPermit: true, notInRegister })
  if (own.used) return verdictOf('used', { event: own.used, notInRegister })
  if (v.today < validFrom || v.today > validTo) return verdictOf('expired', { notInRegister })
  return verdictOf('valid', { notInRegister })
}

export function gateVerdict(v: VerdictInput): Verdict {
  const { input, paper } = v
  if (input.kind === 'unreadable') return verdictOf('unknown')
  if (input.kind === 'typed') {
    if (!paper) return verdictOf('unknown')
    if (input.checkCode === null) return verdictOf('unknown', { needsCheckCode: true })
    if (checkCodeHash(input.checkCode) !== paper.checkHash) return verdictOf('forged')
    return standingVerdict(v, paper.validFrom, paper.validTo, false)
  }
  if (!input.parsed.ok || !signatureValid(input.parsed.paper, v.keys)) return verdictOf('forged')
  const signed = input.parsed.paper
  // A good signature is the desk's word; the register only adds what happened since.
  return standingVerdict(v, signed.validFrom, signed.validTo, paper === undefined)
}
