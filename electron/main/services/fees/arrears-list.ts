import type Database from 'better-sqlite3'
import type { ArrearsList, ArrearsRow, ArrearsSummary } from '../../../../shared/fees/arrears'
import {
  AGE_BUCKETS,
  ageBucket,
  oldestDueCutoff,
  overdueAgeMonths,
  type AgeBucket
} from '../../../../shared/fees/arrears-rules'
import { maskPhone } from '../../../../shared/domain/phone'
import { demandClock, ownerContacts, prepared, reminderStates } from './arrears-records'

export interface ArrearsFilters {
  buildingId?: number
  minAgeMonths?: number
  demandLetterDue?: boolean
  sort: 'amount' | 'age' | 'room'
  order?: 'asc' | 'desc'
  /** Omitted: every row (the export). */
  limit?: number
}

/*
 * Overdue per room, read from receivables_unpaid_room_idx alone (migrations 0006, 0011): the
 * unpaid, not cancelled rows in room order with due date and amount, so the grouping touches
 * neither the table nor a sorter.
 * Filters: a building, a list of rooms (@only, JSON), "oldest due on or before" (@cutoff, the age
 * filter turned into a date by oldestDueCutoff).
 */
const OVERDUE = `
  SELECT room_id, sum(amount_fen) AS fen, count(*) AS n, min(due_on) AS oldest
  FROM receivables INDEXED BY receivables_unpaid_room_idx
  WHERE paid_receipt_id IS NULL AND cancelled_void_id IS NULL AND due_on < @today
    AND (@buildingId IS NULL OR room_id IN (SELECT id FROM rooms WHERE building_id = @buildingId))
    AND (@only IS NULL OR room_id IN (SELECT value FROM json_each(@only)))
  GROUP BY room_id
  HAVING @cutoff IS NULL OR min(due_on) <= @cutoff`

const ROOM_COLUMNS = `p.room_id AS roomId, r.code AS roomCode, b.code AS buildingCode, p.fen AS overdueFen, p.n AS overdueCount, p.oldest AS oldestDue`
const TOTALS = `(SELECT count(*) AS total, coalesce(sum(fen), 0) AS totalFen FROM o) t`

/**
 * The page in one statement, the grouped rows computed once (a CTE used twice is materialized).
 * By amount or age, the page is cut before rooms are joined; by room, every row needs the
 * estate's order (building, unit, floor, number), and the sorter keeps only the page.
 */
function pageSql(sort: ArrearsFilters['sort'], order: 'asc' | 'desc'): string {
  const flip = order === 'asc' ? 'ASC' : 'DESC'
  if (sort === 'room') {
    const keys = ['b.sort_key', 'b.code', 'CAST(u.code AS INTEGER)', 'u.code', 'r.floor', 'r.number']
      .map((k) => `${k} ${flip}`)
      .join(', ')
    return `WITH o AS (${OVERDUE}) SELECT ${ROOM_COLUMNS}, t.total, t.totalFen
      FROM o p JOIN rooms r ON r.id = p.room_id JOIN buildings b ON b.id = r.building_id JOIN units u ON u.id = r.unit_id, ${TOTALS}
      ORDER BY ${keys} LIMIT @limit`
  }
  // Older debt is the greater age: age descending is the oldest due date first.
  const keys =
    sort === 'amount' ? `fen ${flip}, room_id` : `oldest ${order === 'asc' ? 'DESC' : 'ASC'}, fen DESC, room_id`
  return `WITH o AS (${OVERDUE}) SELECT ${ROOM_COLUMNS}, t.total, t.totalFen
    FROM (SELECT * FROM o ORDER BY ${keys} LIMIT @limit) p JOIN rooms r ON r.id = p.room_id JOIN buildings b ON b.id = r.building_id, ${TOTALS}
    ORDER BY ${keys}`
}

const DEFAULT_ORDER: Record<ArrearsFilters['sort'], 'asc' | 'desc'> = { amount: 'desc', age: 'desc', room: 'asc' }

interface Params {
  today: string
  buildingId: number | null
  only: string | null
  cutoff: string | null
}

/**
 * Rooms due a demand letter. Only rooms with a phone reminder since their last letter can be, and
 * they are few: their overdue rows are read by room id, and each one's clock checked.
 */
function flaggedRooms(sqlite: Database.Database, today: string, buildingId: number | null): number[] {
  const states = reminderStates(sqlite)
  const candidates = [...states].filter(([, s]) => s.phonesSinceLetter.length > 0).map(([roomId]) => roomId)
  if (candidates.length === 0) return []
  const params: Params = { today, buildingId, only: JSON.stringify(candidates), cutoff: null }
  const rows = prepared(sqlite, `WITH o AS (${OVERDUE}) SELECT room_id AS roomId, oldest FROM o`).all(params) as {
    roomId: number
    oldest: string
  }[]
  return rows.filter((r) => demandClock(states.get(r.roomId), r.oldest, today).due).map((r) => r.roomId)
}

