import type { Store } from '../../../../db/open'
import { api } from '../../../../shared/api'
import type { KeyKind, KeyPurpose } from '../../../../shared/keys/api'
import { localDate, localDateTime } from '../../../../shared/kernel/calendar'
import type { DemoDesk } from '../../tools/demo/desk'
import { mobile, personName, random, type Random } from '../../tools/demo/people'
import { addDays, moment, type DemoEvent } from '../../tools/demo/schedule'
import { roomsForDemoKeys } from './queries'

/**
 * Key custody as a service center has it: two cabinets (A 柜 10 × 8, B 柜 6 × 8) and about forty
 * key sets left by the owners of rooms under renovation or in trusteeship, each with one or two
 * people allowed to take them. Past hand-outs came back; a few keys are out now, two of them
 * overdue (one lent by exception with the manager's approval); one set came back a key short,
 * with the incident on file. Each step is a call to the key services at its moment, in service hours.
 */

const SETS = 40
const CLERKS = ['clerk1', 'clerk2']

interface Person {
  name: string
  phone: string
  idTail: string
}

type Session = Parameters<DemoEvent['run']>[0]

const idTail = (r: Random) => String(r.int(0, 99_999)).padStart(5, '0') + (r.chance(0.1) ? 'X' : String(r.int(0, 9)))
const somebody = (r: Random): Person => ({
  name: personName(r, r.chance(0.7) ? 'male' : 'female'),
  phone: mobile(r),
  idTail: idTail(r)
})
/** The local wall-clock time the borrow form sends ("YYYY-MM-DDTHH:mm"). */
const localInput = (d: Date) => localDateTime(d).replace(' ', 'T')
const HOUR = 3_600_000

/** The latest minute the counter was open at or before `now` (today's, else yesterday's closing). */
function lastOpenMinute(now: Date): Date {
  const today = localDate(now)
  const latest = new Date(Math.min(now.getTime() - 60_000, moment(today, 20, 50).getTime()))
  return latest < moment(today, 9, 10) ? moment(addDays(today, -1), 20, 50) : latest
}

