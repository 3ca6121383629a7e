import { expect } from 'vitest'
import type { GateResult } from '../../../shared/permits/gate-api'
import { gateVerdict } from '../../../shared/permits/gate-verdict'
import { readGateInput } from '../../../shared/permits/paper-code'
import { clerkApi, today } from './permits-fixture'

/**
 * The gate tests' shared steps (the estate and sign-ins are permits-fixture.ts's): a desk check,
 * and the verdict the gate page reaches offline from its copy of gate.register, which must be
 * the desk's for every input.
 */

/** The offline verdict: gate-verdict.ts on the register's data alone, as the gate page runs it. */
export async function offlineVerdict(text: string) {
  const register = await clerkApi.gate.register({})
  const input = readGateInput(text)
  const signed = input.kind === 'payload' && input.parsed.ok ? input.parsed.paper : null
  const named = signed
    ? register.papers.find((p) => p.number === signed.number && p.edition === signed.edition)
    : input.kind === 'typed'
      ? register.papers.filter((p) => p.number === input.number).sort((a, b) => b.edition - a.edition)[0]
      : undefined
  return gateVerdict({
    input,
    paper: named,
    events: named ? register.events.filter((e) => e.number === named.number && e.edition === named.edition) : [],
    permitEvents: named?.permitNumber ? register.events.filter((e) => e.number === named.permitNumber) : [],
    keys: register.keys,
    today: today()
  })
}

/** The desk's check, asserted equal to the offline verdict; answers the desk's result. */
export async function check(text: string): Promise<GateResult> {
  const result = await clerkApi.gate.check({ text })
  const offline = await offlineVerdict(text)
  expect(offline.verdict, `offline verdict for ${text}`).toBe(result.verdict)
  expect(offline.needsCheckCode).toBe(result.needsCheckCode)
  return result
}

/** The payload with one character of one dot-separated part (2 number, 4 first day, last the signature) changed. */
export function tamper(payload: string, part: number): string {
  const parts = payload.split('.')
  const index = part < 0 ? parts.length + part : part
  const text = parts[index]!
  // The signature's first character (its last may only carry padding bits); a number's or date's last digit.
  const at = part < 0 ? 0 : text.length - 1
  const c = text[at]!
  const other = /\d/.test(c) ? String((Number(c) + 1) % 10) : c === 'A' ? 'B' : 'A'
  parts[index] = text.slice(0, at) + other + text.slice(at + 1)
  return parts.join('.')
}
