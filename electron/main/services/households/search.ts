import type Database from 'better-sqlite3'
import { api } from '../../../../shared/api'
import type { MatchKind, SearchHit } from '../../../../shared/households/search'
import { maskIdNumber } from '../../../../shared/domain/mask'
import { maskPhone } from '../../../../shared/domain/phone'
import { formatRoomCode, parseRoomQuery } from '../../../../shared/domain/room-code'
import type { Role } from '../../../../shared/kernel/roles'
import { handle } from '../../core/handler'
import { reverse } from './person-records'
import { guardNumberSearch, numberForms } from './search-numbers'
import type { SearchFind, SearchProvider } from '../../core/search'

/**
 * The global search: what the clerk types while the resident waits. It recognizes the form of the
 * query (a room code, digits, letters, Chinese) and asks only the indexes that form can hit:
 * room codes and numbers, names by prefix and substring, pinyin initials and full pinyin by
 * prefix, phones and ID numbers whole or by their tail (stored reversed, so a tail is an index
 * range). Other capabilities add their finds through search providers (keys: tags, borrowers'
 * phones). Results are households, ranked: exact room code first.
 */
export interface SearchOptions {
  /** The other capabilities' providers (the registry's), asked after the households' own indexes. */
  providers?: readonly SearchProvider[]
  /** Who searches: a provider may show some finds only to some roles. */
  role?: Role
}

const HIGH = '\uffff'
/** Half-width digits, letters and hyphens from what an IME may type. */
const halfWidth = (s: string) =>
  s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ')

/** What the search reads of a query: half-width, trimmed. */
export const searchText = (raw: string) => halfWidth(raw).trim()

type Statements = ReturnType<typeof prepare>
const cache = new WeakMap<Database.Database, Statements>()

function prepare(db: Database.Database) {
  const personRooms = `SELECT p.id AS personId, rp.room_id AS roomId, p.name AS name FROM persons p LEFT JOIN room_persons rp ON rp.person_id = p.id AND rp.ended_on IS NULL`
  return {
    roomByCode: db.prepare(`SELECT id, code FROM rooms WHERE code = ?`),
    roomsByCodePrefix: db.prepare(
      `SELECT id, code FROM rooms WHERE code >= ? AND code < ? ORDER BY length(code), code LIMIT ?`
    ),
    roomsByBuildingNumber: db.prepare(
      `SELECT r.id, r.code FROM rooms r JOIN buildings b ON b.id = r.building_id WHERE b.code = ? AND r.number = ? LIMIT ?`
    ),
    roomsByNumber: db.prepare(`SELECT id, code FROM rooms WHERE number = ? ORDER BY code LIMIT ?`),
    byName: db.prepare(`${personRooms} WHERE p.name = ? LIMIT ?`),
    byNamePrefix: db.prepare(`${personRooms} WHERE p.name >= ? AND p.name < ? LIMIT ?`),
    byNameContains: db.prepare(`${personRooms} WHERE p.name LIKE ? ESCAPE '\\' LIMIT ?`),
    byInitials: db.prepare(`${personRooms} WHERE p.name_initials = ? LIMIT ?`),
    byInitialsPrefix: db.prepare(`${personRooms} WHERE p.name_initials >= ? AND p.name_initials < ? LIMIT ?`),
    byPinyinPrefix: db.prepare(`${personRooms} WHERE p.name_pinyin >= ? AND p.name_pinyin < ? LIMIT ?`),
    byIdNumber: db.prepare(`${personRooms} WHERE p.id_number = ? LIMIT ?`),
    byIdTail: db.prepare(`${personRooms} WHERE p.id_reversed >= ? AND p.id_reversed < ? LIMIT ?`),
    byCreditCode: db.prepare(`${personRooms} WHERE p.credit_code = ? LIMIT ?`),
    byPhone: db.prepare(
      `SELECT pp.person_id AS personId, rp.room_id AS roomId, pp.phone AS phone FROM person_phones pp LEFT JOIN room_persons rp ON rp.person_id = pp.person_id AND rp.ended_on IS NULL WHERE pp.phone_reversed = ? LIMIT ?`
    ),
    byPhoneTail: db.prepare(
      `SELECT pp.person_id AS personId, rp.room_id AS roomId, pp.phone AS phone FROM person_phones pp LEFT JOIN room_persons rp ON rp.person_id = pp.person_id AND rp.ended_on IS NULL WHERE pp.phone_reversed >= ? AND pp.phone_reversed < ? LIMIT ?`
    ),
    idOf: db.prepare(`SELECT id_number AS idNumber FROM persons WHERE id = ?`),
    roomInfo: db.prepare(
      `SELECT r.id, r.code, r.number, r.status, r.type, r.vip, b.code AS building, u.code AS unit FROM rooms r JOIN buildings b ON b.id = r.building_id JOIN units u ON u.id = r.unit_id WHERE r.id = ?`
    ),
    owners: db.prepare(
      `SELECT group_concat(p.name, '、') AS names FROM room_persons rp JOIN persons p ON p.id = rp.person_id WHERE rp.room_id = ? AND rp.ended_on IS NULL AND rp.relation IN ('owner','coowner')`
    ),
    personName: db.prepare(`SELECT name FROM persons WHERE id = ?`)
  }
}

