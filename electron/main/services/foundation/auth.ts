import { eq } from 'drizzle-orm'
import { staff } from '../../../../db/schema'
import { localTime } from '../../../../shared/kernel/calendar'
import { api } from '../../../../shared/api'
import type { Me, ShiftInfo, SignInResult } from '../../../../shared/foundation/staff'
import { SUPERVISORS } from '../../../../shared/kernel/roles'
import type { ServiceContext } from '../../core/context'
import { AppError, FailAfterCommit } from '../../core/errors'
import { handle } from '../../core/handler'
import type { MessageKey } from '../../../../shared/messages'
import { countGhostFailure, dummyHash, ghostLockedUntil, LOCKOUT_MINUTES, MAX_FAILED_ATTEMPTS } from './auth-guard'
import { isStrongPassword } from '../../core/passwords'
import { readSetting, thisCounter } from './settings'
import { openOrJoinShift, shiftInfo } from './shifts'
import { findStaffByUsername, getStaff, isLocked, type StaffRecord } from './staff-records'

export { LOCKOUT_MINUTES, MAX_FAILED_ATTEMPTS }

/** Local wall-clock time for messages ("请于 14:35 后再试"). */
const clock = (iso: string): string => localTime(iso)

/**
 * Records one wrong password. The fifth in a row locks the account for 15 minutes (and is
 * audited); the counter restarts after a lockout or a good password. An approval passes null for
 * `failedKey`: it writes its own audit row naming the procedure and the approver.
 */
export function recordFailure(
  ctx: Pick<ServiceContext, 'now' | 'db' | 'sessions' | 'audit'>,
  record: StaffRecord,
  failedKey: MessageKey | null = 'audit.signInFailed'
): FailAfterCommit {
  const now = ctx.now()
  const count = record.failedAttempts + 1
  if (count >= MAX_FAILED_ATTEMPTS) {
    const until = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString()
    ctx.db.update(staff).set({ failedAttempts: 0, lockedUntil: until }).where(eq(staff.id, record.id)).run()
    ctx.sessions.removeForStaff(record.id)
    ctx.audit({
      staffId: record.id,
      entityType: 'staff',
      entityId: record.id,
      summaryKey: 'audit.accountLocked',
      summaryParams: { count, until: clock(until) }
    })
    return new FailAfterCommit(new AppError('ACCOUNT_LOCKED', { until: clock(until) }, { lockedUntil: until }))
  }
  ctx.db.update(staff).set({ failedAttempts: count }).where(eq(staff.id, record.id)).run()
  if (failedKey) {
    ctx.audit({
      staffId: record.id,
      entityType: 'staff',
      entityId: record.id,
      summaryKey: failedKey,
      summaryParams: { count }
    })
  }
  return new FailAfterCommit(new AppError('BAD_CREDENTIALS', { remaining: MAX_FAILED_ATTEMPTS - count }))
}

/** An unknown name answers exactly as a real account with a wrong password would, lockout included. */
function refuseUnknown(ctx: ServiceContext, username: string): never {
  const now = ctx.now()
  const locked = ghostLockedUntil(ctx.sessions, username, now)
  const outcome = locked ? { lockedUntil: locked } : countGhostFailure(ctx.sessions, username, now)
  if ('lockedUntil' in outcome) {
    throw new AppError('ACCOUNT_LOCKED', { until: clock(outcome.lockedUntil) }, { lockedUntil: outcome.lockedUntil })
  }
  throw new AppError('BAD_CREDENTIALS', { remaining: outcome.remaining })
}

/** A locked account is refused even with the right password: that is what a lock means. */
function refuseLocked(record: StaffRecord, now: Date): void {
  if (isLocked(record, now)) {
    throw new AppError('ACCOUNT_LOCKED', { until: clock(record.lockedUntil!) }, { lockedUntil: record.lockedUntil })
  }
}

/** Told only to someone who knows the password: a wrong one is counted like any other account's. */
function refuseDisabled(record: StaffRecord): void {
  if (!record.active) throw new AppError('ACCOUNT_DISABLED')
}

export function buildMe(ctx: ServiceContext, staffId: number, shiftId: number): Me {
  const record = getStaff(ctx.db, staffId)
  return {
    id: record.id,
    username: record.username,
    displayName: record.displayName,
    role: record.role,
    locale: record.locale,
    mustChangePassword: record.mustChangePassword,
    idleLockMinutes: readSetting(ctx.db, 'idleLockMinutes') ?? 10,
    shift: shiftInfo(ctx.db, shiftId)
  }
}

const signIn = handle(api.staff.signIn, {
  async prepare(ctx, input) {
    return { valid: await verifyStaffPassword(ctx, input.username, input.password) }
  },
  run(ctx, input, { valid }) {
    const admitted = admitStaff(ctx, input.username, valid)
    if (admitted instanceof FailAfterCommit) return admitted
    const shift = openOrJoinShift(ctx.db, admitted.id, thisCounter(ctx).id, ctx.now())
    return startSession(ctx, admitted, shift)
  }
})

/**
 * The password check of sign-in, for sign-in and for the incoming person at a handover alike:
 * an unknown name, a locked or disabled account and a wrong password (counted toward the same
 * lockout) answer as sign-in does. `valid` comes from verifying the password in `prepare`.
 */
export function admitStaff(ctx: ServiceContext, username: string, valid: boolean): StaffRecord | FailAfterCommit {
  const record = findStaffByUsername(ctx.db, username)
  if (!record) return refuseUnknown(ctx, username)
  refuseLocked(record, ctx.now())
  if (!valid) return recordFailure(ctx, record)
  refuseDisabled(record)
  ctx.db.update(staff).set({ failedAttempts: 0, lockedUntil: null }).where(eq(staff.id, record.id)).run()
  return record
}

