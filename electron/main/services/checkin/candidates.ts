import { and, asc, eq, inArray, like, type SQL } from 'drizzle-orm'
import { checkins, rooms } from '../../../../db/schema'
import type { CheckinCandidate } from '../../../../shared/checkin/api'
import { CHECKIN_FROM_STATUSES } from '../../../../shared/checkin/rules'
import type { ServiceContext } from '../../core/context'
import { ownersOf } from '../households/room-records'
import { searchHouseholds, searchText } from '../households/search'
import { guardNumberSearch } from '../households/search-numbers'

/**
 * 办理's list: the rooms a check-in may start from (未交付, 空置), in the building asked. Typing
 * narrows them by room code, and — through the households' own search, so the counter finds an
 * owner the way the global search does — by name, pinyin initials or the phone's last four digits.
 * Number queries count against the same probe limit as the global search.
 */
export interface CandidateQuery {
  buildingId?: number | undefined
  text: string
  limit: number
}

type CandidateRow = Omit<CheckinCandidate, 'ownerNames'>

function candidateRows(ctx: ServiceContext, query: CandidateQuery, narrow: SQL | undefined): CandidateRow[] {
  return ctx.db
    .select({ roomId: rooms.id, roomCode: rooms.code, status: rooms.status, openCheckinId: checkins.id })
    .from(rooms)
    .leftJoin(checkins, and(eq(checkins.roomId, rooms.id), eq(checkins.status, 'open')))
    .where(
      and(
        inArray(rooms.status, [...CHECKIN_FROM_STATUSES]),
        query.buildingId ? eq(rooms.buildingId, query.buildingId) : undefined,
        narrow
      )
    )
    .orderBy(asc(rooms.id))
    .limit(query.limit)
    .all()
}

/** The rooms of the households the text finds, best hit first (the households' ranking). */
function householdRooms(ctx: ServiceContext, query: CandidateQuery, text: string): CandidateRow[] {
  const hitRoomIds = searchHouseholds(ctx.store.sqlite, text, query.limit)
    .map((hit) => hit.roomId)
    .filter((roomId): roomId is number => roomId !== null)
  if (hitRoomIds.length === 0) return []
  const byId = new Map(candidateRows(ctx, query, inArray(rooms.id, hitRoomIds)).map((r) => [r.roomId, r]))
  return [...new Set(hitRoomIds)].flatMap((roomId) => byId.get(roomId) ?? [])
}

export function checkinCandidates(ctx: ServiceContext, query: CandidateQuery): CheckinCandidate[] {
  const text = searchText(query.text)
  if (text) guardNumberSearch(ctx, text)
  const byCode = candidateRows(ctx, query, text ? like(rooms.code, `%${text.replace(/[%_\\]/g, '')}%`) : undefined)
  const seen = new Set(byCode.map((r) => r.roomId))
  const merged = [...byCode]
  if (text)
    for (const row of householdRooms(ctx, query, text))
      if (!seen.has(row.roomId)) {
        seen.add(row.roomId)
        merged.push(row)
      }
  const rows = merged.slice(0, query.limit)
  const owners = ownersOf(
    ctx.db,
    rows.map((r) => r.roomId)
  )
  return rows.map((r) => ({ ...r, ownerNames: owners.get(r.roomId) ?? '' }))
}