type PersonRow = { personId: number; roomId: number | null; name: string }
type PhoneRow = { personId: number; roomId: number | null; phone: string }
type RoomRow = { id: number; code: string }

export function searchHouseholds(
  db: Database.Database,
  rawQuery: string,
  limit: number,
  options: SearchOptions = {}
): SearchHit[] {
  let s = cache.get(db)
  if (!s) cache.set(db, (s = prepare(db)))
  const q = searchText(rawQuery)
  const found: SearchFind[] = []
  const rooms = (rows: RoomRow[], rank: number, match: MatchKind) =>
    rows.forEach((r) => found.push({ rank, roomId: r.id, personId: null, match, matchedText: r.code }))
  const people = (rows: PersonRow[], rank: number, match: MatchKind, text: (r: PersonRow) => string) =>
    rows.forEach((r) => found.push({ rank, roomId: r.roomId, personId: r.personId, match, matchedText: text(r) }))
  const phones = (rows: PhoneRow[], rank: number, match: MatchKind) =>
    rows.forEach((r) =>
      found.push({ rank, roomId: r.roomId, personId: r.personId, match, matchedText: maskPhone(r.phone) })
    )
  const maskedId = (r: PersonRow) =>
    maskIdNumber((s!.idOf.get(r.personId) as { idNumber: string | null }).idNumber ?? '')

  const room = parseRoomQuery(q)
  if (room) {
    if (room.unit !== null) {
      const code = formatRoomCode(room)
      rooms(s.roomByCode.all(code) as RoomRow[], 0, 'roomCode')
      rooms(s.roomsByCodePrefix.all(code, code + HIGH, limit) as RoomRow[], 1, 'roomCode')
    } else {
      rooms(s.roomsByBuildingNumber.all(room.building, room.room, limit) as RoomRow[], 0, 'roomCode')
    }
  }
  // Typing ahead: '3-2-15' is not a room yet, but lists the rooms it begins.
  const partial = /^([A-Za-z0-9]+)-([A-Za-z0-9]+)-(\d{0,3})$/.exec(q)
  if (!room && partial) {
    const prefix = `${partial[1]!.toUpperCase()}-${partial[2]}-${partial[3]}`
    rooms(s.roomsByCodePrefix.all(prefix, prefix + HIGH, limit) as RoomRow[], 1, 'roomCode')
  }
  const compact = q.replace(/[\s-]/g, '')
  const numbers = numberForms(q)
  if (/^\d{3,5}$/.test(compact)) rooms(s.roomsByNumber.all(compact, limit) as RoomRow[], 3, 'roomNumber')
  if (numbers.phone) phones(s.byPhone.all(reverse(numbers.phone), limit) as PhoneRow[], 2, 'phone')
  if (numbers.localNumber) {
    // Stored with the area code ('0591-87654321', reversed '12345678-1950'): the local number whole, then its hyphen.
    const local = `${reverse(numbers.localNumber)}-`
    phones(s.byPhoneTail.all(local, local + HIGH, limit) as PhoneRow[], 2, 'phone')
  }
  if (numbers.phoneTail) {
    const tail = reverse(numbers.phoneTail)
    phones(s.byPhoneTail.all(tail, tail + HIGH, limit) as PhoneRow[], 6, 'phoneTail')
  }
  if (numbers.idTail) {
    const tail = reverse(numbers.idTail)
    // After phone tails and the providers' phone finds (rank 6, asked last), before substrings.
    people(s.byIdTail.all(tail, tail + HIGH, limit) as PersonRow[], 6.5, 'idTail', maskedId)
  }
  if (numbers.idNumber) people(s.byIdNumber.all(numbers.idNumber, limit) as PersonRow[], 2, 'idNumber', maskedId)
  if (/^[0-9A-Za-z]{18}$/.test(compact) && /[A-Za-z]/.test(compact.slice(0, 17))) {
    people(s.byCreditCode.all(compact.toUpperCase(), limit) as PersonRow[], 2, 'creditCode', () =>
      compact.toUpperCase()
    )
  } else if (compact.length >= 5 && compact.length <= 20 && !/^\d+$/.test(compact)) {
    // Passports and other documents are matched whole.
    people(s.byIdNumber.all(compact.toUpperCase(), limit) as PersonRow[], 2, 'idNumber', maskedId)
  }
  if (/^[a-zA-Z]+$/.test(q)) {
    const lower = q.toLowerCase()
    people(s.byInitials.all(lower, limit) as PersonRow[], 4, 'pinyin', (r) => r.name)
    people(s.byInitialsPrefix.all(lower, lower + HIGH, limit) as PersonRow[], 5, 'pinyin', (r) => r.name)
    if (lower.length >= 2)
      people(s.byPinyinPrefix.all(lower, lower + HIGH, limit) as PersonRow[], 5, 'pinyin', (r) => r.name)
  }
  if (/[\u3400-\u9fff]/.test(q) && !room) {
    people(s.byName.all(q, limit) as PersonRow[], 4, 'name', (r) => r.name)
    people(s.byNamePrefix.all(q, q + HIGH, limit) as PersonRow[], 5, 'name', (r) => r.name)
    // A single character is a surname: the prefix already found it. The substring scan (the one
    // query here that reads the whole table) runs only when the indexes found too little.
    if ([...q].length >= 2 && found.length < limit) {
      const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      people(s.byNameContains.all(pattern, limit) as PersonRow[], 7, 'name', (r) => r.name)
    }
  }

  for (const provider of options.providers ?? [])
    found.push(...provider(db, { text: q, compact }, { role: options.role, limit }))
  return ranked(s, found, limit)
}

