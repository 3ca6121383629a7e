import { createHash } from 'node:crypto'
import type { PasswordHasher } from '../../core/passwords'
import { AppError } from '../../core/errors'

/**
 * A real hash of a random secret made by the same hasher (same cost), so checking a password for
 * an unknown user name costs exactly what checking a real one does: timing reveals nothing.
 */
const dummies = new WeakMap<PasswordHasher, Promise<string>>()
export function dummyHash(hasher: PasswordHasher): Promise<string> {
  let hash = dummies.get(hasher)
  if (!hash) {
    hash = hasher.hash(`no-such-user-${Math.random()}`)
    dummies.set(hasher, hash)
  }
  return hash
}

/** Five wrong passwords in a row lock an account for 15 minutes (sign-in, screen unlock, approvals). */
export const MAX_FAILED_ATTEMPTS = 5
export const LOCKOUT_MINUTES = 15

/**
 * Wrong-password counts for user names that do not exist, kept in memory so an unknown name
 * counts down "remaining attempts" and locks exactly like a real account would — at sign-in and as
 * an approver, on one counter per name as a real account has one per account.
 */
interface GhostCounter {
  count: number
  lockedUntil: string | null
}
const ghosts = new WeakMap<object, Map<string, GhostCounter>>()
function ghostCounter(owner: object, username: string): GhostCounter {
  let byName = ghosts.get(owner)
  if (!byName) ghosts.set(owner, (byName = new Map()))
  const key = username.toLowerCase()
  let counter = byName.get(key)
  if (!counter) {
    if (byName.size > 10_000) byName.clear() // bounded: a spray of names cannot grow memory forever
    byName.set(key, (counter = { count: 0, lockedUntil: null }))
  }
  return counter
}

/** Until when an unknown name is "locked", or null. */
export function ghostLockedUntil(owner: object, username: string, now: Date): string | null {
  const { lockedUntil } = ghostCounter(owner, username)
  return lockedUntil && lockedUntil > now.toISOString() ? lockedUntil : null
}

/** One more wrong password for an unknown name: what a real account would answer (locked or attempts left). */
export function countGhostFailure(
  owner: object,
  username: string,
  now: Date
): { lockedUntil: string } | { remaining: number } {
  const ghost = ghostCounter(owner, username)
  ghost.count += 1
  if (ghost.count < MAX_FAILED_ATTEMPTS) return { remaining: MAX_FAILED_ATTEMPTS - ghost.count }
  ghost.count = 0
  ghost.lockedUntil = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString()
  return { lockedUntil: ghost.lockedUntil }
}

/**
 * Calls to procedures anyone may call without a session (sign-in, unlocking an account with a
 * supervisor's password, the first-run setup, restoring a backup, system.status), per procedure per
 * minute of real elapsed time (not the injected clock, which may stand still): per-account lockout
 * alone does not stop a password spray across many accounts. Public queries carry no credentials and
 * the screens ask for them now and then, so their limit only stops a flood.
 */
export const PUBLIC_CALLS_PER_MINUTE = 30
export const PUBLIC_QUERIES_PER_MINUTE = 300
export function createRateLimiter(limit = PUBLIC_CALLS_PER_MINUTE, clock: () => number = () => performance.now()) {
  const hits = new Map<string, number[]>()
  return (procedure: string): void => {
    const now = clock()
    const recent = (hits.get(procedure) ?? []).filter((t) => now - t < 60_000)
    if (recent.length >= limit) throw new AppError('RATE_LIMITED')
    recent.push(now)
    hits.set(procedure, recent)
  }
}

/** The payload a request id was first used with: a repeat with another payload is a conflict. */
export function payloadHash(input: unknown): string {
  return createHash('sha256').update(stableJson(input)).digest('base64')
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}
