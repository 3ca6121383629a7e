import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

/**
 * Password hashing with scrypt at OWASP's recommended strength (N=2^17, r=8, p=1), run on
 * libuv's thread pool so the main process never blocks. The stored string describes itself:
 * `scrypt$N=131072,r=8,p=1$<salt b64>$<hash b64>` — parameters can rise later and old hashes
 * still verify.
 */
export interface ScryptParams {
  N: number
  r: number
  p: number
}

export const OWASP_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 }
const KEY_LENGTH = 32

export interface PasswordHasher {
  hash(password: string): Promise<string>
  verify(password: string, stored: string): Promise<boolean>
}

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem must exceed 128·N·r bytes (128 MiB at OWASP strength).
    const maxmem = 256 * params.N * params.r
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...params, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key)
    )
  })
}

const FORMAT = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/

export function createPasswordHasher(params: ScryptParams = OWASP_SCRYPT): PasswordHasher {
  return {
    async hash(password) {
      const salt = randomBytes(16)
      const key = await derive(password, salt, params)
      return `scrypt$N=${params.N},r=${params.r},p=${params.p}$${salt.toString('base64')}$${key.toString('base64')}`
    },
    async verify(password, stored) {
      const m = FORMAT.exec(stored)
      if (!m) return false
      const [, N, r, p, salt, hash] = m as unknown as [string, string, string, string, string, string]
      const expected = Buffer.from(hash, 'base64')
      const key = await derive(password, Buffer.from(salt, 'base64'), { N: +N, r: +r, p: +p })
      return key.length === expected.length && timingSafeEqual(key, expected)
    }
  }
}

/** At least 8 characters, letters and digits, not the user name. */
export function isStrongPassword(password: string, username: string): boolean {
  return (
    password.length >= 8 &&
    /[A-Za-z]/.test(password) &&
    /\d/.test(password) &&
    password.toLowerCase() !== username.toLowerCase()
  )
}
