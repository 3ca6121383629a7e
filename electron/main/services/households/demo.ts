import type { Db, Store } from '../../../../db/open'
import { persons as personsTable } from '../../../../db/schema'
import { columns, writePhones, type PersonFields } from './person-records'
import { findOrCreateBuilding, findOrCreateUnit } from './estate'
import { company, mobile, personName, random, residentId, surnameOf, type Random } from '../../tools/demo/people'

const AREAS = [
  ['89.50', '120.35', '143.80', '98.20'],
  ['76.30', '95.60', '95.60', '76.30'],
  ['128.45', '156.90', '128.45', '110.00']
]
const TAGS = ['独居老人', '空巢家庭', '有宠物', '需上门服务', '出租房', '外籍住户']
/** Rooms the guide and the e2e tests open: always lived in, with an owner on file. */
const SHOWCASE = new Set(['3-2-1502', '2-1-101', '1-1-102'])
const STATUS_WEIGHTS: [string, number][] = [
  ['occupied', 0.68],
  ['vacant', 0.1],
  ['trusteeship', 0.05],
  ['renovating', 0.06],
  ['undelivered', 0.11]
]

function weighted(r: Random, weights: [string, number][]): string {
  let x = r.next()
  for (const [value, w] of weights) if ((x -= w) < 0) return value
  return weights[weights.length - 1]![0]
}

/**
 * insertPerson's rows, without its duplicate-document check: that scans persons (id_number and
 * credit_code are not indexed), which makes seeding thousands quadratic (0.6 s → 11 s for 5000
 * rooms); the demo's IDs are unique by construction.
 */
function seedPerson(db: Db, fields: PersonFields, at: string): number {
  const { id } = db
    .insert(personsTable)
    .values({ ...columns(fields, at), createdAt: at })
    .returning({ id: personsTable.id })
    .get()
  writePhones(db, id, fields.phones)
  return id
}

/**
 * A realistic estate of about `target` rooms: high-rises of 18–33 floors with 2–3 units and four
 * homes a floor, shops on the ground floor of every third building, a parking garage; owners
 * with valid IDs and phones, co-owners, family, tenants, agents, a few companies. Buildings, units
 * and persons go in through the estate's and the person records' own writes; the rest through
 * prepared statements; all in one transaction (tens of thousands of rows in a few seconds).
 */
