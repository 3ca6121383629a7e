import type { Store } from '../../../../db/open'
import { api } from '../../../../shared/api'
import type { RosterKind } from '../../../../shared/handover/types'
import { localDate } from '../../../../shared/kernel/calendar'
import type { DemoPlanContext } from '../../tools/capability'
import type { DemoDesk } from '../../tools/demo/desk'
import { random } from '../../tools/demo/people'
import { addDays, moment, type DemoEvent } from '../../tools/demo/schedule'
import { callerRooms, ledgerDemo } from './demo-ledger'
import { handoverHook } from './demo-shifts'

/**
 * 交接班 after a year at the counter: every shift of the history closed through a real handover
 * (day → night at closing, night → day at opening; demo-shifts.ts), the ledger written every day
 * and read by the team lead daily and the department head weekly (demo-ledger.ts), a roster set
 * each Monday for the week and at "now" for the coming two weeks. At "now" the day shift is open
 * with the morning's work, the night's handover notes not yet acknowledged and a night entry open.
 */

const dayIndex = (day: string) => Math.round(moment(day, 12).getTime() / 86_400_000)
const nightOf = (day: string) => (dayIndex(day) % 2 === 0 ? 'night1' : 'night2')
const mondayOf = (day: string) => addDays(day, -((moment(day, 12).getDay() + 6) % 7))

function staffIds(store: Store): Map<string, number> {
  const rows = store.sqlite.prepare(`SELECT username, id FROM staff`).all() as { username: string; id: number }[]
  return new Map(rows.map((row) => [row.username, row.id]))
}

/** Who is on which shift of a day: both clerks by day, one at noon, the night person, the duty manager by week. */
function rosterOf(day: string): Record<RosterKind, string[]> {
  const odd = dayIndex(day) % 2 === 1
  return {
    day: ['clerk1', 'clerk2', 'cashier'],
    noon: [odd ? 'clerk2' : 'clerk1'],
    night: [nightOf(day)],
    manager: [Math.floor(dayIndex(mondayOf(day)) / 7) % 2 === 0 ? 'super' : 'manager']
  }
}

function rosterEvent(desk: DemoDesk, ids: Map<string, number>, at: Date, from: string, to: string): DemoEvent {
  return {
    at,
    staff: 'super',
    order: -1,
    run(s) {
      for (let day = from; day <= to; day = addDays(day, 1)) {
        for (const [kind, people] of Object.entries(rosterOf(day)) as [RosterKind, string[]][])
          desk.call(api.duty.setRoster, { day, kind, staffIds: people.map((p) => ids.get(p)!) }, s)
      }
    }
  }
}

/** The team lead reads yesterday's ledger most mornings; the department head last week's most Mondays. */
function reviewEvents(desk: DemoDesk, r: ReturnType<typeof random>, day: string, now: Date): DemoEvent[] {
  const events: DemoEvent[] = []
  const yesterday = addDays(day, -1)
  const daily = moment(day, 9, r.int(20, 80))
  if (r.chance(0.9) && daily <= now)
    events.push({
      at: daily,
      staff: 'super',
      run: (s) => void desk.call(api.ledger.review, { kind: 'daily', day: yesterday }, s)
    })
  const weekly = moment(day, 10, r.int(30, 90))
  if (moment(day, 12).getDay() === 1 && r.chance(0.85) && weekly <= now)
    events.push({
      at: weekly,
      staff: 'manager',
      run: (s) =>
        void desk.call(api.ledger.review, { kind: 'weekly', day: addDays(day, -7), note: '已阅，按时回复率需保持' }, s)
    })
  return events
}

export async function planHandover({ store, desk, now, historyStart }: DemoPlanContext): Promise<DemoEvent[]> {
  const r = random(20261313)
  const ids = staffIds(store)
  const today = localDate(now)
  const first = addDays(localDate(historyStart), 1)
  const ledger = ledgerDemo(desk, r, callerRooms(store), now)
  const events: DemoEvent[] = []
  for (let day = first; day <= today; day = addDays(day, 1)) {
    if ((day === first || moment(day, 12).getDay() === 1) && day < today)
      events.push(rosterEvent(desk, ids, moment(day, 9, 5), day, addDays(mondayOf(day), 6)))
    events.push(...ledger.dayEvents(day))
    if (day > first) events.push(...reviewEvents(desk, r, day, now))
  }
  const rosterNow = moment(today, 9, 5)
  if (rosterNow <= now) events.push(rosterEvent(desk, ids, rosterNow, today, addDays(today, 14)))
  desk.onShiftChange(handoverHook(store, desk, r, now, { nightOf, firstClerk: 'clerk1' }, ledger.night))
  return events
}
