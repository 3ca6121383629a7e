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

/**
 * Wrong-password counts for user names that do not exist, kept in memory so an unknown name
 * counts down "remaining attempts" and locks exactly like a real account would.
 */
export interface GhostCounter {
  count: number
  lockedUntil: string | null
}
const ghosts = new WeakMap<object, Map<string, GhostCounter>>()
export function ghostCounter(owner: object, username: string): GhostCounter {
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

/**
 * Calls to procedures anyone may call (sign-in, unlocking an account with a supervisor's password)
 * per procedure per minute of real elapsed time; per-account lockout alone does not stop a
 * password spray across many accounts.
 */
export const PUBLIC_CALLS_PER_MINUTE = 30
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
