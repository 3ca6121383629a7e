import { describe, expect, it } from 'vitest'
import {
  CHECK_ALPHABET,
  checkCodeHash,
  checkCodeOf,
  kindOfNumber,
  newSigningKey,
  normalizeCheckCode,
  parsePayload,
  readGateInput,
  signatureValid,
  signPaper,
  type PaperFields
} from '../../../shared/permits/paper-code'
import { gateVerdict, standingOf, type RegisterEvent, type RegisterPaper } from '../../../shared/permits/gate-verdict'

const holderlessFields: PaperFields = {
  kind: 'pass',
  number: 'CR2026-000045',
  edition: 1,
  validFrom: '2026-11-20',
  validTo: '2026-12-20',
  hint: 'zw 3-2-1502',
  keyId: 1
}
const key = newSigningKey()
const keys = [{ id: 1, publicKey: key.publicKey }]
const payload = signPaper(holderlessFields, key.secretKey)
const parsed = parsePayload(payload)
if (!parsed.ok) throw new Error('fixture payload must parse')
const checkCode = checkCodeOf(parsed.paper.signature)
const entry: RegisterPaper = {
  kind: 'pass',
  number: 'CR2026-000045',
  edition: 1,
  validFrom: '2026-11-20',
  validTo: '2026-12-20',
  hint: 'ZW-3-2-1502',
  checkHash: checkCodeHash(checkCode),
  permitNumber: 'ZX2026-000123'
}
const event = (id: number, kind: RegisterEvent['kind'], number = entry.number): RegisterEvent => ({
  id,
  number,
  edition: 1,
  kind,
  at: '2026-12-01T02:00:00.000Z',
  by: '值班员',
  note: ''
})
const verdict = (
  text: string,
  today = '2026-12-01',
  events: RegisterEvent[] = [],
  permitEvents: RegisterEvent[] = []
) => gateVerdict({ input: readGateInput(text), paper: entry, events, permitEvents, keys, today }).verdict

describe('paper payloads', () => {
  it('signs an ASCII payload that verifies under its key and fails under another', () => {
    expect(payload).toMatch(/^FD1\.W\.CR2026-000045\.1\.20261120\.20261220\.ZW-3-2-1502\.1\.[A-Za-z0-9_-]{86}$/)
    expect(signatureValid(parsed.paper, keys)).toBe(true)
    const other = newSigningKey()
    expect(signatureValid(parsed.paper, [{ id: 1, publicKey: other.publicKey }])).toBe(false)
    expect(signatureValid(parsed.paper, [{ id: 2, publicKey: key.publicKey }])).toBe(false)
  })

  it('makes a check code of 8 characters without 0, O, 1, I or L', () => {
    expect(checkCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/)
    expect([...checkCode.replace('-', '')].every((c) => CHECK_ALPHABET.includes(c))).toBe(true)
    expect(CHECK_ALPHABET).not.toMatch(/[01OIL]/)
  })

  it('decides VALID, EXPIRED, REVOKED, ALREADY USED, UNKNOWN and FORGED', () => {
    expect(verdict(payload)).toBe('valid')
    expect(verdict(payload, '2026-12-21')).toBe('expired')
    expect(verdict(payload, '2026-11-19')).toBe('expired')
    expect(verdict(payload, '2026-12-01', [event(1, 'revoked')])).toBe('revoked')
    expect(verdict(payload, '2026-12-01', [event(1, 'used')])).toBe('used')
    expect(verdict(payload, '2026-12-01', [], [event(2, 'suspended', 'ZX2026-000123')])).toBe('revoked')
    expect(
      verdict(payload, '2026-12-01', [], [event(2, 'suspended', 'ZX2026-000123'), event(3, 'resumed', 'ZX2026-000123')])
    ).toBe('valid')
    const flipped = payload.replace('20261220', '20271220')
    expect(verdict(flipped)).toBe('forged')
    // The signature's first character: its last carries padding bits that may not change the bytes.
    const signatureAt = payload.length - 86
    const firstChar = payload[signatureAt] === 'A' ? 'B' : 'A'
    expect(verdict(payload.slice(0, signatureAt) + firstChar + payload.slice(signatureAt + 1))).toBe('forged')
    expect(verdict(`CR2026-000045 ${checkCode.toLowerCase()}`)).toBe('valid')
    const wrong = checkCode.startsWith('2') ? `3${checkCode.slice(1)}` : `2${checkCode.slice(1)}`
    expect(verdict(`CR2026-000045 ${wrong}`)).toBe('forged')
    expect(
      gateVerdict({
        input: readGateInput('CR2026-999999 ABCD-EFGH'),
        paper: undefined,
        events: [],
        permitEvents: [],
        keys,
        today: '2026-12-01'
      }).verdict
    ).toBe('unknown')
  })
})

const fullVerdict = (text: string, more: Partial<Parameters<typeof gateVerdict>[0]> = {}) =>
  gateVerdict({
    input: readGateInput(text),
    paper: entry,
    events: [],
    permitEvents: [],
    keys,
    today: '2026-12-01',
    ...more
  })

