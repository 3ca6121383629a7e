/** Pairing codes: 10 characters of an alphabet without look-alikes (about 49 bits), shown as ABCD-EFGH-JK. */
export const PAIRING_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const PAIRING_CODE_LENGTH = 10
/** A code is good for this long after it is made. */
export const PAIRING_CODE_MINUTES = 10

/** Groups a code for reading aloud and typing. */
export function formatPairingCode(raw: string): string {
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`
}

/** What a person typed, back to the code's characters: case, spaces and dashes do not matter. */
export function normalizePairingCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '')
}

/** A SHA-256 fingerprint as people compare it: the first 16 bytes in groups (AB:CD:…). */
export function shortFingerprint(fingerprint: string): string {
  return fingerprint.split(':').slice(0, 16).join(':')
}
