import { z } from 'zod'
import { query, mutation } from '../kernel/procedure'
import { ADMINS, ANY_ROLE, type Role } from '../kernel/roles'
import type { Locale } from '../kernel/locale'
import { id, locale, password, role, text, username } from '../kernel/fields'

export interface ShiftInfo {
  id: number
  counterId: number
  counterName: string
  openedAt: string
  /** 白班, 午间值班 or 夜班 (its word: `shift.kind.<kind>`). */
  kind: 'day' | 'noon' | 'night'
  /** Who opened the counter's shift and hands it over (a colleague signing in works within it). */
  holderId: number
  holderName: string
  /** True when signing in joined the counter's open shift rather than opening one. */
  resumed: boolean
}

export interface Me {
  id: number
  username: string
  displayName: string
  role: Role
  locale: Locale
  mustChangePassword: boolean
  idleLockMinutes: number
  shift: ShiftInfo
}

export interface SignInResult {
  token: string
  me: Me
}

export interface StaffRow {
  id: number
  username: string
  displayName: string
  role: Role
  active: boolean
  lockedUntil: string | null
  mustChangePassword: boolean
  createdAt: string
}

export const staffApi = {
  signIn: mutation<SignInResult>()('staff.signIn', z.strictObject({ username, password }), 'public', {
    noReplay: true
  }),
  signOut: mutation<{ signedOut: true }>()('staff.signOut', z.strictObject({}), ANY_ROLE, { noReplay: true }),
  me: query<Me>()('staff.me', z.strictObject({}), ANY_ROLE),
  /** The idle timer fired, or the clerk stepped away (Ctrl+L). */
  lock: mutation<{ locked: true }>()('staff.lock', z.strictObject({}), ANY_ROLE, { noReplay: true }),
  /** Allowed on a locked session: only the same person's password opens it again. */
  unlock: mutation<Me>()('staff.unlock', z.strictObject({ password }), ANY_ROLE, { noReplay: true }),
  changePassword: mutation<{ changed: true }>()(
    'staff.changePassword',
    z.strictObject({ currentPassword: password, newPassword: password }),
    ANY_ROLE,
    { noReplay: true }
  ),
  setLocale: mutation<{ locale: Locale }>()('staff.setLocale', z.strictObject({ locale }), ANY_ROLE),
  /** From the sign-in page: a supervisor approves, on the spot, lifting a lockout. */
  unlockAccount: mutation<{ username: string }>()('staff.unlockAccount', z.strictObject({ username }), 'public'),

  list: query<StaffRow[]>()('staff.list', z.strictObject({}), ADMINS),
  create: mutation<StaffRow>()(
    'staff.create',
    z.strictObject({ username, displayName: text(30), role, password }),
    ADMINS,
    { noReplay: true }
  ),
  update: mutation<StaffRow>()('staff.update', z.strictObject({ id, displayName: text(30), role }), ADMINS),
  setActive: mutation<StaffRow>()('staff.setActive', z.strictObject({ id, active: z.boolean() }), ADMINS),
  resetPassword: mutation<StaffRow>()('staff.resetPassword', z.strictObject({ id, newPassword: password }), ADMINS, {
    noReplay: true
  })
}