describe('gate input and the verdict in detail', () => {
  it('reads payloads, typed numbers with or without dash and code, and anything else as unreadable', () => {
    expect(readGateInput(payload).kind).toBe('payload')
    expect(readGateInput(' cr2026000045  k7qx m2pd ')).toEqual({
      kind: 'typed',
      number: 'CR2026-000045',
      checkCode: 'K7QX-M2PD'
    })
    expect(readGateInput('cr2026000045 k7qx')).toEqual({ kind: 'typed', number: 'CR2026-000045', checkCode: null })
    expect(readGateInput(`CR2026-000045 ${checkCode.replace('-', ' ').toLowerCase()}`)).toEqual({
      kind: 'typed',
      number: 'CR2026-000045',
      checkCode
    })
    expect(readGateInput('CR2026-000045').kind).toBe('typed')
    expect(readGateInput('hello world')).toEqual({ kind: 'unreadable' })
    expect(normalizeCheckCode('abcd-efgh')).toBe('ABCD-EFGH')
    // 0, 1, I, L and O are never printed: a code with one is no code.
    expect(normalizeCheckCode('ABCD-EFG0')).toBeNull()
    expect(normalizeCheckCode('ABCD-EFG')).toBeNull()
    expect(kindOfNumber('FX2026-000001')).toBe('slip')
    expect(kindOfNumber('ZX2026-000001')).toBe('permit')
    expect(kindOfNumber('AB2026-000001')).toBeNull()
    expect(checkCodeHash(checkCode)).toMatch(/^[0-9a-f]{64}$/)
    expect(checkCodeHash(checkCode)).not.toContain(checkCode.replace('-', ''))
  })

  it('asks for the check code of a typed number, and answers UNKNOWN for unreadable input', () => {
    expect(fullVerdict('CR2026-000045')).toMatchObject({ verdict: 'unknown', needsCheckCode: true })
    expect(fullVerdict('CR2026-000045', { paper: undefined })).toMatchObject({
      verdict: 'unknown',
      needsCheckCode: false
    })
    expect(fullVerdict('garbage')).toMatchObject({ verdict: 'unknown', needsCheckCode: false })
  })

  it('trusts a good signature for a paper newer than the register, and flags it', () => {
    expect(fullVerdict(payload, { paper: undefined })).toMatchObject({ verdict: 'valid', notInRegister: true })
    expect(fullVerdict(payload)).toMatchObject({ verdict: 'valid', notInRegister: false })
    expect(fullVerdict(payload, { paper: undefined, keys: [] }).verdict).toBe('forged')
  })

  it('reads FORGED for a changed number, a payload under another key, or a key id it does not hold', () => {
    expect(fullVerdict(payload.replace('CR2026-000045', 'CR2026-000046')).verdict).toBe('forged')
    const other = signPaper(holderlessFields, newSigningKey().secretKey)
    expect(fullVerdict(other).verdict).toBe('forged')
    expect(fullVerdict(payload, { keys: [{ id: 2, publicKey: key.publicKey }] }).verdict).toBe('forged')
    // A retired key listed next to the current one still verifies what it signed.
    const current = newSigningKey()
    expect(fullVerdict(payload, { keys: [...keys, { id: 2, publicKey: current.publicKey }] }).verdict).toBe('valid')
  })

  it('puts REVOKED before ALREADY USED and EXPIRED, and names the event and the permit', () => {
    const revoked = fullVerdict(payload, { events: [event(1, 'used'), event(2, 'lost')], today: '2027-01-01' })
    expect(revoked).toMatchObject({ verdict: 'revoked', byPermit: false, event: { id: 2, kind: 'lost' } })
    const used = fullVerdict(payload, { events: [event(1, 'used')], today: '2027-01-01' })
    expect(used).toMatchObject({ verdict: 'used', event: { id: 1, by: '值班员' } })
    const stopped = fullVerdict(payload, { permitEvents: [event(5, 'suspended', 'ZX2026-000123')] })
    expect(stopped).toMatchObject({ verdict: 'revoked', byPermit: true, event: { id: 5 } })
    const suspendedPass = fullVerdict(payload, { events: [event(1, 'suspended')] })
    expect(suspendedPass).toMatchObject({ verdict: 'revoked', byPermit: false })
    expect(fullVerdict(payload, { events: [event(1, 'suspended'), event(2, 'resumed')] }).verdict).toBe('valid')
  })

  it('stops a pass when any edition of its permit is revoked, even after an earlier edition was lost', () => {
    const lostFirst = { ...event(3, 'lost', 'ZX2026-000123'), edition: 1 }
    const revokedSecond = { ...event(4, 'revoked', 'ZX2026-000123'), edition: 2 }
    expect(fullVerdict(payload, { permitEvents: [lostFirst] }).verdict).toBe('valid')
    const result = fullVerdict(payload, { permitEvents: [revokedSecond, lostFirst] })
    expect(result).toMatchObject({ verdict: 'revoked', byPermit: true, event: { id: 4, kind: 'revoked' } })
  })

  it('reads standing from events in id order whatever order they come in', () => {
    const standing = standingOf([event(4, 'resumed'), event(2, 'used'), event(3, 'suspended'), event(5, 'used')])
    expect(standing.suspended).toBeNull()
    expect(standing.used?.id).toBe(2)
    expect(standingOf([event(2, 'returned'), event(1, 'revoked')]).ended?.id).toBe(1)
  })
})
