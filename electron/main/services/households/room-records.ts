import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import { buildings, persons, roomPersons, rooms, units } from '../../../../db/schema'
import type { Db } from '../../../../db/open'
import type { RoomSummary } from '../../../../shared/households/households'
import { formatRoomCode } from '../../../../shared/domain/room-code'
import { AppError } from '../../core/errors'

export const roomColumns = {
  id: rooms.id,
  code: rooms.code,
  buildingCode: buildings.code,
  unitCode: units.code,
  number: rooms.number,
  floor: rooms.floor,
  areaCenti: rooms.areaCenti,
  type: rooms.type,
  status: rooms.status,
  vip: rooms.vip,
  tags: rooms.tags,
  notes: rooms.notes
}

/** A selected room row with its tags still as stored (JSON text). */
export function toSummary<T extends Omit<RoomSummary, 'tags'> & { tags: string; notes: string }>(
  row: T
): RoomSummary & { notes: string } {
  return { ...row, tags: JSON.parse(row.tags) as string[] }
}

export function getRoom(db: Db, roomId: number): RoomSummary & { notes: string } {
  const row = db
    .select(roomColumns)
    .from(rooms)
    .innerJoin(buildings, eq(buildings.id, rooms.buildingId))
    .innerJoin(units, eq(units.id, rooms.unitId))
    .where(eq(rooms.id, roomId))
    .get()
  if (!row) throw new AppError('NOT_FOUND', {}, { entity: 'room', id: roomId })
  return toSummary(row)
}

/** The normalized code stored for a room: '3-2-1502'. */
export function roomCode(building: string, unit: string, number: string): string {
  return formatRoomCode({ building, unit, room: number })
}

/** Current owners' and co-owners' names per room, for lists and search results. */
export function ownersOf(db: Db, roomIds: number[]): Map<number, string> {
  const map = new Map<number, string>()
  if (roomIds.length === 0) return map
  const rows = db
    .select({ roomId: roomPersons.roomId, names: sql<string>`group_concat(${persons.name}, '、')` })
    .from(roomPersons)
    .innerJoin(persons, eq(persons.id, roomPersons.personId))
    .where(
      and(
        inArray(roomPersons.roomId, roomIds),
        isNull(roomPersons.endedOn),
        inArray(roomPersons.relation, ['owner', 'coowner'])
      )
    )
    .groupBy(roomPersons.roomId)
    .all()
  for (const row of rows) map.set(row.roomId, row.names)
  return map
}

/** Rooms the person is currently related to: their events belong on those timelines. */
export function activeRoomsOf(db: Db, personId: number): number[] {
  return db
    .select({ roomId: roomPersons.roomId })
    .from(roomPersons)
    .where(and(eq(roomPersons.personId, personId), isNull(roomPersons.endedOn)))
    .all()
    .map((r) => r.roomId)
}
