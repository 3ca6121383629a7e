import * as ed from '@noble/ed25519'
import { sha256, sha512 } from '@noble/hashes/sha2.js'

/**
 * The signed payload every paper carries in its QR code, and the check code printed under it.
 * Pure and synchronous so the desk (Node) and the gate page (any browser, also over plain http on
 * the office network where WebCrypto is missing) run the very same code.
 *
 * Payload (ASCII only, so a USB scanner typing it as a keyboard cannot garble it):
 *   FD1.<K>.<number>.<edition>.<validFrom YYYYMMDD>.<validTo YYYYMMDD>.<hint>.<keyId>.<signature>
 * K is P (施工许可证), W (施工人员临时出入证) or R (物品放行条); the hint is a few letters naming the
 * holder without personal data (pinyin initials and the room); the signature is Ed25519 over
 * everything before its dot, base64url. The check code is 8 characters of an alphabet without
 * 0/O/1/I/L, taken from SHA-256 of the signature, so whoever types it needs the printed paper.
 */

ed.hashes.sha512 = sha512

export const PAPER_KINDS = ['permit', 'pass', 'slip'] as const
export type PaperKind = (typeof PAPER_KINDS)[number]

export const PAYLOAD_VERSION = 'FD1'
const KIND_LETTER: Record<PaperKind, string> = { permit: 'P', pass: 'W', slip: 'R' }
const LETTER_KIND: Record<string, PaperKind> = { P: 'permit', W: 'pass', R: 'slip' }

/** The paper numbers' prefixes: ZX2026-000123 许可证, CR2026-000045 出入证, FX2026-000067 放行条. */
export const PAPER_PREFIX: Record<PaperKind, string> = { permit: 'ZX', pass: 'CR', slip: 'FX' }

export const paperNumber = (kind: PaperKind, year: number, sequence: number) =>
  `${PAPER_PREFIX[kind]}${year}-${String(sequence).padStart(6, '0')}`

const NUMBER = /^(ZX|CR|FX)(\d{4})-(\d{6})$/

/** The kind a paper number names, or null when it is not one of ours. */
export function kindOfNumber(number: string): PaperKind | null {
  const m = NUMBER.exec(number)
  if (!m) return null
  return (Object.keys(PAPER_PREFIX) as PaperKind[]).find((k) => PAPER_PREFIX[k] === m[1]) ?? null
}

export interface PaperFields {
  kind: PaperKind
  number: string
  /** 1 for the first paper of a number; a reissue (lost permit, extension) takes the next. */
  edition: number
  /** Local dates, YYYY-MM-DD, both days included. */
  validFrom: string
  validTo: string
  hint: string
  keyId: number
}

export interface SignedPaper extends PaperFields {
  signature: string
}

/** Keeps a hint to what a payload may hold: A–Z, 0–9 and '-', at most 24 characters. */
export function sanitizeHint(text: string): string {
  return text
    .toUpperCase()
    .replace(/[^A-Z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 24)
}

const compactDate = (date: string) => date.replaceAll('-', '')
const isoFromCompact = (date: string) => `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`

/** The exact text the signature covers. */
export function signedText(fields: PaperFields): string {
  return [
    PAYLOAD_VERSION,
    KIND_LETTER[fields.kind],
    fields.number,
    String(fields.edition),
    compactDate(fields.validFrom),
    compactDate(fields.validTo),
    sanitizeHint(fields.hint),
    String(fields.keyId)
  ].join('.')
}

const encoder = new TextEncoder()

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'))
    return Uint8Array.from(binary, (c) => c.charCodeAt(0))
  } catch {
    return null
  }
}

export interface SigningKeyPair {
  /** base64url of the 32-byte secret seed; never leaves the desk's database. */
  secretKey: string
  /** base64url of the 32-byte public key; what a gate holds. */
  publicKey: string
}

export function newSigningKey(): SigningKeyPair {
  const { secretKey, publicKey } = ed.keygen()
  return { secretKey: toBase64Url(secretKey), publicKey: toBase64Url(publicKey) }
}

/** Signs a paper: returns the payload for the QR code. */
export function signPaper(fields: PaperFields, secretKey: string): string {
  const seed = fromBase64Url(secretKey)
  if (!seed || seed.length !== 32) throw new RangeError('a signing key is 32 bytes')
  const text = signedText(fields)
  return `${text}.${toBase64Url(ed.sign(encoder.encode(text), seed))}`
}

export type ParsedPayload = { ok: true; paper: SignedPaper } | { ok: false }

