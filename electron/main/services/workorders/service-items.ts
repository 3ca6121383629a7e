import { asc, eq } from 'drizzle-orm'
import type { Db } from '../../../../db/open'
import { serviceItems } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import type { ServiceItem } from '../../../../shared/workorders/repairs-api'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'

/**
 * 有偿服务、便民服务、委托服务: the published list with prices. An item is never deleted (orders
 * point at it and copy its price when agreed); it is retired with active = false and stays
 * readable for the orders made on it.
 */

const columns = {
  id: serviceItems.id,
  name: serviceItems.name,
  category: serviceItems.category,
  unit: serviceItems.unit,
  priceFen: serviceItems.priceFen,
  needsApproval: serviceItems.needsApproval,
  note: serviceItems.note,
  active: serviceItems.active,
  sortKey: serviceItems.sortKey
}

export function serviceItemById(db: Db, itemId: number): ServiceItem | undefined {
  return db.select(columns).from(serviceItems).where(eq(serviceItems.id, itemId)).get()
}

export function loadServiceItem(db: Db, itemId: number): ServiceItem {
  const item = serviceItemById(db, itemId)
  if (!item) throw new AppError('NOT_FOUND', {}, { entity: 'serviceItem', id: itemId })
  return item
}

const list = handle(api.serviceItems.list, {
  run: (ctx, input) =>
    ctx.db
      .select(columns)
      .from(serviceItems)
      .where(input.includeRetired ? undefined : eq(serviceItems.active, true))
      .orderBy(asc(serviceItems.sortKey), asc(serviceItems.id))
      .all()
})

const save = handle(api.serviceItems.save, {
  run(ctx, input) {
    const { id, ...fields } = input
    let itemId: number
    if (id === undefined) {
      itemId = ctx.db
        .insert(serviceItems)
        .values({ ...fields, createdAt: ctx.now().toISOString() })
        .returning({ id: serviceItems.id })
        .get().id
    } else {
      loadServiceItem(ctx.db, id)
      ctx.db.update(serviceItems).set(fields).where(eq(serviceItems.id, id)).run()
      itemId = id
    }
    ctx.audit({
      entityType: 'serviceItem',
      entityId: itemId,
      summaryKey: 'audit.serviceItemSaved',
      summaryParams: { name: fields.name }
    })
    return loadServiceItem(ctx.db, itemId)
  }
})

export const serviceItemHandlers = [list, save]