/** Best first, each person (or room, or key borrower) once: a room found by its code hides nobody in it. */
function ranked(s: Statements, found: SearchFind[], limit: number): SearchHit[] {
  found.sort((a, b) => a.rank - b.rank)
  const hits: SearchHit[] = []
  const seen = new Set<string>()
  for (const f of found) {
    const key = f.borrower ? `key:${f.borrower.keySetId}:${f.borrower.name}` : `${f.roomId ?? '-'}:${f.personId ?? '-'}`
    const roomKey = `${f.roomId ?? '-'}:-`
    if (seen.has(key) || (f.personId === null && !f.borrower && seen.has(roomKey))) continue
    seen.add(key)
    if (f.roomId !== null && !f.borrower) seen.add(roomKey)
    hits.push(hit(s, f, key))
    if (hits.length >= limit) break
  }
  return hits
}

function hit(s: Statements, f: SearchFind, key: string): SearchHit {
  const room =
    f.roomId === null
      ? undefined
      : (s.roomInfo.get(f.roomId) as {
          id: number
          code: string
          number: string
          status: SearchHit['status']
          type: SearchHit['type']
          vip: number
          building: string
          unit: string
        })
  const owners = f.roomId === null ? null : (s.owners.get(f.roomId) as { names: string | null }).names
  const personName =
    f.borrower?.name ?? (f.personId === null ? null : (s.personName.get(f.personId) as { name: string }).name)
  return {
    key,
    roomId: room?.id ?? null,
    roomCode: room?.code ?? null,
    buildingCode: room?.building ?? null,
    unitCode: room?.unit ?? null,
    roomNumber: room?.number ?? null,
    status: room?.status ?? null,
    type: room?.type ?? null,
    vip: room?.vip === 1,
    owners: owners ?? '',
    personName,
    match: f.match,
    matchedText: f.matchedText,
    ...(f.borrower && { keySetId: f.borrower.keySetId })
  }
}

const global = handle(api.search.global, {
  run: (ctx, input) => {
    const role = ctx.requireSession().role
    guardNumberSearch(ctx, searchText(input.q))
    return searchHouseholds(ctx.store.sqlite, input.q, input.limit, { providers: ctx.searchProviders, role })
  }
})

export const searchHandlers = [global]
