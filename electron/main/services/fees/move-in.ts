import { and, asc, desc, eq, gte, inArray } from 'drizzle-orm'
import { feeItems, meterReadings, receiptVoids, receipts } from '../../../../db/schema'
import type { Db } from '../../../../db/open'
import type { MoveInFees } from '../../../../shared/checkin/api'
import type { RoomType } from '../../../../shared/domain/person-fields'
import { sumFen } from '../../../../shared/domain/money'
import { lineAmountFen, periodBounds } from '../../../../shared/fees/periods'
import type { ServiceContext } from '../../core/context'
import { monthlyCharge, MONTHLY } from './billing'
import { priceOn, roomTypesOf, today, type FeeItemRecord } from './fee-items'
import { nextUnbilled } from './payments'

/**
 * What fees does for a move-in check-in (the checkin capability calls only this file): price the
 * fees due at move-in as the counter would charge them, record the meter readings taken at the
 * handover as the room's first readings, and list the receipts taken for the room since a time.
 */

export interface MoveInRoom {
  id: number
  type: RoomType
  status: string
  areaCenti: number
}

export interface MoveInFeeSettings {
  prepayItemIds: readonly number[]
  prepayMonths: number
  oneOffItemIds: readonly number[]
}

function activeItems(db: Db, room: MoveInRoom): FeeItemRecord[] {
  return db
    .select()
    .from(feeItems)
    .where(eq(feeItems.active, true))
    .orderBy(asc(feeItems.sortKey), asc(feeItems.id))
    .all()
    .filter((item) => roomTypesOf(item).includes(room.type))
}

/**
 * The move-in fees of a room: the prepaid months of the chosen items (or, when none are chosen,
 * of every monthly property-fee item that applies to the room), the one-off items at today's
 * price (an item without a price, such as a deposit agreed case by case, is left to the counter),
 * and what the room owes already.
 */
export function moveInFees(ctx: ServiceContext, room: MoveInRoom, settings: MoveInFeeSettings): MoveInFees {
  const items = activeItems(ctx.db, room)
  const chosen = new Set(settings.prepayItemIds)
  const prepayItems = items.filter(
    (item) => MONTHLY.has(item.method) && (chosen.size > 0 ? chosen.has(item.id) : item.category === 'property')
  )
  const prepay = prepayItems.flatMap((item) => {
    const fromPeriod = nextUnbilled(ctx, room.id, item.id)
    const priceE4 = priceOn(ctx.db, item.id, periodBounds(fromPeriod).from)
    if (priceE4 === null) return []
    const monthlyFen = monthlyCharge(item, priceE4, room).amountFen
    return [{ itemId: item.id, name: item.name, months: settings.prepayMonths, monthlyFen, fromPeriod }]
  })
  const oneOffIds = new Set(settings.oneOffItemIds)
  const oneOff = items
    .filter((item) => oneOffIds.has(item.id) && !MONTHLY.has(item.method) && item.method !== 'metered')
    .flatMap((item) => {
      const priceE4 = priceOn(ctx.db, item.id, today(ctx))
      if (priceE4 === null) return []
      const quantityCenti = item.method === 'oneOffPerArea' ? room.areaCenti : 100
      return [
        {
          itemId: item.id,
          name: item.name,
          amountFen: lineAmountFen({ priceE4, quantityCenti, months: 1, percent: 100 })
        }
      ]
    })
  const unpaid = ctx.store.sqlite
    .prepare(
      `SELECT coalesce(sum(amount_fen), 0) AS fen FROM receivables WHERE room_id = ? AND paid_receipt_id IS NULL AND cancelled_void_id IS NULL`
    )
    .get(room.id) as { fen: number }
  const totalFen = sumFen([
    ...prepay.map((p) => p.monthlyFen * p.months),
    ...oneOff.map((o) => o.amountFen),
    unpaid.fen
  ])
  return { prepay, oneOff, unpaidFen: unpaid.fen, totalFen }
}

/**
 * The readings taken with the owner at the handover become the room's first readings of each
 * meter kind a metered fee item bills, so the first fees.enterReadings charges the use from
 * them. Nothing is charged here: the use before the handover is not the owner's. A meter read
 * lower than an earlier reading (a meter changed before the handover) starts a new baseline.
 * Returns the kinds recorded.
 */
export function recordBaseReadings(
  ctx: ServiceContext,
  room: MoveInRoom,
  readings: readonly { kind: 'water' | 'electricity' | 'gas'; readingCenti: number }[],
  readOn: string
): string[] {
  const metered = new Set(
    activeItems(ctx.db, room)
      .filter((item) => item.method === 'metered' && item.meterKind)
      .map((item) => item.meterKind)
  )
  const at = ctx.now().toISOString()
  const staffId = ctx.requireSession().staffId
  const recorded: string[] = []
  for (const reading of readings) {
    if (!metered.has(reading.kind)) continue
    const last = ctx.db
      .select()
      .from(meterReadings)
      .where(and(eq(meterReadings.roomId, room.id), eq(meterReadings.kind, reading.kind)))
      .orderBy(desc(meterReadings.id))
      .get()
    ctx.db
      .insert(meterReadings)
      .values({
        roomId: room.id,
        kind: reading.kind,
        readingCenti: reading.readingCenti,
        previousCenti: last?.readingCenti ?? null,
        readOn,
        replacement: last !== undefined && reading.readingCenti < last.readingCenti,
        receivableId: null,
        createdAt: at,
        createdBy: staffId
      })
      .run()
    recorded.push(reading.kind)
  }
  return recorded
}

export interface MoveInReceipt {
  id: number
  code: string
  totalFen: number
  issuedAt: string
  status: 'valid' | 'void'
  roomId: number
}

/** The payment receipts of a room issued at or after `since` (ISO), oldest first, voided ones marked. */
export function receiptsOfRoomSince(db: Db, roomId: number, since: string): MoveInReceipt[] {
  return receiptRows(db, and(eq(receipts.roomId, roomId), gte(receipts.issuedAt, since)))
}

/** Receipts by id, whichever room (the check-in says which are not this room's). */
export function receiptsByIds(db: Db, ids: readonly number[]): MoveInReceipt[] {
  return ids.length === 0 ? [] : receiptRows(db, inArray(receipts.id, [...ids]))
}

function receiptRows(db: Db, where: ReturnType<typeof and>): MoveInReceipt[] {
  return db
    .select({
      id: receipts.id,
      code: receipts.code,
      totalFen: receipts.totalFen,
      issuedAt: receipts.issuedAt,
      roomId: receipts.roomId,
      kind: receipts.kind,
      voidId: receiptVoids.id
    })
    .from(receipts)
    .leftJoin(receiptVoids, eq(receiptVoids.receiptId, receipts.id))
    .where(and(where, eq(receipts.kind, 'payment')))
    .orderBy(asc(receipts.issuedAt), asc(receipts.id))
    .all()
    .map((r) => ({
      id: r.id,
      code: r.code,
      totalFen: r.totalFen,
      issuedAt: r.issuedAt,
      roomId: r.roomId,
      status: r.voidId === null ? 'valid' : 'void'
    }))
}
