import type { Store } from '../../../db/open'
import { tagFromToken } from '../services/key-records'
import { mobile, personName, random, type Random } from './people'

/**
 * Key custody as a service center has it: two cabinets (A 柜 10 × 8, B 柜 6 × 8) and about forty
 * key sets left by the owners of rooms under renovation or in trusteeship, each with one or two
 * people allowed to take them. Past hand-outs came back; a few keys are out now, two of them
 * overdue; one set came back a key short, with the incident on file. Rows are written as the
 * services write them, each movement with its staff member and shift, and on the room's timeline.
 */

const SETS = 40
const DAY = 86_400_000

interface Room {
  id: number
  code: string
  status: 'renovating' | 'trusteeship'
  ownerId: number
  ownerName: string
  ownerTail: string
  ownerPhone: string
}

interface Person {
  name: string
  phone: string
  idTail: string
}

const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
const hhmm = (iso: string) => {
  const d = new Date(iso)
  return `${day(d)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}
/** A moment on a local day, `days` before `now`, at hh:mm. */
const at = (now: Date, days: number, hour: number, minute = 0) => {
  const d = new Date(now.getTime() - days * DAY)
  d.setHours(hour, minute, 0, 0)
  return d.toISOString()
}
const idTail = (r: Random) => String(r.int(0, 99_999)).padStart(5, '0') + (r.chance(0.1) ? 'X' : String(r.int(0, 9)))
const somebody = (r: Random): Person => ({ name: personName(r, r.chance(0.7) ? 'male' : 'female'), phone: mobile(r), idTail: idTail(r) })

export function seedKeys(store: Store, now: Date, seed = 11): { cabinets: number; sets: number } {
  const db = store.sqlite
  const r = random(seed)
  const staffId = (username: string) => (db.prepare(`SELECT id FROM staff WHERE username = ?`).get(username) as { id: number }).id
  const clerks = [staffId('clerk1'), staffId('clerk2')]
  const manager = staffId('manager')
  const counter = (db.prepare(`SELECT id FROM counters LIMIT 1`).get() as { id: number }).id
  const shiftOf = new Map(
    clerks.map((id) => [id, Number(db.prepare(`INSERT INTO shifts (staff_id, counter_id, opened_at, closed_at) VALUES (?, ?, ?, ?)`).run(id, counter, at(now, 120, 8), new Date(now.getTime() - 600_000).toISOString()).lastInsertRowid)])
  )
  const ins = {
    cabinet: db.prepare(`INSERT INTO key_cabinets (name, rows, columns, created_at) VALUES (?, ?, ?, ?)`),
    set: db.prepare(`INSERT INTO key_sets (tag_code, room_id, cabinet_id, hook_row, hook_column, pieces, piece_count, purpose, depositor_id, deposited_at, withdrawn_at, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`),
    auth: db.prepare(`INSERT INTO key_authorizations (key_set_id, name, phone, id_tail, relation, purposes, valid_from, valid_to, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    movement: db.prepare(
      `INSERT INTO key_movements (key_set_id, kind, person_name, person_id_tail, person_phone, authorization_id, purpose, count, expected_return_at, borrow_id, note, at, staff_id, shift_id, approver_id, override_reason)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    ),
    incident: db.prepare(`INSERT INTO key_incidents (key_set_id, movement_id, kind, responsible, description, missing_count, at, staff_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    shrink: db.prepare(`UPDATE key_sets SET piece_count = ? WHERE id = ?`),
    audit: db.prepare(`INSERT INTO audit_log (at, staff_id, shift_id, approver_id, procedure, entity_type, entity_id, summary_key, summary_params, room_id) VALUES (?, ?, ?, ?, ?, 'keySet', ?, ?, ?, ?)`)
  }

  const rooms = db
    .prepare(
      `SELECT r.id, r.code, r.status, p.id AS ownerId, p.name AS ownerName, substr(p.id_number, -6) AS ownerTail,
        coalesce((SELECT pp.phone FROM person_phones pp WHERE pp.person_id = p.id ORDER BY pp.position LIMIT 1), '') AS ownerPhone
       FROM rooms r JOIN room_persons rp ON rp.room_id = r.id AND rp.relation = 'owner' AND rp.ended_on IS NULL JOIN persons p ON p.id = rp.person_id
       WHERE r.status IN ('renovating', 'trusteeship') AND p.kind = 'person' AND p.id_number IS NOT NULL
       GROUP BY r.id ORDER BY r.id`
    )
    .all() as Room[]
  // Spread over the estate rather than the first building only.
  const chosen = rooms.filter((_, i) => rooms.length <= SETS || i % Math.floor(rooms.length / SETS) === 0).slice(0, SETS)

  const cabinets = [
    { name: 'A 柜', rows: 10, columns: 8 },
    { name: 'B 柜', rows: 6, columns: 8 }
  ].map((c) => ({ ...c, id: Number(ins.cabinet.run(c.name, c.rows, c.columns, at(now, 365, 9)).lastInsertRowid) }))
  // Two sets in three hang in A 柜, the rest in B 柜, each filled from the top with gaps where sets were taken back.
  const cursors = cabinets.map(() => 0)
  const nextHook = (i: number) => {
    const n = i % 3 === 2 ? 1 : 0
    const cabinet = cabinets[n]!
    cursors[n]! += r.chance(0.3) ? 2 : 1
    const index = (cursors[n]! - 1) % (cabinet.rows * cabinet.columns)
    return { cabinet, row: Math.floor(index / cabinet.columns) + 1, column: (index % cabinet.columns) + 1 }
  }
  // The first renovation set is the one that came back a key short.
  const shortIndex = chosen.findIndex((room) => room.status === 'renovating')

  const used = new Set<string>()
  const tagOf = (i: number) => {
    for (let n = 0; ; n++) {
      const tag = tagFromToken(`demo-key-${seed}-${i}-${n}`)
      if (!used.has(tag)) {
        used.add(tag)
        return tag
      }
    }
  }

  db.transaction(() => {
    chosen.forEach((room, i) => {
      const hook = nextHook(i)
      const renovation = room.status === 'renovating'
      const purpose = renovation ? 'renovation' : 'trusteeship'
      const pieces = renovation
        ? [{ kind: 'door', count: 2 }, { kind: 'unitDoor', count: 1 }, ...(r.chance(0.3) ? [{ kind: 'mailbox', count: 1 }] : [])]
        : [{ kind: 'door', count: r.int(1, 2) }, { kind: 'mailbox', count: 1 }, ...(r.chance(0.2) ? [{ kind: 'garage', count: 1 }] : [])]
      const pieceCount = pieces.reduce((s, p) => s + p.count, 0)
      const depositDays = r.int(6, 70)
      const depositedAt = at(now, depositDays, r.int(9, 16), r.int(0, 59))
      const tag = tagOf(i)
      const clerk = r.pick(clerks)
      const notes = renovation ? r.pick(['装修期间工人取用', '装修公司每日领取', '']) : r.pick(['业主长期在外，委托保管', '出租空置期间保管', ''])
      const setId = Number(ins.set.run(tag, room.id, hook.cabinet.id, hook.row, hook.column, JSON.stringify(pieces), pieceCount, purpose, room.ownerId, depositedAt, notes).lastInsertRowid)
      const audit = (when: string, staff: number, procedure: string, key: string, params: Record<string, string | number>, approver: number | null = null) =>
        ins.audit.run(when, staff, shiftOf.get(staff), approver, procedure, String(setId), key, JSON.stringify(params), room.id)

      const validFrom = day(new Date(depositedAt))
      const people = Array.from({ length: r.int(1, 2) }, () => somebody(r))
      const authIds = people.map((p, n) => {
        const relation = renovation ? (n === 0 ? '装修公司项目经理' : '装修工人') : r.pick(['儿子', '女儿', '兄弟', '亲属'])
        const purposes = renovation ? ['renovation'] : ['family', 'emergency']
        const validTo = day(new Date(new Date(depositedAt).getTime() + (renovation ? 90 : 365) * DAY))
        return Number(ins.auth.run(setId, p.name, p.phone, p.idTail, relation, JSON.stringify(purposes), validFrom, validTo, depositedAt).lastInsertRowid)
      })
      ins.movement.run(setId, 'deposit', room.ownerName, room.ownerTail, room.ownerPhone, null, purpose, pieceCount, null, null, notes, depositedAt, clerk, shiftOf.get(clerk), null, null)
      audit(depositedAt, clerk, 'keys.deposit', 'audit.keyDeposit', { tag, pieces: pieceCount, purpose: `key.purpose.${purpose}`, cabinet: hook.cabinet.name, row: hook.row, column: hook.column })

      let count = pieceCount
      const lend = (p: Person, authId: number, borrowPurpose: string, out: string, back: string) => {
        const staff = r.pick(clerks)
        const id = Number(ins.movement.run(setId, 'borrow', p.name, p.idTail, p.phone, authId, borrowPurpose, count, back, null, '', out, staff, shiftOf.get(staff), null, null).lastInsertRowid)
        audit(out, staff, 'keys.borrow', 'audit.keyBorrow', { tag, name: p.name, purpose: `key.purpose.${borrowPurpose}`, count, until: hhmm(back) })
        return id
      }
      const giveBack = (p: Person, borrowId: number, returned: number, when: string, note = '') => {
        const staff = r.pick(clerks)
        const id = Number(ins.movement.run(setId, 'return', p.name, p.idTail, p.phone, null, null, returned, null, borrowId, note, when, staff, shiftOf.get(staff), null, null).lastInsertRowid)
        const missing = count - returned
        if (missing > 0) {
          ins.incident.run(setId, id, 'lost', p.name, `归还时少 ${missing} 把（借出 ${count} 把，归还 ${returned} 把） — ${note}`, missing, when, staff)
          audit(when, staff, 'keys.return', 'audit.keyReturnShort', { tag, name: p.name, count: returned, missing })
          count = returned
          ins.shrink.run(count, setId)
        } else {
          audit(when, staff, 'keys.return', 'audit.keyReturn', { tag, name: p.name, count: returned, cabinet: hook.cabinet.name, row: hook.row, column: hook.column })
        }
        return { id, staff }
      }

      // Past hand-outs, each back the same afternoon.
      const borrowPurpose = renovation ? 'renovation' : 'family'
      const span = depositDays - 5
      const trips = Math.min(span, renovation ? r.int(1, 4) : r.int(0, 1))
      const step = trips > 0 ? Math.floor(span / trips) : 0
      for (let t = 0; t < trips; t++) {
        const daysAgo = depositDays - 3 - t * step
        const who = r.int(0, people.length - 1)
        const borrowId = lend(people[who]!, authIds[who]!, borrowPurpose, at(now, daysAgo, 8, r.int(30, 59)), at(now, daysAgo, 18))
        // One set came back a key short: the worker is responsible, the office follows it up.
        if (i === shortIndex && t === 0) {
          const back = giveBack(people[who]!, borrowId, count - 1, at(now, daysAgo, 17, r.int(0, 40)), '单元门钥匙遗失在工地')
          ins.incident.run(setId, null, 'followUp', people[who]!.name, '已电话告知业主，业主同意由装修公司补配', 0, at(now, daysAgo - 1, 10), back.staff)
          audit(at(now, daysAgo - 1, 10), back.staff, 'keys.incident', 'audit.keyIncident', { tag, kind: 'key.incident.followUp', description: '已电话告知业主，业主同意由装修公司补配' })
        } else {
          giveBack(people[who]!, borrowId, count, at(now, daysAgo, r.int(16, 18), r.int(0, 59)))
        }
      }

      // Out now: three today, two overdue (one since yesterday evening, one lent by exception).
      const hoursFromNow = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString()
      if (i === 5 || i === 9 || i === 14) lend(people[0]!, authIds[0]!, borrowPurpose, hoursFromNow(-r.int(1, 3)), hoursFromNow(r.int(2, 8)))
      if (i === 7) lend(people[0]!, authIds[0]!, borrowPurpose, at(now, 1, 9, 5), at(now, 1, 18))
      if (i === 11) {
        const stranger = somebody(r)
        const out = at(now, 2, 14, 20)
        const back = at(now, 2, 20)
        ins.movement.run(setId, 'borrow', stranger.name, stranger.idTail, stranger.phone, null, 'emergency', count, back, null, '', out, clerks[0], shiftOf.get(clerks[0]!), manager, '楼上漏水，业主电话同意开门查看')
        audit(out, clerks[0]!, 'keys.borrow', 'audit.keyBorrowOverride', { tag, name: stranger.name, purpose: 'key.purpose.emergency', count, until: hhmm(back), reason: '楼上漏水，业主电话同意开门查看' }, manager)
      }
    })
  }).immediate()
  return { cabinets: cabinets.length, sets: chosen.length }
}
