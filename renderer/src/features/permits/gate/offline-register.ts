import type { GateRegister, GateResult } from '@shared/permits/gate-api'
import { gateVerdict, type RegisterEvent, type RegisterPaper } from '@shared/permits/gate-verdict'
import { readGateInput } from '@shared/permits/paper-code'
import { ApiFailure, isUnreachableFailure } from '../../../lib/api/client'

/**
 * The gate page's copy of gate.register, kept in the browser so the gate can still decide when
 * the desk cannot be reached, with the very code the desk decides with (gate-verdict.ts). An
 * offline confirmation of a slip waits here until the desk answers again.
 */

const REGISTER_KEY = 'frontdesk.gate.register'
const QUEUE_KEY = 'frontdesk.gate.offlineRedeems'

/** An offline 确认放行: the register has no paper ids, so the desk finds the paper by the text again. */
export interface QueuedRedeem {
  text: string
  offlineAt: string
}

function readJson<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key)
    return raw ? (JSON.parse(raw) as T) : null
  } catch {
    return null
  }
}

export const cachedRegister = () => readJson<GateRegister>(REGISTER_KEY)

export function keepRegister(register: GateRegister): void {
  localStorage.setItem(REGISTER_KEY, JSON.stringify(register))
}

export const queuedRedeems = () => readJson<QueuedRedeem[]>(QUEUE_KEY) ?? []

export function setQueuedRedeems(queue: readonly QueuedRedeem[]): void {
  if (queue.length === 0) localStorage.removeItem(QUEUE_KEY)
  else localStorage.setItem(QUEUE_KEY, JSON.stringify(queue))
}

/**
 * The desk could not be reached (a transport failure), as opposed to a refusal. The browser
 * shell's bridge turns a failed fetch into INTERNAL with details.unreachable, a counter's office
 * link answers OFFICE_UNREACHABLE with it while the server is away, and the Electron preload
 * rejects instead of answering. The core's own refusals never carry that flag, so a fault on the
 * desk is never mistaken for the network.
 */
export function isUnreachable(error: unknown): boolean {
  return !(error instanceof ApiFailure) || isUnreachableFailure(error)
}

/** The register's entry for the paper the input names: the edition scanned, or the newest typed. */
function paperOf(register: GateRegister, number: string, edition: number | null): RegisterPaper | undefined {
  const all = register.papers.filter((p) => p.number === number)
  if (edition !== null) return all.find((p) => p.edition === edition)
  return all.sort((a, b) => b.edition - a.edition)[0]
}

/** The verdict from the register alone, in the same shape the desk answers with (offline: true). */
export function localVerdict(register: GateRegister, text: string, today: string, checkedAt: string): GateResult {
  const input = readGateInput(text)
  const signed = input.kind === 'payload' && input.parsed.ok ? input.parsed.paper : null
  const number = signed?.number ?? (input.kind === 'typed' ? input.number : null)
  const paper = number ? paperOf(register, number, signed?.edition ?? null) : undefined
  const edition = signed?.edition ?? paper?.edition ?? null
  const eventsOf = (n: string, e: number | null) =>
    register.events.filter((ev) => ev.number === n && (e === null || ev.edition === e))
  const permitNumber = paper?.permitNumber ?? null
  const verdict = gateVerdict({
    input,
    paper,
    events: number ? eventsOf(number, edition) : [],
    permitEvents: permitNumber ? eventsOf(permitNumber, null) : [],
    keys: register.keys,
    today
  })
  const known = verdict.verdict !== 'unknown' && verdict.verdict !== 'forged'
  return {
    ...verdict,
    paperId: null,
    kind: known ? (signed?.kind ?? paper?.kind ?? null) : null,
    number: known ? number : null,
    edition: known ? edition : null,
    validFrom: known ? (signed?.validFrom ?? paper?.validFrom ?? null) : null,
    validTo: known ? (signed?.validTo ?? paper?.validTo ?? null) : null,
    // Offline the gate knows only the hint (initials and room), never the full name.
    holderName: known ? (signed?.hint ?? paper?.hint ?? '') : '',
    roomCode: '',
    photoAttachmentId: null,
    contractorName: '',
    permitNumber: known ? permitNumber : null,
    items: [],
    plate: '',
    offline: true,
    checkedAt
  }
}

/** The 'used' event an offline confirmation stands for, as the desk will record it. */
export function usedEvent(result: GateResult, id: number, at: string, by: string): RegisterEvent {
  return { id, number: result.number ?? '', edition: result.edition ?? 1, kind: 'used', at, by, note: '' }
}

/**
 * An offline confirmation recorded in the copy, so the same slip scanned again before the desk
 * answers is ALREADY USED here too. Its id sorts after every event the desk sent.
 */
export function markUsedOffline(register: GateRegister, result: GateResult, at: string, by: string): GateRegister {
  if (!result.number || result.edition === null) return register
  const id = Math.max(0, ...register.events.map((e) => e.id)) + 1
  return { ...register, events: [...register.events, usedEvent(result, id, at, by)] }
}
