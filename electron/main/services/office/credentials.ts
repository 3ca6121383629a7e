import { createHash, createHmac, randomInt, timingSafeEqual } from 'node:crypto'
import { PAIRING_ALPHABET, PAIRING_CODE_LENGTH } from '../../../../shared/office/pairing'

/**
 * The pairing's cryptography, used by the server (services/office) and the counter (office/link)
 * alike. A code never travels: both sides derive a key from it and prove knowledge of it bound to
 * the certificate fingerprint each one sees, so a machine in the middle (which shows another
 * certificate) cannot pair, and a wrong guess teaches nothing about the code.
 */
export function pairingKey(code: string): Buffer {
  return createHash('sha256').update(`frontdesk-pair|${code}`).digest()
}

export const counterProof = (key: Buffer, fingerprint: string, nonce: string) =>
  createHmac('sha256', key).update(`counter|${fingerprint}|${nonce}`).digest('hex')

export const serverProof = (key: Buffer, fingerprint: string, credential: string) =>
  createHmac('sha256', key).update(`server|${fingerprint}|${credential}`).digest('hex')

export const credentialHash = (secret: string) => createHash('sha256').update(secret).digest('hex')

/** Equal hex strings, in time independent of where they differ. */
export function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex')
  const y = Buffer.from(b, 'hex')
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y)
}

export function newPairingCode(): string {
  let code = ''
  for (let i = 0; i < PAIRING_CODE_LENGTH; i++) code += PAIRING_ALPHABET[randomInt(PAIRING_ALPHABET.length)]
  return code
}

/** `<deviceId>.<secret>` → its parts, or null when it is not that shape. */
export function parseCredential(value: string | undefined): { deviceId: number; secret: string } | null {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{20,100})$/.exec(value ?? '')
  return match ? { deviceId: Number(match[1]), secret: match[2]! } : null
}
