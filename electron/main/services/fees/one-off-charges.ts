import { api } from '../../../../shared/api'
import { lineAmountFen } from '../../../../shared/fees/periods'
import { formatFen } from '../../../../shared/domain/money'
import type { ServiceContext } from '../../core/context'
import { handle } from '../../core/handler'
import { getRoom } from '../households/room-records'
import { getItem, requirePrice, today } from './fee-items'
import { insertReceivable, receivableViews } from './receivable-records'

/** One-off charges (临时收费, deposits, a renovation's fees): billing.ts lists the handler. */

export interface OneOffCharge {
  roomId: number
  itemId: number
  /** An agreed amount (有偿服务, a deposit set case by case); else the item's price today. */
  amountFen?: number
  /** A count (in hundredths) for items charged by count; area items take the room's area. */
  quantityCenti?: number
  note: string
}

/**
 * A one-off, a deposit or a paid service for one room, due today: by count × price, area × price,
 * or an agreed amount. In the caller's transaction; returns the receivable's id and amount.
 */
export function chargeOneOff(ctx: ServiceContext, charge: OneOffCharge): { receivableId: number; amountFen: number } {
  const item = getItem(ctx.db, charge.itemId)
  const room = getRoom(ctx.db, charge.roomId)
  const date = today(ctx)
  let priceE4: number
  let quantityCenti: number
  let amountFen: number
  if (charge.amountFen !== undefined) {
    ;[priceE4, quantityCenti, amountFen] = [charge.amountFen * 100, 100, charge.amountFen]
  } else {
    priceE4 = requirePrice(ctx.db, item, date)
    quantityCenti =
      item.method === 'oneOffPerArea' || item.method === 'perArea' ? room.areaCenti : (charge.quantityCenti ?? 100)
    amountFen = lineAmountFen({ priceE4, quantityCenti, months: 1, percent: 100 })
  }
  const id = insertReceivable(ctx.store.sqlite, {
    roomId: room.id,
    item,
    period: null,
    periodFrom: date,
    periodTo: date,
    quantityCenti,
    priceE4,
    months: 1,
    percent: 100,
    amountFen,
    dueOn: date,
    source: 'adhoc',
    note: charge.note,
    at: ctx.now().toISOString(),
    staffId: ctx.requireSession().staffId
  })
  if (id === null) throw new RangeError('the charge was not written')
  ctx.audit({
    roomId: room.id,
    entityType: 'receivable',
    entityId: id,
    summaryKey: 'audit.charge',
    summaryParams: { item: item.name, amount: formatFen(amountFen) }
  })
  return { receivableId: id, amountFen }
}

/** fees.addCharge: chargeOneOff from the counter's 临时收费 dialog. */
export const addCharge = handle(api.fees.addCharge, {
  run(ctx, input) {
    const { receivableId } = chargeOneOff(ctx, {
      roomId: input.roomId,
      itemId: input.itemId,
      amountFen: input.amount,
      quantityCenti: input.quantity,
      note: input.note
    })
    return receivableViews(ctx.store.sqlite, 'r.id = ?', [receivableId], today(ctx))[0]!
  }
})
