import { and, desc, eq, inArray } from 'drizzle-orm'
import { meterReadings, rooms } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import { dueDate, lineAmountFen, periodBounds } from '../../../../shared/fees/periods'
import { formatFen } from '../../../../shared/domain/money'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { getItem, requirePrice, roomTypesOf, type FeeItemRecord } from './fee-items'
import { handle } from '../../core/handler'
import { insertReceivable, type CancelledMonth } from './receivable-records'
import { getRoom } from '../households/room-records'
import { addCharge } from './one-off-charges'

const MONTHLY = new Set(['perArea', 'fixedMonthly'])

/** What one month of a monthly item costs a room: area × price (or the fixed price), at the trusteeship share when in trusteeship. */
export function monthlyCharge(item: FeeItemRecord, priceE4: number, room: { areaCenti: number; status: string }) {
  const quantityCenti = item.method === 'perArea' ? room.areaCenti : 100
  const percent = room.status === 'trusteeship' ? item.trusteeshipPercent : 100
  return { quantityCenti, percent, amountFen: lineAmountFen({ priceE4, quantityCenti, months: 1, percent }) }
}

/** Rooms that are billed: of a type the item applies to, and delivered (未交付 rooms owe nothing yet). */
export function billableRooms(ctx: ServiceContext, item: FeeItemRecord) {
  return ctx.db
    .select({ id: rooms.id, areaCenti: rooms.areaCenti, status: rooms.status, type: rooms.type })
    .from(rooms)
    .where(inArray(rooms.type, roomTypesOf(item)))
    .all()
    .filter((r) => r.status !== 'undelivered')
}

/** One month of a monthly item for one room, as billing writes it. The amount, or null when it was there already. */
function billMonth(
  ctx: ServiceContext,
  b: {
    item: FeeItemRecord
    room: { id: number; areaCenti: number; status: string }
    period: string
    priceE4: number
    at: string
    staffId: number | null
  }
): number | null {
  const { from, to } = periodBounds(b.period)
  const charge = monthlyCharge(b.item, b.priceE4, b.room)
  const id = insertReceivable(ctx.store.sqlite, {
    roomId: b.room.id,
    item: b.item,
    period: b.period,
    periodFrom: from,
    periodTo: to,
    priceE4: b.priceE4,
    months: 1,
    dueOn: dueDate(b.period, b.item.dueDay),
    source: 'billing',
    note: '',
    at: b.at,
    staffId: b.staffId,
    ...charge
  })
  return id === null ? null : charge.amountFen
}

/**
 * After a void: a cancelled prepaid month is owed again only as billing would have billed it. A
 * month the monthly billing has not reached stays unbilled until it does; one it already reached
 * (it billed that month for other rooms, and skipped this one as paid ahead) is billed now, so
 * the room owes what it would owe had the prepayment never been made.
 */
export function rebillReachedMonths(ctx: ServiceContext, cancelled: CancelledMonth[]): void {
  const at = ctx.now().toISOString()
  const staffId = ctx.requireSession().staffId
  for (const itemId of new Set(cancelled.map((c) => c.itemId))) {
    const months = cancelled.filter((c) => c.itemId === itemId)
    const reached = new Set(
      (
        ctx.store.sqlite
          .prepare(
            `SELECT DISTINCT period FROM receivables WHERE item_id = ? AND source = 'billing' AND period IN (SELECT value FROM json_each(?))`
          )
          .all(itemId, JSON.stringify(months.map((m) => m.period))) as { period: string }[]
      ).map((r) => r.period)
    )
    if (reached.size === 0) continue
    const item = getItem(ctx.db, itemId)
    for (const month of months.filter((m) => reached.has(m.period))) {
      const room = getRoom(ctx.db, month.roomId)
      if (!roomTypesOf(item).includes(room.type) || room.status === 'undelivered') continue
      billMonth(ctx, {
        item,
        room,
        period: month.period,
        priceE4: requirePrice(ctx.db, item, periodBounds(month.period).from),
        at,
        staffId
      })
    }
  }
}