/** Verifies a password at the real cost even for an unknown name, so the answer takes as long either way. */
export async function verifyStaffPassword(ctx: ServiceContext, username: string, password: string): Promise<boolean> {
  const record = findStaffByUsername(ctx.db, username)
  return ctx.passwords.verify(password, record?.passwordHash ?? (await dummyHash(ctx.passwords)))
}

/** A session for an admitted person on a shift of this counter, audited as a sign-in. */
export function startSession(ctx: ServiceContext, record: StaffRecord, shift: ShiftInfo): SignInResult {
  const token = ctx.randomToken()
  ctx.sessions.create({
    token,
    staffId: record.id,
    username: record.username,
    displayName: record.displayName,
    role: record.role,
    locale: record.locale,
    shiftId: shift.id,
    counterId: shift.counterId,
    lastActivityAt: ctx.now().getTime(),
    locked: false
  })
  ctx.audit({
    staffId: record.id,
    shiftId: shift.id,
    entityType: 'shift',
    entityId: shift.id,
    summaryKey: 'audit.signIn',
    summaryParams: { shift: shift.resumed ? 'audit.shiftResumed' : 'audit.shiftOpened' }
  })
  return { token, me: { ...buildMe(ctx, record.id, shift.id), shift } }
}

const signOut = handle(api.staff.signOut, {
  run(ctx) {
    const session = ctx.requireSession()
    ctx.sessions.remove(session.token)
    ctx.audit({ summaryKey: 'audit.signOut' })
    return { signedOut: true as const }
  }
})

const me = handle(api.staff.me, {
  run(ctx) {
    const session = ctx.requireSession()
    return buildMe(ctx, session.staffId, session.shiftId)
  }
})

const lock = handle(api.staff.lock, {
  run(ctx) {
    ctx.requireSession().locked = true
    ctx.audit({ summaryKey: 'audit.lock' })
    return { locked: true as const }
  }
})

const unlock = handle(api.staff.unlock, {
  async prepare(ctx, input) {
    const record = getStaff(ctx.db, ctx.requireSession().staffId)
    return { valid: await ctx.passwords.verify(input.password, record.passwordHash) }
  },
  run(ctx, _input, { valid }) {
    const session = ctx.requireSession()
    const record = getStaff(ctx.db, session.staffId)
    refuseLocked(record, ctx.now())
    refuseDisabled(record)
    // Guessing at a locked screen counts toward the same lockout as the sign-in page.
    if (!valid) return recordFailure(ctx, record)
    ctx.db.update(staff).set({ failedAttempts: 0 }).where(eq(staff.id, record.id)).run()
    session.locked = false
    session.lastActivityAt = ctx.now().getTime()
    ctx.audit({ summaryKey: 'audit.unlock' })
    return buildMe(ctx, session.staffId, session.shiftId)
  }
})

const changePassword = handle(api.staff.changePassword, {
  async prepare(ctx, input) {
    const record = getStaff(ctx.db, ctx.requireSession().staffId)
    const valid = await ctx.passwords.verify(input.currentPassword, record.passwordHash)
    if (!valid) return { hash: null }
    if (!isStrongPassword(input.newPassword, record.username)) {
      throw new AppError('WEAK_PASSWORD', {}, { field: 'newPassword' })
    }
    return { hash: await ctx.passwords.hash(input.newPassword) }
  },
  run(ctx, _input, { hash }) {
    const session = ctx.requireSession()
    if (hash === null) {
      // Guessing the current password at an open screen counts toward the same lockout as sign-in.
      const { error } = recordFailure(ctx, getStaff(ctx.db, session.staffId))
      return new FailAfterCommit(new AppError(error.code, error.params, { ...error.details, field: 'currentPassword' }))
    }
    ctx.db
      .update(staff)
      .set({ passwordHash: hash, mustChangePassword: false })
      .where(eq(staff.id, session.staffId))
      .run()
    ctx.audit({ entityType: 'staff', entityId: session.staffId, summaryKey: 'audit.changePassword' })
    return { changed: true as const }
  }
})

const setLocale = handle(api.staff.setLocale, {
  run(ctx, input) {
    const session = ctx.requireSession()
    ctx.db.update(staff).set({ locale: input.locale }).where(eq(staff.id, session.staffId)).run()
    session.locale = input.locale
    ctx.audit({
      entityType: 'staff',
      entityId: session.staffId,
      summaryKey: 'audit.setLocale',
      summaryParams: { locale: input.locale }
    })
    return { locale: input.locale }
  }
})

const unlockAccount = handle(api.staff.unlockAccount, {
  run(ctx, input) {
    const approver = ctx.requireApproval(SUPERVISORS)
    const record = findStaffByUsername(ctx.db, input.username)
    if (!record) throw new AppError('NOT_FOUND', {}, { field: 'username' })
    ctx.db.update(staff).set({ failedAttempts: 0, lockedUntil: null }).where(eq(staff.id, record.id)).run()
    ctx.audit({
      staffId: ctx.session?.staffId ?? approver.id,
      entityType: 'staff',
      entityId: record.id,
      summaryKey: 'audit.unlockAccount',
      summaryParams: { username: record.username }
    })
    return { username: record.username }
  }
})

export const authHandlers = [signIn, signOut, me, lock, unlock, changePassword, setLocale, unlockAccount]