export function planKeys(store: Store, desk: DemoDesk, now: Date, setUpAt: Date, seed = 11): DemoEvent[] {
  const r = random(seed)
  const today = localDate(now)
  const rooms = roomsForDemoKeys.all(store)
  // Spread over the estate rather than the first building only.
  const chosen = rooms
    .filter((_, i) => rooms.length <= SETS || i % Math.floor(rooms.length / SETS) === 0)
    .slice(0, SETS)
  const cabinets = [
    { name: 'A 柜', rows: 10, columns: 8, id: 0 },
    { name: 'B 柜', rows: 6, columns: 8, id: 0 }
  ]
  const events: DemoEvent[] = [
    {
      at: setUpAt,
      staff: 'super',
      run: (s) =>
        cabinets.forEach(
          (c) => (c.id = desk.call(api.keys.saveCabinet, { name: c.name, rows: c.rows, columns: c.columns }, s).id)
        )
    }
  ]
  // Two sets in three hang in A 柜, the rest in B 柜, each filled from the top with gaps where sets were taken back.
  const cursors = [0, 0]
  const nextHook = (i: number) => {
    const n = i % 3 === 2 ? 1 : 0
    const cabinet = cabinets[n]!
    cursors[n]! += r.chance(0.3) ? 2 : 1
    const index = (cursors[n]! - 1) % (cabinet.rows * cabinet.columns)
    return { cabinet, row: Math.floor(index / cabinet.columns) + 1, column: (index % cabinet.columns) + 1 }
  }
  // The first renovation set is the one that came back a key short.
  const shortIndex = chosen.findIndex((room) => room.status === 'renovating')

  chosen.forEach((room, i) => {
    const hook = nextHook(i)
    const renovation = room.status === 'renovating'
    const purpose: KeyPurpose = renovation ? 'renovation' : 'trusteeship'
    const pieces: { kind: KeyKind; count: number }[] = renovation
      ? [
          { kind: 'door', count: 2 },
          { kind: 'unitDoor', count: 1 },
          ...(r.chance(0.3) ? [{ kind: 'mailbox' as const, count: 1 }] : [])
        ]
      : [
          { kind: 'door', count: r.int(1, 2) },
          { kind: 'mailbox', count: 1 },
          ...(r.chance(0.2) ? [{ kind: 'garage' as const, count: 1 }] : [])
        ]
    let count = pieces.reduce((s, p) => s + p.count, 0)
    const depositDays = r.int(6, 70)
    const depositDay = addDays(today, -depositDays)
    const set = { id: 0 }
    const notes = renovation
      ? r.pick(['装修期间工人取用', '装修公司每日领取', ''])
      : r.pick(['业主长期在外，委托保管', '出租空置期间保管', ''])
    const people = Array.from({ length: r.int(1, 2) }, () => somebody(r))
    const authorized = people.map((p, n) => ({
      name: p.name,
      phone: p.phone,
      idTail: p.idTail,
      relation: renovation ? (n === 0 ? '装修公司项目经理' : '装修工人') : r.pick(['儿子', '女儿', '兄弟', '亲属']),
      purposes: renovation ? ['renovation' as const] : ['family' as const, 'emergency' as const],
      validFrom: depositDay,
      validTo: addDays(depositDay, renovation ? 90 : 365)
    }))
    events.push({
      at: moment(depositDay, r.int(9, 16), r.int(0, 59)),
      staff: r.pick(CLERKS),
      run: (s) =>
        void (set.id = desk.call(
          api.keys.deposit,
          {
            roomId: room.id,
            depositorId: room.ownerId,
            pieces,
            purpose,
            cabinetId: hook.cabinet.id,
            hookRow: hook.row,
            hookColumn: hook.column,
            authorized,
            notes
          },
          s
        ).id)
    })
    const lend = (
      p: Person,
      borrowPurpose: KeyPurpose,
      out: Date,
      back: Date,
      approval?: { by: string; reason: string }
    ) =>
      events.push({
        at: out,
        staff: approval ? CLERKS[0]! : r.pick(CLERKS),
        run: (s: Session) =>
          void desk.call(
            api.keys.borrow,
            {
              keySetId: set.id,
              personName: p.name,
              idTail: p.idTail,
              phone: approval ? p.phone : '',
              purpose: borrowPurpose,
              expectedReturnAt: localInput(back),
              overrideReason: approval?.reason
            },
            s,
            approval?.by
          )
      })
    const giveBack = (at: Date, returned: number, note = '') =>
      events.push({
        at,
        staff: r.pick(CLERKS),
        run: (s: Session) => void desk.call(api.keys.return, { keySetId: set.id, count: returned, note }, s)
      })

    // Past hand-outs, each back the same afternoon (none in the last two days: those are below).
    const borrowPurpose: KeyPurpose = renovation ? 'renovation' : 'family'
    const span = depositDays - 5
    const trips = Math.min(span, renovation ? r.int(1, 4) : r.int(0, 1))
    const step = trips > 0 ? Math.floor(span / trips) : 0
    for (let t = 0; t < trips; t++) {
      const day = addDays(today, -(depositDays - 3 - t * step))
      const who = people[r.int(0, people.length - 1)]!
      const out = moment(day, 9, r.int(5, 40))
      if (day >= addDays(today, -2)) continue
      lend(who, borrowPurpose, out, moment(day, 18))
      if (i === shortIndex && t === 0) {
        // One set came back a key short: the worker is responsible, the office follows it up.
        giveBack(moment(day, 17, r.int(0, 40)), count - 1, '单元门钥匙遗失在工地')
        count -= 1
        events.push({
          at: moment(addDays(day, 1), 10),
          staff: r.pick(CLERKS),
          run: (s) =>
            void desk.call(
              api.keys.incident,
              {
                keySetId: set.id,
                kind: 'followUp',
                responsible: who.name,
                description: '已电话告知业主，业主同意由装修公司补配'
              },
              s
            )
        })
      } else {
        giveBack(moment(day, r.int(16, 17), r.int(0, 59)), count)
      }
    }

    // Out now: three lent in the last hours, two overdue (one since yesterday, one lent by exception).
    if (i === 5 || i === 9 || i === 14) {
      const latest = lastOpenMinute(now)
      const out = new Date(Math.max(latest.getTime() - r.int(1, 3) * HOUR, moment(localDate(latest), 9, 5).getTime()))
      lend(people[0]!, borrowPurpose, out, new Date(now.getTime() + r.int(2, 8) * HOUR))
    }
    if (i === 7) lend(people[0]!, borrowPurpose, moment(addDays(today, -1), 9, 5), moment(addDays(today, -1), 18))
    if (i === 11)
      lend(somebody(r), 'emergency', moment(addDays(today, -2), 14, 20), moment(addDays(today, -2), 20), {
        by: 'manager',
        reason: '楼上漏水，业主电话同意开门查看'
      })
  })
  return events
}
