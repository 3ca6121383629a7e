import dayjs from 'dayjs'
import { and, asc, eq, gte, inArray, lte, ne } from 'drizzle-orm'
import { dutyRoster, staff } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import type { RosterKind } from '../../../../shared/handover/types'
import type { RosterRow } from '../../../../shared/handover/types'
import type { MessageKey } from '../../../../shared/messages'
import { message } from '../../../../shared/messages'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'

/**
 * 值班表: a plan of who is on which shift of a day and the day's 总值班. A supervisor sets one
 * day's kind at a time and the list replaces what was there (the router's one transaction), so
 * the grid never holds half a change. Anyone active but an administrator may be put on any
 * shift: who actually keeps the counter is decided at sign-in, not here.
 */

/** The most days one roster read returns (a month's view with its neighbours). */
const MAX_ROSTER_DAYS = 62

const realDay = (value: string) => dayjs(value).format('YYYY-MM-DD') === value

function refuse(ctx: ServiceContext, fields: Record<string, MessageKey>): never {
  const texts = Object.fromEntries(Object.entries(fields).map(([f, key]) => [f, message(ctx.locale, key)]))
  throw new AppError('VALIDATION', {}, { fields: texts })
}

export function rosterRows(ctx: ServiceContext, from: string, to: string, kind?: RosterKind): RosterRow[] {
  return ctx.db
    .select({
      id: dutyRoster.id,
      day: dutyRoster.day,
      kind: dutyRoster.kind,
      staffId: dutyRoster.staffId,
      staffName: staff.displayName,
      role: staff.role,
      note: dutyRoster.note
    })
    .from(dutyRoster)
    .innerJoin(staff, eq(staff.id, dutyRoster.staffId))
    .where(
      and(
        gte(dutyRoster.day, from),
        lte(dutyRoster.day, to),
        kind === undefined ? undefined : eq(dutyRoster.kind, kind)
      )
    )
    .orderBy(asc(dutyRoster.day), asc(dutyRoster.kind), asc(dutyRoster.id))
    .all()
}

const roster = handle(api.duty.roster, {
  run(ctx, { from, to }) {
    if (!realDay(from)) refuse(ctx, { from: 'field.date' })
    if (!realDay(to)) refuse(ctx, { to: 'field.date' })
    const days = dayjs(to).diff(dayjs(from), 'day') + 1
    if (days < 1 || days > MAX_ROSTER_DAYS) refuse(ctx, { to: 'field.invalid' })
    return rosterRows(ctx, from, to)
  }
})

/** The people named, each active and not an administrator, in the order given (duplicates once). */
function rosterable(ctx: ServiceContext, staffIds: number[]) {
  const unique = [...new Set(staffIds)]
  if (unique.length === 0) return []
  const found = ctx.db
    .select({ id: staff.id, name: staff.displayName })
    .from(staff)
    .where(and(inArray(staff.id, unique), eq(staff.active, true), ne(staff.role, 'admin')))
    .all()
  if (found.length !== unique.length) refuse(ctx, { staffIds: 'field.invalid' })
  return unique.map((id) => found.find((f) => f.id === id)!)
}

const kindKey = (kind: RosterKind) => (kind === 'manager' ? 'duty.kind.manager' : `shift.kind.${kind}`)

const setRoster = handle(api.duty.setRoster, {
  run(ctx, input) {
    if (!realDay(input.day)) refuse(ctx, { day: 'field.date' })
    const people = rosterable(ctx, input.staffIds)
    const by = ctx.requireSession().staffId
    const createdAt = ctx.now().toISOString()
    ctx.db
      .delete(dutyRoster)
      .where(and(eq(dutyRoster.day, input.day), eq(dutyRoster.kind, input.kind)))
      .run()
    for (const person of people)
      ctx.db
        .insert(dutyRoster)
        .values({ day: input.day, kind: input.kind, staffId: person.id, note: input.note, createdAt, createdBy: by })
        .run()
    ctx.audit({
      entityType: 'dutyRoster',
      entityId: `${input.day}:${input.kind}`,
      summaryKey: 'audit.rosterSet',
      summaryParams: {
        day: input.day,
        kind: kindKey(input.kind),
        names: people.length > 0 ? people.map((p) => p.name).join('、') : '—'
      }
    })
    return rosterRows(ctx, input.day, input.day, input.kind)
  }
})

/** Who may be put on the roster (and named as the incoming person): active staff, not administrators. */
const staffList = handle(api.duty.staff, {
  run: (ctx) =>
    ctx.db
      .select({ id: staff.id, username: staff.username, displayName: staff.displayName, role: staff.role })
      .from(staff)
      .where(and(eq(staff.active, true), ne(staff.role, 'admin')))
      .orderBy(asc(staff.displayName))
      .all()
})

export const dutyRosterHandlers = [roster, setRoster, staffList]
