import { and, asc, eq, ne } from 'drizzle-orm'
import { staff } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { isStrongPassword } from '../../core/passwords'
import { findStaffByUsername, getStaff, toStaffRow } from './staff-records'

/** Removing the last active administrator would leave nobody able to manage accounts. */
function refuseLosingLastAdmin(ctx: ServiceContext, id: number): void {
  const others = ctx.db
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.role, 'admin'), eq(staff.active, true), ne(staff.id, id)))
    .all()
  if (others.length === 0) throw new AppError('LAST_ADMIN')
}

async function strongHash(ctx: ServiceContext, password: string, username: string, field: string) {
  if (!isStrongPassword(password, username)) throw new AppError('WEAK_PASSWORD', {}, { field })
  return ctx.passwords.hash(password)
}

const list = handle(api.staff.list, {
  run(ctx) {
    const now = ctx.now()
    return ctx.db
      .select()
      .from(staff)
      .orderBy(asc(staff.id))
      .all()
      .map((r) => toStaffRow(r, now))
  }
})

const create = handle(api.staff.create, {
  async prepare(ctx, input) {
    return { hash: await strongHash(ctx, input.password, input.username, 'password') }
  },
  run(ctx, input, { hash }) {
    if (findStaffByUsername(ctx.db, input.username)) {
      throw new AppError('USERNAME_TAKEN', { username: input.username }, { field: 'username' })
    }
    const row = ctx.db
      .insert(staff)
      .values({
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        passwordHash: hash,
        // The administrator chose this password; the person must choose their own.
        mustChangePassword: true,
        createdAt: ctx.now().toISOString()
      })
      .returning()
      .get()
    ctx.audit({
      entityType: 'staff',
      entityId: row.id,
      summaryKey: 'audit.staffCreate',
      summaryParams: { username: row.username, role: `role.${row.role}` }
    })
    return toStaffRow(row, ctx.now())
  }
})

const update = handle(api.staff.update, {
  run(ctx, input) {
    const before = getStaff(ctx.db, input.id)
    if (before.role === 'admin' && input.role !== 'admin' && before.active) refuseLosingLastAdmin(ctx, input.id)
    const row = ctx.db
      .update(staff)
      .set({ displayName: input.displayName, role: input.role })
      .where(eq(staff.id, input.id))
      .returning()
      .get()
    // A new role takes effect at the next sign-in: end the sessions that carry the old one.
    if (before.role !== input.role) ctx.sessions.removeForStaff(input.id)
    ctx.audit({
      entityType: 'staff',
      entityId: row.id,
      summaryKey: 'audit.staffUpdate',
      summaryParams: { username: row.username, displayName: row.displayName, role: `role.${row.role}` }
    })
    return toStaffRow(row, ctx.now())
  }
})

const setActive = handle(api.staff.setActive, {
  run(ctx, input) {
    const before = getStaff(ctx.db, input.id)
    if (!input.active && before.role === 'admin') refuseLosingLastAdmin(ctx, input.id)
    const row = ctx.db.update(staff).set({ active: input.active }).where(eq(staff.id, input.id)).returning().get()
    if (!input.active) ctx.sessions.removeForStaff(input.id)
    ctx.audit({
      entityType: 'staff',
      entityId: row.id,
      summaryKey: input.active ? 'audit.staffEnable' : 'audit.staffDisable',
      summaryParams: { username: row.username }
    })
    return toStaffRow(row, ctx.now())
  }
})

const resetPassword = handle(api.staff.resetPassword, {
  async prepare(ctx, input) {
    const record = getStaff(ctx.db, input.id)
    return { hash: await strongHash(ctx, input.newPassword, record.username, 'newPassword') }
  },
  run(ctx, input, { hash }) {
    const row = ctx.db
      .update(staff)
      .set({ passwordHash: hash, mustChangePassword: true, failedAttempts: 0, lockedUntil: null })
      .where(eq(staff.id, input.id))
      .returning()
      .get()
    if (!row) throw new AppError('NOT_FOUND')
    ctx.sessions.removeForStaff(input.id)
    ctx.audit({
      entityType: 'staff',
      entityId: row.id,
      summaryKey: 'audit.staffResetPassword',
      summaryParams: { username: row.username }
    })
    return toStaffRow(row, ctx.now())
  }
})

export const staffHandlers = [list, create, update, setActive, resetPassword]
