import { and, asc, desc, eq, gte, inArray } from 'drizzle-orm'
import { feeItems, meterReadings, receiptVoids, receipts } from '../../../../db/schema'
import type { Db } from '../../../../db/open'
import type { MoveInFees } from '../../../../shared/checkin/api'
import type { RoomType } from '../../../../shared/domain/person-fields'
import { sumFen } from '../../../../shared/domain/money'
import { addMonths, lineAmountFen, periodBounds } from '../../../../shared/fees/periods'
import type { ServiceContext } from '../../core/context'
import { MONTHLY } from './billing'
import { priceOn, roomTypesOf, today, type FeeItemRecord } from './fee-items'
import { nextUnbilled, takePayment } from './payments'
import { inTrusteeshipPlan, prepaidMonthCharge, type TrusteeshipPlan } from './trusteeship-rate'

/**
 * What fees does for a move-in check-in (the checkin capability calls only this file): price the
 * fees due at move-in as fees.pay will charge them (each month at its own rate, inside a planned
 * trusteeship at the trusteeship share), check that receipts taken were priced so, record the meter readings taken at the
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

/** How many months ahead the check-in's payment form may prepay (fees.pay takes up to 36). */
export const PREPAY_HORIZON = 36

/**
 * Each of `months` months of a monthly item from its first unbilled one, at the rate in force that
 * month and the share fees.pay charges (prepaidMonthCharge); empty when a month has no rate yet.
 */
function pricedMonths(
  ctx: ServiceContext,
  room: MoveInRoom,
  item: FeeItemRecord,
  months: number,
  plan: TrusteeshipPlan | null
): MoveInFees['prepay'][number]['monthly'] {
  const fromPeriod = nextUnbilled(ctx, room.id, item.id)
  const monthly: MoveInFees['prepay'][number]['monthly'] = []
  for (let i = 0; i < months; i++) {
    const period = addMonths(fromPeriod, i)
    const priceE4 = priceOn(ctx.db, item.id, periodBounds(period).from)
    if (priceE4 === null) break
    const { percent, amountFen } = prepaidMonthCharge(item, priceE4, room, period, plan)
    monthly.push({ period, percent, amountFen })
  }
  return monthly
}

/**
 * The move-in fees of a room: the prepaid months of the chosen items (or, when none are chosen,
 * of every monthly property-fee item that applies to the room) — each month priced on its own,
 * listed up to `horizon` months so the counter may prepay more than the settings say — the one-off
 * items at today's price (an item without a price, such as a deposit agreed case by case, is left
 * to the counter), and what the room owes already. `plan` is the trusteeship the owner chose.
 */
export function moveInFees(
  ctx: ServiceContext,
  room: MoveInRoom,
  settings: MoveInFeeSettings,
  plan: TrusteeshipPlan | null = null,
  horizon = settings.prepayMonths
): MoveInFees {
  const items = activeItems(ctx.db, room)
  const chosen = new Set(settings.prepayItemIds)
  const prepayItems = items.filter(
    (item) => MONTHLY.has(item.method) && (chosen.size > 0 ? chosen.has(item.id) : item.category === 'property')
  )
  const prepay = prepayItems.flatMap((item) => {
    const monthly = pricedMonths(ctx, room, item, Math.max(horizon, settings.prepayMonths), plan)
    if (monthly.length === 0) return []
    const months = Math.min(settings.prepayMonths, monthly.length)
    const amountFen = sumFen(monthly.slice(0, months).map((m) => m.amountFen))
    const fromPeriod = monthly[0]!.period
    return [
      { itemId: item.id, name: item.name, months, monthlyFen: monthly[0]!.amountFen, amountFen, fromPeriod, monthly }
    ]
  })
  const oneOff = oneOffFees(ctx, room, items, settings.oneOffItemIds)
  const unpaid = ctx.store.sqlite
    .prepare(
      `SELECT coalesce(sum(amount_fen), 0) AS fen FROM receivables WHERE room_id = ? AND paid_receipt_id IS NULL AND cancelled_void_id IS NULL`
    )
    .get(room.id) as { fen: number }
  const totalFen = sumFen([...prepay.map((p) => p.amountFen), ...oneOff.map((o) => o.amountFen), unpaid.fen])
  return { prepay, oneOff, unpaidFen: unpaid.fen, totalFen }
}

function oneOffFees(
  ctx: ServiceContext,
  room: MoveInRoom,
  items: FeeItemRecord[],
  oneOffItemIds: readonly number[]
): MoveInFees['oneOff'] {
  const oneOffIds = new Set(oneOffItemIds)
  return items
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
}

/** A prepaid month on a receipt charged at another share than the trusteeship decided calls for. */
export interface MispricedMonth {
  code: string
  itemName: string
  period: string
  percent: number
  expectedPercent: number
}

/**
 * The prepaid months of these receipts whose share does not follow `plan` (paid at 100 % though
 * the month is in the trusteeship, or at the share though it is not) — the trusteeship answer
 * changed after the money was taken. The rate itself was the month's own when the month was made.
 */
export function mispricedMonths(
  ctx: ServiceContext,
  receiptIds: readonly number[],
  plan: TrusteeshipPlan | null
): MispricedMonth[] {
  if (receiptIds.length === 0) return []
  const rows = ctx.store.sqlite
    .prepare(
      `SELECT rc.code AS code, i.name AS itemName, r.period AS period, r.percent AS percent, i.trusteeship_percent AS share
         FROM receivables r JOIN receipts rc ON rc.id = r.paid_receipt_id JOIN fee_items i ON i.id = r.item_id
        WHERE r.paid_receipt_id IN (SELECT value FROM json_each(?)) AND r.source = 'prepay' AND r.period IS NOT NULL
        ORDER BY rc.id, r.period, r.id`
    )
    .all(JSON.stringify(receiptIds)) as {
    code: string
    itemName: string
    period: string
    percent: number
    share: number
  }[]
  return rows.flatMap(({ share, ...row }) => {
    const expectedPercent = inTrusteeshipPlan(row.period, plan) ? share : 100
    return row.percent === expectedPercent ? [] : [{ ...row, expectedPercent }]
  })
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

/**
 * The move-in payment (checkin.pay): fees.pay's own rules and receipt, with the prepaid months of
 * the trusteeship the check-in answered at its share. The plan comes from the check-in on file,
 * never from the screen.
 */
export function payMoveIn(
  ctx: ServiceContext,
  input: Parameters<typeof takePayment>[1],
  plan: TrusteeshipPlan | null
): ReturnType<typeof takePayment> {
  return takePayment(ctx, input, plan)
}