/** 欠费清单: filtered, sorted and totalled in SQL over every match; ages, reminders and owners for the page only. */
export function listArrears(sqlite: Database.Database, today: string, filters: ArrearsFilters): ArrearsList {
  const buildingId = filters.buildingId ?? null
  const only = filters.demandLetterDue ? flaggedRooms(sqlite, today, buildingId) : null
  if (only && only.length === 0) return { asOf: today, total: 0, totalFen: 0, rows: [] }
  const params: Params & { limit: number } = {
    today,
    buildingId,
    only: only && JSON.stringify(only),
    cutoff: filters.minAgeMonths === undefined ? null : oldestDueCutoff(today, filters.minAgeMonths),
    limit: filters.limit ?? -1
  }
  const page = prepared(sqlite, pageSql(filters.sort, filters.order ?? DEFAULT_ORDER[filters.sort])).all(params) as {
    roomId: number
    roomCode: string
    buildingCode: string
    overdueFen: number
    overdueCount: number
    oldestDue: string
    total: number
    totalFen: number
  }[]
  const roomIds = page.map((r) => r.roomId)
  const states = reminderStates(sqlite, roomIds)
  const contacts = ownerContacts(sqlite, roomIds)
  return {
    asOf: today,
    total: page[0]?.total ?? 0,
    totalFen: page[0]?.totalFen ?? 0,
    rows: page.map(({ total: _t, totalFen: _f, ...room }) => arrearsRow(room, today, states, contacts))
  }
}

export type OverdueRoom = Pick<
  ArrearsRow,
  'roomId' | 'roomCode' | 'buildingCode' | 'overdueFen' | 'overdueCount' | 'oldestDue'
>

/** A room's overdue sums as the list shows them: owners and masked phone, age, last reminder, the letter clock. */
export function arrearsRow(
  room: OverdueRoom,
  today: string,
  states: ReturnType<typeof reminderStates>,
  contacts: ReturnType<typeof ownerContacts>
): ArrearsRow {
  const ageMonths = overdueAgeMonths(room.oldestDue, today)
  const state = states.get(room.roomId)
  const clock = demandClock(state, room.oldestDue, today)
  const contact = contacts.get(room.roomId)
  return {
    ...room,
    owners: contact?.names ?? '',
    phoneMasked: contact?.phone ? maskPhone(contact.phone) : '',
    ageMonths,
    bucket: ageBucket(ageMonths),
    lastReminder: state?.last ?? null,
    demandLetterDue: clock.due,
    phoneReminderAt: clock.phoneAt
  }
}

/** Totals by age bucket and by building (the buckets as due-date ranges), and the letters due. */
export function summarizeArrears(sqlite: Database.Database, today: string): ArrearsSummary {
  const rows = prepared(
    sqlite,
    `WITH o AS (${OVERDUE})
     SELECT b.id AS buildingId, b.code AS buildingCode, count(*) AS rooms, sum(o.fen) AS fen,
            CASE WHEN o.oldest <= @over3 THEN '>3' WHEN o.oldest <= @over1 THEN '2-3' ELSE '1' END AS bucket
     FROM o JOIN rooms r ON r.id = o.room_id JOIN buildings b ON b.id = r.building_id
     GROUP BY b.id, bucket ORDER BY b.sort_key, b.code`
  ).all({
    today,
    buildingId: null,
    only: null,
    cutoff: null,
    over1: oldestDueCutoff(today, 2),
    over3: oldestDueCutoff(today, 4)
  }) as {
    buildingId: number
    buildingCode: string
    rooms: number
    fen: number
    bucket: AgeBucket
  }[]
  const buckets = new Map(AGE_BUCKETS.map((bucket) => [bucket, { bucket, rooms: 0, fen: 0 }]))
  const buildings = new Map<number, ArrearsSummary['buildings'][number]>()
  for (const row of rows) {
    const bucket = buckets.get(row.bucket)!
    bucket.rooms += row.rooms
    bucket.fen += row.fen
    let building = buildings.get(row.buildingId)
    if (!building) {
      const byBucket = Object.fromEntries(AGE_BUCKETS.map((b) => [b, 0])) as Record<AgeBucket, number>
      buildings.set(
        row.buildingId,
        (building = { buildingId: row.buildingId, buildingCode: row.buildingCode, rooms: 0, fen: 0, byBucket })
      )
    }
    building.rooms += row.rooms
    building.fen += row.fen
    building.byBucket[row.bucket] += row.fen
  }
  const all = [...buckets.values()]
  return {
    asOf: today,
    rooms: all.reduce((n, b) => n + b.rooms, 0),
    totalFen: all.reduce((n, b) => n + b.fen, 0),
    demandLettersDue: flaggedRooms(sqlite, today, null).length,
    buckets: all,
    buildings: [...buildings.values()]
  }
}
