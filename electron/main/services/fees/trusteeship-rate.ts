import { and, asc, eq, inArray } from 'drizzle-orm'
import { feeItems } from '../../../../db/schema'
import type { Db } from '../../../../db/open'
import { getRoom } from '../households/room-records'
import type { RoomType } from '../../../../shared/domain/person-fields'
import { periodBounds } from '../../../../shared/fees/periods'
import { monthlyCharge } from './billing'
import type { FeeItemRecord } from './fee-items'

/**
 * The share of the property fee a home pays while in trusteeship (物业费 70 %), for the
 * trusteeship screens (checkin reads it through this file, the one edge into fees it may use).
 * It is the fee items' own setting, the one billing applies (billing.ts monthlyCharge), so the
 * screen never shows a share the bills do not charge. It also says which prepaid months of a
 * planned trusteeship (a move-in that goes into 托管) are charged at that share, for the move-in
 * fees and for fees.pay alike, so what the check-in shows is what the receipt charges.
 */

/** A trusteeship agreed but not started yet: from a date, to a date or open-ended. */
export interface TrusteeshipPlan {
  from: string
  to: string | null
}

/**
 * A month is a trusteeship month when the planned trusteeship is in force on its last day: a
 * trusteeship of N months from the move-in day covers the move-in month and the N − 1 after it,
 * whichever day of the month it starts (the month it ends in, part way, is charged in full).
 */
export function inTrusteeshipPlan(period: string, plan: TrusteeshipPlan | null): boolean {
  if (plan === null) return false
  const { to: lastDay } = periodBounds(period)
  return plan.from <= lastDay && (plan.to === null || lastDay <= plan.to)
}

/** One prepaid month of a monthly item: billing's charge, at the trusteeship share inside the plan. */
export function prepaidMonthCharge(
  item: FeeItemRecord,
  priceE4: number,
  room: { areaCenti: number; status: string },
  period: string,
  plan: TrusteeshipPlan | null
) {
  return monthlyCharge(item, priceE4, inTrusteeshipPlan(period, plan) ? { ...room, status: 'trusteeship' } : room)
}

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