export function seedEstate(
  store: Store,
  now: Date,
  target = 5000,
  seed = 20261122
): { rooms: number; persons: number } {
  const r = random(seed)
  const at = now.toISOString()
  const db = store.sqlite
  // No service function writes one room or one relation with these columns (bulkCreate and the
  // import write their rows inline), and documents.mark stamps a staff member the estate has none of.
  const ins = {
    room: db.prepare(
      `INSERT INTO rooms (building_id, unit_id, number, code, floor, area_centi, type, status, vip, tags, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?)`
    ),
    relation: db.prepare(
      `INSERT INTO room_persons (room_id, person_id, relation, started_on, poa_scope, poa_from, poa_to, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
    ),
    document: db.prepare(`INSERT INTO room_documents (room_id, type_key, on_file, marked_at) VALUES (?, ?, 1, ?)`)
  }
  const usedIds = new Set<string>()
  let persons = 0
  let companies = 0

  function addPerson(gender: 'male' | 'female', surname?: string, adult = true): { id: number; name: string } {
    const name = personName(r, gender, surname)
    let id = residentId(r, gender, adult ? 1945 : 2005, adult ? 2000 : 2020)
    while (usedIds.has(id)) id = residentId(r, gender)
    usedIds.add(id)
    const emergencyName = r.chance(0.3) ? personName(r, r.chance(0.5) ? 'male' : 'female') : ''
    const emergencyPhone = emergencyName ? mobile(r) : ''
    const phones: string[] = []
    if (adult) for (let i = r.chance(0.15) ? 2 : 1; i > 0; i--) phones.push(mobile(r))
    const personId = seedPerson(
      store.db,
      {
        kind: 'person',
        name,
        gender,
        idType: 'resident',
        idNumber: id,
        creditCode: '',
        phones,
        emergencyName,
        emergencyPhone,
        notes: ''
      },
      at
    )
    persons++
    return { id: personId, name }
  }

  function addCompany(): number {
    const c = company(r, companies++)
    const phone = `0591-${r.int(22_000_000, 88_999_999)}`
    const personId = seedPerson(
      store.db,
      {
        kind: 'company',
        name: c.name,
        gender: null,
        idType: null,
        idNumber: '',
        creditCode: c.creditCode,
        phones: [phone],
        emergencyName: '',
        emergencyPhone: '',
        notes: ''
      },
      at
    )
    persons++
    return personId
  }

  function household(roomId: number, status: string, type: string) {
    const since = `${r.int(2012, 2026)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`
    if (type === 'shop' && r.chance(0.4)) {
      ins.relation.run(roomId, addCompany(), 'owner', since, null, null, null, at)
      return
    }
    const ownerGender = r.chance(0.55) ? 'male' : 'female'
    const owner = addPerson(ownerGender)
    ins.relation.run(roomId, owner.id, 'owner', since, null, null, null, at)
    if (type !== 'residence') return
    if (r.chance(0.6))
      ins.relation.run(
        roomId,
        addPerson(ownerGender === 'male' ? 'female' : 'male').id,
        'coowner',
        since,
        null,
        null,
        null,
        at
      )
    if (status === 'occupied') {
      if (r.chance(0.12)) {
        ins.relation.run(
          roomId,
          addPerson(r.chance(0.5) ? 'male' : 'female').id,
          'tenant',
          '2026-03-01',
          null,
          null,
          null,
          at
        )
        ins.relation.run(
          roomId,
          addPerson(r.chance(0.5) ? 'male' : 'female').id,
          'tenant',
          '2026-03-01',
          null,
          null,
          null,
          at
        )
      } else {
        const children = r.int(0, 3)
        for (let i = 0; i < children; i++)
          ins.relation.run(
            roomId,
            addPerson(r.chance(0.5) ? 'male' : 'female', surnameOf(owner.name), r.chance(0.4)).id,
            'family',
            since,
            null,
            null,
            null,
            at
          )
        if (r.chance(0.7))
          ins.relation.run(
            roomId,
            addPerson(r.chance(0.5) ? 'male' : 'female', surnameOf(owner.name)).id,
            'family',
            since,
            null,
            null,
            null,
            at
          )
      }
    }
    if (status === 'trusteeship' || (status === 'renovating' && r.chance(0.5))) {
      const agent = addPerson(r.chance(0.5) ? 'male' : 'female')
      ins.relation.run(
        roomId,
        agent.id,
        'agent',
        '2026-09-01',
        status === 'renovating' ? '代办装修手续、领取钥匙' : '代为办理托管事务',
        '2026-09-01',
        '2027-08-31',
        at
      )
    }
    for (const key of [
      'moveInNotice',
      'idCopy',
      'purchaseContract',
      'registrationForm',
      'estateRules',
      'inspectionForm',
      'keySignOff'
    ]) {
      if (r.chance(0.85)) ins.document.run(roomId, key, at)
    }
  }

  let rooms = 0
  db.transaction(() => {
    let b = 0
    const parkingShare = Math.round(target * 0.05)
    while (rooms < target - parkingShare) {
      b++
      const buildingId = findOrCreateBuilding(store.db, String(b), now)
      const unitCount = r.int(3, 4)
      const floors = r.int(18, 33)
      const areas = AREAS[b % AREAS.length]!
      const shops = b % 3 === 0
      for (let u = 1; u <= unitCount && rooms < target - parkingShare; u++) {
        const unitId = findOrCreateUnit(store.db, buildingId, String(u))
        for (let floor = 1; floor <= floors && rooms < target - parkingShare; floor++) {
          for (let pos = 1; pos <= 4; pos++) {
            const number = String(floor * 100 + pos)
            const type = shops && floor === 1 ? 'shop' : 'residence'
            const showcase = SHOWCASE.has(`${b}-${u}-${number}`)
            const status = showcase
              ? 'occupied'
              : type === 'shop'
                ? r.chance(0.8)
                  ? 'occupied'
                  : 'vacant'
                : weighted(r, STATUS_WEIGHTS)
            const [whole, frac] = (type === 'shop' ? '65.80' : areas[pos - 1]!).split('.') as [string, string]
            const tags = r.chance(0.04) ? [r.pick(TAGS)] : []
            const roomId = Number(
              ins.room.run(
                buildingId,
                unitId,
                number,
                `${b}-${u}-${number}`,
                floor,
                Number(whole) * 100 + Number(frac),
                type,
                status,
                r.chance(0.02) ? 1 : 0,
                JSON.stringify(tags),
                at
              ).lastInsertRowid
            )
            rooms++
            if (status !== 'undelivered' || r.chance(0.3)) household(roomId, status, type)
          }
        }
      }
    }
    // The garage: parking spaces B101… in building P, owned by residents' neighbours.
    const garage = findOrCreateBuilding(store.db, 'P', now)
    const garageUnit = findOrCreateUnit(store.db, garage, '1')
    for (let n = 1; n <= parkingShare; n++) {
      const number = `B1${String(n).padStart(3, '0')}`
      const roomId = Number(
        ins.room.run(
          garage,
          garageUnit,
          number,
          `P-1-${number}`,
          -1,
          1250,
          'parking',
          r.chance(0.7) ? 'occupied' : 'vacant',
          0,
          '[]',
          at
        ).lastInsertRowid
      )
      rooms++
      if (r.chance(0.7)) household(roomId, 'occupied', 'parking')
    }
  }).immediate()
  return { rooms, persons }
}
