import type { Session } from '../../core/sessions'
import { localDate } from '../../../../shared/kernel/calendar'
import { SERVICE_CLOSES, SERVICE_OPENS, type DemoDesk } from './desk'
import type { Random } from './people'

/** One thing done at the counter at a moment, by a staff member (signed in for it). */
export interface DemoEvent {
  at: Date
  staff: string
  /** Ties at the same minute keep the order they were planned in. */
  order?: number
  run(session: Session): void
}

/** A local moment on `day` (YYYY-MM-DD) at hh:mm. */
export function moment(day: string, hour: number, minute = 0): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d, hour, minute, 0, 0)
}

/** A random minute inside service hours on `day`, leaving `tail` minutes before closing. */
export function serviceMinute(r: Random, day: string, tail = 15): Date {
  return moment(day, SERVICE_OPENS, r.int(0, (SERVICE_CLOSES - SERVICE_OPENS) * 60 - tail))
}

export const inServiceHours = (at: Date) => at.getHours() >= SERVICE_OPENS && at.getHours() < SERVICE_CLOSES

/** The local day `n` days after `day`. */
export function addDays(day: string, n: number): string {
  const d = moment(day, 12)
  d.setDate(d.getDate() + n)
  return localDate(d)
}

/**
 * Plays the events day by day, each day in one transaction: whoever works that day signs in when
 * the counter opens (opening its shift or joining the open one), does their work at its moment,
 * and the shift closes at 21:00 — or, on the demo's own day, at "now", so whoever signs in next
 * starts a fresh shift. A capability that registered a shift-change hook on the desk (the
 * handover) takes over instead, at each day's opening and closing: it hands the shift over.
 * Events after "now" or outside service hours are a planning error, not something to skip.
 */
export function playDays(desk: DemoDesk, events: DemoEvent[], now: Date): void {
  const planned = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at.getTime() - b.e.at.getTime() || (a.e.order ?? 0) - (b.e.order ?? 0) || a.i - b.i)
  const byDay = new Map<string, DemoEvent[]>()
  for (const { e } of planned) {
    if (e.at > now || !inServiceHours(e.at))
      throw new Error(`demo event at ${e.at.toISOString()} is outside service hours or after now`)
    const day = localDate(e.at)
    byDay.set(day, [...(byDay.get(day) ?? []), e])
  }
  const hooks = desk.shiftChangeHooks()
  for (const [day, list] of byDay) {
    desk.day(() => {
      const open = new Map<string, Session>()
      const staff = [...new Set(list.map((e) => e.staff))]
      const opening = moment(day, SERVICE_OPENS)
      for (const hook of hooks) hook({ kind: 'opening', day, at: opening, staff, sessions: open, final: false })
      desk.at(opening)
      for (const username of staff) open.set(username, desk.signIn(username))
      for (const e of list) {
        desk.at(e.at)
        e.run(open.get(e.staff)!)
      }
      const closing = moment(day, SERVICE_CLOSES)
      desk.at(closing < now ? closing : now)
      if (hooks.length === 0) {
        for (const session of open.values()) desk.closeShift(session)
        return
      }
      for (const hook of hooks)
        hook({ kind: 'closing', day, at: desk.now(), staff, sessions: open, final: closing >= now })
      for (const session of open.values()) desk.signOut(session)
    })
  }
}
