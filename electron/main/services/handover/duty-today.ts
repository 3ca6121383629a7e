import { and, asc, eq } from 'drizzle-orm'
import { dutyRoster, staff } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import { dutyDayOf, SHIFT_KINDS, shiftKindAt } from '../../../../shared/handover/shift-kinds'
import type { DutyToday, OpenShift } from '../../../../shared/handover/types'
import type { ServiceContext } from '../../core/context'
import { handle } from '../../core/handler'
import { openShiftOf, shiftInfo, thisCounter } from '../foundation/shift-change'
import { readHandoverSettings } from './settings-store'

/**
 * 今日值班 for the header and the 工作台: the duty day of this moment (a night after midnight is
 * still the evening's roster), who is on each shift and the 总值班, and who holds this counter's
 * open shift right now (which may differ from the plan: the roster is a plan, the shift is a fact).
 */

function namesOf(ctx: ServiceContext, day: string, kind: string): string[] {
  return ctx.db
    .select({ name: staff.displayName })
    .from(dutyRoster)
    .innerJoin(staff, eq(staff.id, dutyRoster.staffId))
    .where(and(eq(dutyRoster.day, day), eq(dutyRoster.kind, kind as 'day')))
    .orderBy(asc(dutyRoster.id))
    .all()
    .map((r) => r.name)
}

function counterOpenShift(ctx: ServiceContext): OpenShift | null {
  const counter = thisCounter(ctx)
  const open = openShiftOf(ctx.db, counter.id)
  if (open === null) return null
  const { resumed: _resumed, ...shift } = shiftInfo(ctx.db, open)
  return shift
}

export function dutyToday(ctx: ServiceContext): DutyToday {
  const settings = readHandoverSettings(ctx.db)
  const now = ctx.now()
  const day = dutyDayOf(settings, now)
  const manager = namesOf(ctx, day, 'manager')
  return {
    day,
    kindNow: shiftKindAt(settings, now),
    onDuty: SHIFT_KINDS.map((kind) => ({ kind, names: namesOf(ctx, day, kind) })),
    manager: manager.length > 0 ? manager.join('、') : null,
    openShift: counterOpenShift(ctx)
  }
}

const today = handle(api.duty.today, { run: (ctx) => dutyToday(ctx) })

const contacts = handle(api.duty.contacts, { run: (ctx) => readHandoverSettings(ctx.db).outsideNumbers })

export const dutyTodayHandlers = [today, contacts]
