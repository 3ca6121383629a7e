import type Database from 'better-sqlite3'
import { searchHouseholds } from './search'
import { reverse } from './person-records'
import { random } from '../../tools/demo/people'
import { ms, summarize, time } from '../../tools/bench/stats'

interface Form {
  name: string
  queries: string[]
  /** The one index query that answers this form, timed alone: the floor under the service. */
  raw: (q: string) => unknown
}

/**
 * p95 of the global search per query form at the generated estate's size, beside the raw SQLite
 * time of the form's main index lookup. Target: p95 ≤ 20 ms per query in the service.
 */
export function benchSearch(db: Database.Database, perForm = 300): { worstP95: number; lines: string[] } {
  const r = random(7)
  const sample = <T>(sql: string): T[] => db.prepare(sql).all() as T[]
  const rooms = sample<{ code: string; building: string; number: string }>(
    `SELECT r.code, b.code AS building, r.number FROM rooms r JOIN buildings b ON b.id = r.building_id ORDER BY random() LIMIT ${perForm}`
  )
  const people = sample<{ name: string; initials: string; pinyin: string; id: string | null }>(
    `SELECT name, name_initials AS initials, name_pinyin AS pinyin, id_number AS id FROM persons WHERE kind = 'person' ORDER BY random() LIMIT ${perForm}`
  )
  const phones = sample<{ phone: string }>(
    `SELECT phone FROM person_phones WHERE phone NOT LIKE '0%' ORDER BY random() LIMIT ${perForm}`
  )
  const stmt = (sql: string) => db.prepare(sql)
  const roomCode = stmt(`SELECT id FROM rooms WHERE code = ?`)
  const byName = stmt(`SELECT id FROM persons WHERE name >= ? AND name < ? LIMIT 12`)
  const byContains = stmt(`SELECT id FROM persons WHERE name LIKE ? LIMIT 12`)
  const byInitials = stmt(`SELECT id FROM persons WHERE name_initials = ? LIMIT 12`)
  const byPinyin = stmt(`SELECT id FROM persons WHERE name_pinyin >= ? AND name_pinyin < ? LIMIT 12`)
  const byPhone = stmt(`SELECT person_id FROM person_phones WHERE phone_reversed = ? LIMIT 12`)
  const byReversed = stmt(
    `SELECT person_id FROM person_phones WHERE phone_reversed >= ? AND phone_reversed < ? LIMIT 12`
  )
  const byIdTail = stmt(`SELECT id FROM persons WHERE id_reversed >= ? AND id_reversed < ? LIMIT 12`)
  const byId = stmt(`SELECT id FROM persons WHERE id_number = ?`)
  const H = '\uffff'
  const forms: Form[] = [
    { name: 'room code 3-2-1502', queries: rooms.map((x) => x.code), raw: (q) => roomCode.all(q) },
    {
      name: 'room 3栋2单元1502',
      queries: rooms.map((x) => x.code.replace(/^(\w+)-(\w+)-/, '$1栋$2单元')),
      raw: (q) => roomCode.all(q)
    },
    { name: 'room 3-1502', queries: rooms.map((x) => `${x.building}-${x.number}`), raw: (q) => roomCode.all(q) },
    { name: 'surname 张', queries: people.map((p) => p.name[0]!), raw: (q) => byName.all(q, `${q}${H}`) },
    { name: 'full name', queries: people.map((p) => p.name), raw: (q) => byName.all(q, `${q}${H}`) },
    { name: 'part of name', queries: people.map((p) => p.name.slice(1)), raw: (q) => byContains.all(`%${q}%`) },
    { name: 'initials zs', queries: people.map((p) => p.initials), raw: (q) => byInitials.all(q) },
    { name: 'full pinyin', queries: people.map((p) => p.pinyin), raw: (q) => byPinyin.all(q, `${q}${H}`) },
    { name: 'phone 11 digits', queries: phones.map((p) => p.phone), raw: (q) => byPhone.all(reverse(q)) },
    {
      name: 'phone tail 4',
      queries: phones.map((p) => p.phone.slice(-4)),
      raw: (q) => byReversed.all(reverse(q), `${reverse(q)}${H}`)
    },
    {
      name: 'ID tail 6',
      queries: people.map((p) => (p.id ?? '').slice(-6)),
      raw: (q) => byIdTail.all(reverse(q), `${reverse(q)}${H}`)
    },
    { name: 'ID 18', queries: people.map((p) => p.id ?? ''), raw: (q) => byId.all(q) }
  ]
  const lines = [`search (${perForm} queries per form)         service p50     p95     p99     max │ raw SQLite p95`]
  let worstP95 = 0
  for (const form of forms) {
    const queries = form.queries.filter(Boolean)
    for (const q of queries.slice(0, 20)) searchHouseholds(db, q, 12) // warm the statement cache
    const service = summarize(queries.map((q) => time(() => searchHouseholds(db, q, 12))[1]))
    const raw = summarize(queries.map((q) => time(() => form.raw(q))[1]))
    worstP95 = Math.max(worstP95, service.p95)
    lines.push(
      `  ${form.name.padEnd(34)} ${ms(service.p50)} ${ms(service.p95)} ${ms(service.p99)} ${ms(service.max)} │ ${ms(raw.p95)}`
    )
  }
  void r
  return { worstP95, lines }
}
