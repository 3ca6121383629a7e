import type Database from 'better-sqlite3'
import dayjs from 'dayjs'
import { api } from '../../../../shared/api'
import type { ArrearsCallList } from '../../../../shared/fees/arrears'
import { addDays, callQuietCutoff } from '../../../../shared/fees/arrears-rules'
import { handle } from '../../core/handler'
import { mayRevealForCall } from '../households/privacy'
import {
  demandClock,
  ownerContacts,
  prepared,
  reminderStates,
  type OwnerContact,
  type ReminderState
} from './arrears-records'
import { arrearsRow, type OverdueRoom } from './arrears-list'
import { today } from './fee-items'

/**
 * The room behind `alias` has a phone to call: its first current owner's first phone, the one the
 * arrears list shows masked and arrears.revealPhone reveals — owners before co-owners, each by when
 * they were added (ownerContacts' order, without a sorter per room: it is run for every room).
 */
const hasPhone = (alias: string) => `EXISTS (
  SELECT 1 FROM person_phones ph
  WHERE ph.person_id = coalesce(
    (SELECT rp.person_id FROM room_persons rp
     WHERE rp.room_id = ${alias}.room_id AND rp.ended_on IS NULL AND rp.relation = 'owner' ORDER BY rp.id LIMIT 1),
    (SELECT rp.person_id FROM room_persons rp
     WHERE rp.room_id = ${alias}.room_id AND rp.ended_on IS NULL AND rp.relation = 'coowner' ORDER BY rp.id LIMIT 1)))`

/*
 * The rooms to call and how many there are, in one statement over the arrears list's own index
 * (receivables_unpaid_room_idx, grouped as arrears-list.ts groups it), in the list's order by
 * amount (amount, then room). Left out: @skip (reminded lately, or due a demand letter) and, in
 * the count, rooms with no phone to call. That check is most of the cost (two index seeks a room),
 * so the page's rows are not put through it here: the first @window rooms come back and the
 * caller keeps those with a phone, asking for more in the rare case too few have one.
 */
const CALLS = `
  WITH o AS MATERIALIZED (
    SELECT room_id, sum(amount_fen) AS fen, count(*) AS n, min(due_on) AS oldest
    FROM receivables INDEXED BY receivables_unpaid_room_idx
    WHERE paid_receipt_id IS NULL AND cancelled_void_id IS NULL AND due_on < @today
    GROUP BY room_id),
  c AS (SELECT * FROM o WHERE room_id NOT IN (SELECT value FROM json_each(@skip))),
  p AS (SELECT * FROM c ORDER BY fen DESC, room_id LIMIT @window)
  SELECT p.room_id AS roomId, r.code AS roomCode, b.code AS buildingCode, p.fen AS overdueFen, p.n AS overdueCount,
         p.oldest AS oldestDue, (SELECT count(*) FROM c WHERE ${hasPhone('c')}) AS total
  FROM p JOIN rooms r ON r.id = p.room_id JOIN buildings b ON b.id = r.building_id
  ORDER BY p.fen DESC, p.room_id`

/** The oldest overdue day of chosen rooms, each read from its own stretch of the index. */
const OLDEST_DUE = `
  SELECT j.value AS roomId, min(r.due_on) AS oldest
  FROM json_each(?) j JOIN receivables r INDEXED BY receivables_unpaid_room_idx ON r.room_id = j.value
  WHERE r.paid_receipt_id IS NULL AND r.cancelled_void_id IS NULL AND r.due_on < ?
  GROUP BY j.value`

/**
 * Rooms not to call today: those reminded in any way since `quietFrom`, and those due a demand
 * letter by the list's own clock — only a room phoned since its last letter can be, and few are.
 */
function roomsToSkip(
  sqlite: Database.Database,
  states: Map<number, ReminderState>,
  asOf: string,
  quietFrom: string
): number[] {
  const skip: number[] = []
  const chased: number[] = []
  for (const [roomId, state] of states) {
    if (state.last.at >= quietFrom) skip.push(roomId)
    else if (state.phonesSinceLetter.length > 0) chased.push(roomId)
  }
  if (chased.length === 0) return skip
  const oldest = prepared(sqlite, OLDEST_DUE).all(JSON.stringify(chased), asOf) as { roomId: number; oldest: string }[]
  for (const r of oldest) if (demandClock(states.get(r.roomId), r.oldest, asOf).due) skip.push(r.roomId)
  return skip
}

type CallRow = OverdueRoom

/**
 * The first `limit` rooms to call with their contacts, and how many there are. Most rooms have a
 * phone, so a few more than the page are read; when too many of them have none, four times more.
 */
function firstCalls(
  sqlite: Database.Database,
  params: { today: string; skip: string },
  limit: number
): { total: number; page: CallRow[]; contacts: Map<number, OwnerContact> } {
  for (let window = limit + 16; ; window *= 4) {
    const found = prepared(sqlite, CALLS).all({ ...params, window }) as (CallRow & { total: number })[]
    const contacts = ownerContacts(
      sqlite,
      found.map((r) => r.roomId)
    )
    const page = found.filter((r) => contacts.get(r.roomId)?.phone).slice(0, limit)
    if (page.length === limit || found.length < window) {
      return { total: found[0]?.total ?? 0, page: page.map(({ total: _total, ...room }) => room), contacts }
    }
  }
}

/** 今日催缴 as of the counter's day `asOf`: see ArrearsCallList. */
export function arrearsCallList(
  sqlite: Database.Database,
  asOf: string,
  limit: number
): Omit<ArrearsCallList, 'mayCall'> {
  // A reminder on the cutoff day is a month old; one from the next day's first moment on still counts.
  const quietFrom = dayjs(addDays(callQuietCutoff(asOf), 1))
    .startOf('day')
    .toISOString()
  const states = reminderStates(sqlite)
  const skip = JSON.stringify(roomsToSkip(sqlite, states, asOf, quietFrom))
  const { total, page, contacts } = firstCalls(sqlite, { today: asOf, skip }, limit)
  // The row as the arrears list shapes it, so the card and the page read alike.
  const rows = page.map((room) => arrearsRow(room, asOf, states, contacts))
  return { asOf, total, rows }
}

const callList = handle(api.arrears.callList, {
  run: (ctx, input) => ({
    ...arrearsCallList(ctx.store.sqlite, today(ctx), input.limit),
    mayCall: mayRevealForCall(ctx)
  })
})

export const arrearsCallHandlers = [callList]
