import { and, asc, desc, eq, lte } from 'drizzle-orm'
import { feeItems, feeRates } from '../../../../db/schema'
import type { Db } from '../../../../db/open'
import { api } from '../../../../shared/api'
import type { FeeItemView } from '../../../../shared/fees/fees'
import type { RoomType } from '../../../../shared/domain/person-fields'
import { formatPrice } from '../../../../shared/fees/periods'
import { localDate } from '../../../../shared/kernel/calendar'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'

export type FeeItemRecord = typeof feeItems.$inferSelect

export function getItem(db: Db, itemId: number): FeeItemRecord {
  const item = db.select().from(feeItems).where(eq(feeItems.id, itemId)).get()
  if (!item) throw new AppError('NOT_FOUND', {}, { entity: 'feeItem', id: itemId })
  return item
}

/** The price in force on a date: the latest rate that started on or before it. */
export function priceOn(db: Db, itemId: number, date: string): number | null {
  const rate = db
    .select({ priceE4: feeRates.priceE4 })
    .from(feeRates)
    .where(and(eq(feeRates.itemId, itemId), lte(feeRates.effectiveFrom, date)))
    .orderBy(desc(feeRates.effectiveFrom))
    .get()
  return rate?.priceE4 ?? null
}

export function requirePrice(db: Db, item: FeeItemRecord, date: string): number {
  const price = priceOn(db, item.id, date)
  if (price === null) throw new AppError('NO_PRICE', { item: item.name, period: date.slice(0, 7) })
  return price
}

export function roomTypesOf(item: FeeItemRecord): RoomType[] {
  return JSON.parse(item.roomTypes) as RoomType[]
}

function itemView(db: Db, item: FeeItemRecord, today: string): FeeItemView {
  const rates = db
    .select({ priceE4: feeRates.priceE4, effectiveFrom: feeRates.effectiveFrom })
    .from(feeRates)
    .where(eq(feeRates.itemId, item.id))
    .orderBy(desc(feeRates.effectiveFrom))
    .all()
  return {
    id: item.id,
    name: item.name,
    category: item.category,
    method: item.method,
    roomTypes: roomTypesOf(item),
    dueDay: item.dueDay,
    trusteeshipPercent: item.trusteeshipPercent,
    meterKind: item.meterKind,
    active: item.active,
    sortKey: item.sortKey,
    priceE4: priceOn(db, item.id, today),
    rates
  }
}

export const today = (ctx: Pick<ServiceContext, 'now'>) => localDate(ctx.now())

function addRate(ctx: ServiceContext, item: FeeItemRecord, priceE4: number, effectiveFrom: string): void {
  ctx.db
    .insert(feeRates)
    .values({
      itemId: item.id,
      priceE4,
      effectiveFrom,
      createdAt: ctx.now().toISOString(),
      createdBy: ctx.requireSession().staffId
    })
    .onConflictDoNothing()
    .run()
  const stored = ctx.db
    .select()
    .from(feeRates)
    .where(and(eq(feeRates.itemId, item.id), eq(feeRates.effectiveFrom, effectiveFrom)))
    .get()
  // A second price for the same start date is refused: prices are history, not edits.
  if (stored && stored.priceE4 !== priceE4) throw new AppError('CONFLICT', {}, { field: 'effectiveFrom' })
  ctx.audit({
    entityType: 'feeItem',
    entityId: item.id,
    summaryKey: 'audit.feePrice',
    summaryParams: { name: item.name, from: effectiveFrom, price: formatPrice(priceE4) }
  })
}

const items = handle(api.fees.items, {
  run: (ctx) =>
    ctx.db
      .select()
      .from(feeItems)
      .orderBy(asc(feeItems.sortKey), asc(feeItems.id))
      .all()
      .map((i) => itemView(ctx.db, i, today(ctx)))
})

const saveItem = handle(api.fees.saveItem, {
  run(ctx, input) {
    const { id, price, effectiveFrom, ...fields } = input
    const values = {
      ...fields,
      roomTypes: JSON.stringify(fields.roomTypes),
      meterKind: fields.method === 'metered' ? (fields.meterKind ?? 'water') : null
    }
    let item: FeeItemRecord
    if (id === undefined) {
      item = ctx.db
        .insert(feeItems)
        .values({ ...values, createdAt: ctx.now().toISOString() })
        .returning()
        .get()
    } else {
      getItem(ctx.db, id)
      item = ctx.db.update(feeItems).set(values).where(eq(feeItems.id, id)).returning().get()!
    }
    ctx.audit({
      entityType: 'feeItem',
      entityId: item.id,
      summaryKey: 'audit.feeItem',
      summaryParams: { name: item.name }
    })
    if (price !== undefined) addRate(ctx, item, price, effectiveFrom ?? today(ctx))
    return itemView(ctx.db, item, today(ctx))
  }
})

const setPrice = handle(api.fees.setPrice, {
  run(ctx, input) {
    const item = getItem(ctx.db, input.itemId)
    addRate(ctx, item, input.price, input.effectiveFrom)
    return itemView(ctx.db, item, today(ctx))
  }
})

export const feeItemHandlers = [items, saveItem, setPrice]