const generateBills = handle(api.fees.generateBills, {
  run(ctx, input) {
    const { from } = periodBounds(input.period)
    const staffId = ctx.requireSession().staffId
    const at = ctx.now().toISOString()
    let created = 0
    let skipped = 0
    let totalFen = 0
    for (const itemId of input.itemIds) {
      const item = getItem(ctx.db, itemId)
      if (!MONTHLY.has(item.method)) throw new AppError('VALIDATION', {}, { fields: { itemIds: item.name } })
      const priceE4 = requirePrice(ctx.db, item, from)
      for (const room of billableRooms(ctx, item)) {
        const billed = billMonth(ctx, { item, room, period: input.period, priceE4, at, staffId })
        if (billed === null) skipped++
        else {
          created++
          totalFen += billed
        }
      }
    }
    ctx.audit({
      entityType: 'billing',
      entityId: input.period,
      summaryKey: 'audit.bills',
      summaryParams: { period: input.period, count: created, total: formatFen(totalFen) }
    })
    return { created, skipped, totalFen }
  }
})

const lastReadings = handle(api.fees.lastReadings, {
  run(ctx, input) {
    const item = getItem(ctx.db, input.itemId)
    if (!item.meterKind) throw new AppError('NOT_METERED', { item: item.name })
    return input.roomIds.flatMap((roomId) => {
      const last = ctx.db
        .select()
        .from(meterReadings)
        .where(and(eq(meterReadings.roomId, roomId), eq(meterReadings.kind, item.meterKind!)))
        .orderBy(desc(meterReadings.id))
        .get()
      return last ? [{ roomId, readingCenti: last.readingCenti, readOn: last.readOn }] : []
    })
  }
})

/**
 * 抄表: each reading is checked against the room's last one. Lower is refused (the whole batch,
 * naming the room) unless marked as a meter replacement, which starts a new baseline and bills
 * nothing. A room's first reading is its baseline too. The difference × price is a charge.
 */
const enterReadings = handle(api.fees.enterReadings, {
  run(ctx, input) {
    const item = getItem(ctx.db, input.itemId)
    if (item.method !== 'metered' || !item.meterKind) throw new AppError('NOT_METERED', { item: item.name })
    const priceE4 = requirePrice(ctx.db, item, input.readOn)
    const staffId = ctx.requireSession().staffId
    const at = ctx.now().toISOString()
    const due = dueDate(input.readOn.slice(0, 7), item.dueDay)
    let created = 0
    let totalFen = 0
    for (const reading of input.readings) {
      const room = getRoom(ctx.db, reading.roomId)
      const last = ctx.db
        .select()
        .from(meterReadings)
        .where(and(eq(meterReadings.roomId, room.id), eq(meterReadings.kind, item.meterKind)))
        .orderBy(desc(meterReadings.id))
        .get()
      if (last && reading.reading < last.readingCenti && !reading.replacement) {
        throw new AppError(
          'READING_LOWER',
          {
            room: room.code,
            reading: (reading.reading / 100).toFixed(2),
            previous: (last.readingCenti / 100).toFixed(2)
          },
          { roomId: room.id }
        )
      }
      const usage = last && !reading.replacement ? reading.reading - last.readingCenti : 0
      let receivableId: number | null = null
      if (usage > 0) {
        const amountFen = lineAmountFen({ priceE4, quantityCenti: usage, months: 1, percent: 100 })
        receivableId = insertReceivable(ctx.store.sqlite, {
          roomId: room.id,
          item,
          period: null,
          periodFrom: last!.readOn,
          periodTo: input.readOn,
          quantityCenti: usage,
          priceE4,
          months: 1,
          percent: 100,
          amountFen,
          dueOn: due < input.readOn ? input.readOn : due,
          source: 'meter',
          note: `${(last!.readingCenti / 100).toFixed(2)} → ${(reading.reading / 100).toFixed(2)}`,
          at,
          staffId
        })
        created++
        totalFen += amountFen
      }
      ctx.db
        .insert(meterReadings)
        .values({
          roomId: room.id,
          kind: item.meterKind,
          readingCenti: reading.reading,
          previousCenti: last?.readingCenti ?? null,
          readOn: input.readOn,
          replacement: reading.replacement,
          receivableId,
          createdAt: at,
          createdBy: staffId
        })
        .run()
    }
    ctx.audit({
      entityType: 'meter',
      entityId: item.id,
      summaryKey: 'audit.readings',
      summaryParams: { item: item.name, count: input.readings.length, total: formatFen(totalFen) }
    })
    return { created, totalFen }
  }
})

export const billingHandlers = [generateBills, lastReadings, enterReadings, addCharge]
export { MONTHLY }
