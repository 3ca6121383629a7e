import { and, asc, eq, inArray } from 'drizzle-orm'
import { feeItems } from '../../../../db/schema'
import type { Db } from '../../../../db/open'
import { getRoom } from '../households/room-records'
import type { RoomType } from '../../../../shared/domain/person-fields'

/**
 * The share of the property fee a home pays while in trusteeship (物业费 70 %), for the
 * trusteeship screens (checkin reads it through this file, the one edge into fees it may use).
 * It is the fee items' own setting, the one billing applies (billing.ts monthlyCharge), so the
 * screen never shows a share the bills do not charge.
 */

const MONTHLY_METHODS = ['perArea', 'fixedMonthly'] as const

/**
 * The trusteeship percent of the room's active monthly fee items: the property fee's when the
 * room has one (the share the office agrees with the owner), otherwise the lowest of its other
 * monthly items; 100 when no monthly item applies to the room.
 */
export function trusteeshipPercentOf(db: Db, roomId: number): number {
  const room = getRoom(db, roomId)
  const items = db
    .select({
      category: feeItems.category,
      roomTypes: feeItems.roomTypes,
      trusteeshipPercent: feeItems.trusteeshipPercent
    })
    .from(feeItems)
    .where(and(eq(feeItems.active, true), inArray(feeItems.method, [...MONTHLY_METHODS])))
    .orderBy(asc(feeItems.sortKey), asc(feeItems.id))
    .all()
    .filter((item) => (JSON.parse(item.roomTypes) as RoomType[]).includes(room.type))
  const property = items.filter((item) => item.category === 'property')
  const chosen = property.length > 0 ? property : items
  if (chosen.length === 0) return 100
  return Math.min(...chosen.map((item) => item.trusteeshipPercent))
}
