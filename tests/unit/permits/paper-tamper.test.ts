import { describe, expect, it } from 'vitest'
import { newSigningKey, readGateInput, signPaper, type PaperFields } from '../../../shared/permits/paper-code'
import { gateVerdict } from '../../../shared/permits/gate-verdict'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.'
const fields: PaperFields = {
  kind: 'slip',
  number: 'FX2026-000067',
  edition: 1,
  validFrom: '2026-12-01',
  validTo: '2026-12-01',
  hint: 'LN-5-1-802',
  keyId: 3
}

describe('a payload with any one character changed', () => {
  it('is never VALID, and FORGED wherever the prefix still reads as a payload', () => {
    const key = newSigningKey()
    const keys = [{ id: 3, publicKey: key.publicKey }]
    const payload = signPaper(fields, key.secretKey)
    const verdictOf = (text: string) =>
      gateVerdict({
        input: readGateInput(text),
        paper: undefined,
        events: [],
        permitEvents: [],
        keys,
        today: '2026-12-01'
      }).verdict
    expect(verdictOf(payload)).toBe('valid')
    for (let i = 0; i < payload.length; i += 1) {
      // Two neighbours of each character: the one-bit changes a misread or a forger tries first.
      for (const step of [1, 2]) {
        const at = ALPHABET.indexOf(payload[i]!)
        const other = ALPHABET[(at + step) % ALPHABET.length]!
        const changed = payload.slice(0, i) + other + payload.slice(i + 1)
        const verdict = verdictOf(changed)
        expect(verdict, `position ${i}: ${payload[i]} → ${other}`).not.toBe('valid')
        if (i >= 4) expect(verdict, `position ${i}`).toBe('forged')
      }
    }
  })
})