/** Reads a payload's fields without checking its signature; { ok: false } when it is not one. */
export function parsePayload(payload: string): ParsedPayload {
  const parts = payload.trim().split('.')
  if (parts.length !== 9 || parts[0] !== PAYLOAD_VERSION) return { ok: false }
  const [, letter = '', number = '', edition = '', from = '', to = '', hint = '', keyId = '', signature = ''] = parts
  const kind = LETTER_KIND[letter]
  if (!kind || kindOfNumber(number) !== kind) return { ok: false }
  if (!/^[1-9]\d{0,3}$/.test(edition) || !/^\d{8}$/.test(from) || !/^\d{8}$/.test(to)) return { ok: false }
  if (!/^[1-9]\d{0,8}$/.test(keyId) || sanitizeHint(hint) !== hint || signature.length !== 86) return { ok: false }
  // 86 characters carry 516 bits for 64 bytes: the last one's 4 spare bits must be zero, or two
  // spellings would read as one signature and a changed character could still verify.
  const bytes = fromBase64Url(signature)
  if (!bytes || bytes.length !== 64 || toBase64Url(bytes) !== signature) return { ok: false }
  return {
    ok: true,
    paper: {
      kind,
      number,
      edition: Number(edition),
      validFrom: isoFromCompact(from),
      validTo: isoFromCompact(to),
      hint,
      keyId: Number(keyId),
      signature
    }
  }
}

export interface PublicKeyEntry {
  id: number
  publicKey: string
}

/** Whether the payload's signature is good under the key it names (one of `keys`). */
export function signatureValid(paper: SignedPaper, keys: readonly PublicKeyEntry[]): boolean {
  const key = keys.find((k) => k.id === paper.keyId)
  const publicKey = key ? fromBase64Url(key.publicKey) : null
  const signature = fromBase64Url(paper.signature)
  if (!publicKey || publicKey.length !== 32 || !signature || signature.length !== 64) return false
  try {
    return ed.verify(signature, encoder.encode(signedText(paper)), publicKey, { zip215: false })
  } catch {
    return false
  }
}

/** 31 characters: no 0/O, 1/I/L, so a guard reading it aloud or typing it cannot confuse them. */
export const CHECK_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
const CHECK_LENGTH = 8

/** 'K7QX-M2PD': the check code of a payload's signature (printed under the QR code). */
export function checkCodeOf(signature: string): string {
  const digest = sha256(encoder.encode(signature))
  let value = 0n
  for (const b of digest.slice(0, 8)) value = (value << 8n) | BigInt(b)
  let code = ''
  for (let i = 0; i < CHECK_LENGTH; i++) {
    code += CHECK_ALPHABET[Number(value % 31n)]
    value /= 31n
  }
  return `${code.slice(0, 4)}-${code.slice(4)}`
}

/** A check code as typed ('k7qx m2pd') in its printed form, or null when it cannot be one. */
export function normalizeCheckCode(typed: string): string | null {
  const plain = typed.toUpperCase().replace(/[\s-]+/g, '')
  if (plain.length !== CHECK_LENGTH || [...plain].some((c) => !CHECK_ALPHABET.includes(c))) return null
  return `${plain.slice(0, 4)}-${plain.slice(4)}`
}

/** SHA-256 (hex) of a check code: what the gate's offline register holds instead of the code. */
export function checkCodeHash(checkCode: string): string {
  return Array.from(sha256(encoder.encode(checkCode)), (b) => b.toString(16).padStart(2, '0')).join('')
}

export type GateInput =
  | { kind: 'payload'; text: string; parsed: ParsedPayload }
  | { kind: 'typed'; number: string; checkCode: string | null }
  | { kind: 'unreadable' }

/** What the guard scanned or typed: a payload, or a paper number with (or without) its check code. */
export function readGateInput(text: string): GateInput {
  const trimmed = text.trim()
  if (trimmed.toUpperCase().startsWith(`${PAYLOAD_VERSION}.`)) {
    return { kind: 'payload', text: trimmed, parsed: parsePayload(trimmed) }
  }
  const m = /^((?:ZX|CR|FX)\d{4}-?\d{6})\s*(.*)$/i.exec(trimmed)
  if (!m) return { kind: 'unreadable' }
  const raw = m[1]!.toUpperCase()
  const number = raw.includes('-') ? raw : `${raw.slice(0, 6)}-${raw.slice(6)}`
  return { kind: 'typed', number, checkCode: normalizeCheckCode(m[2] ?? '') }
}
