import type { Store } from '../../../../db/open'
import { api } from '../../../../shared/api'
import { addMonths } from '../../../../shared/fees/periods'
import { formatFen, sumFen } from '../../../../shared/domain/money'
import { monthlyCharge } from './billing'
import { getItem, priceOn } from './fee-items'
import { localDate } from '../../../../shared/kernel/calendar'
import type { DemoDesk } from '../../tools/demo/desk'
import type { Random } from '../../tools/demo/people'
import { serviceMinute, type DemoEvent } from '../../tools/demo/schedule'

type Session = Parameters<DemoEvent['run']>[0]

export interface AheadRoom {
  id: number
  areaCenti: number
  status: string
  owner: string | null
}

const METHODS = ['wechat', 'alipay', 'transfer', 'card', 'cash'] as const

/**
 * Owners who pay half a year or a year ahead: at the start of each span they pay what is billed
 * and prepay the rest (fees.pay with prepay months), so billing later finds those months paid.
 * The total is what the core will compute — each month at its own price — or the payment is refused.
 */
export function planAhead(
  store: Store,
  desk: DemoDesk,
  r: Random,
  room: AheadRoom,
  plan: { itemId: () => number; first: string; thisMonth: string; now: Date; months: number; staff: readonly string[] }
): DemoEvent[] {
  const sqlite = store.sqlite
  const events: DemoEvent[] = []
  for (let start = plan.first; start <= plan.thisMonth; start = addMonths(start, plan.months)) {
    const at = serviceMinute(r, `${start}-${String(r.int(1, 28)).padStart(2, '0')}`)
    if (at > plan.now) break
    const method = r.pick(METHODS)
    events.push({
      at,
      staff: r.pick(plan.staff),
      run(session: Session) {
        const item = getItem(store.db, plan.itemId())
        const bills = sqlite
          .prepare(
            `SELECT id, period, amount_fen AS fen FROM receivables WHERE room_id = ? AND item_id = ? AND paid_receipt_id IS NULL AND cancelled_void_id IS NULL ORDER BY period`
          )
          .all(room.id, item.id) as { id: number; period: string; fen: number }[]
        const last = sqlite
          .prepare(
            `SELECT max(period) AS period FROM receivables WHERE room_id = ? AND item_id = ? AND period IS NOT NULL AND cancelled_void_id IS NULL`
          )
          .get(room.id, item.id) as { period: string | null }
        const today = localDate(at).slice(0, 7)
        // Prepaid months start after the last one billed (this month at the earliest), as fees.pay does.
        let next = last.period ? addMonths(last.period, 1) : today
        if (next < today) next = today
        const months = Math.max(0, plan.months - bills.filter((b) => b.period >= start).length)
        const prepaid = Array.from(
          { length: months },
          (_, i) => monthlyCharge(item, priceOn(store.db, item.id, `${addMonths(next, i)}-01`)!, room).amountFen
        )
        const total = sumFen([...bills.map((b) => b.fen), ...prepaid])
        if (total === 0) return
        const amount = formatFen(total, { grouping: false })
        const tendered =
          method === 'cash' ? formatFen(Math.ceil(total / 10_000) * 10_000, { grouping: false }) : undefined
        desk.call(
          api.fees.pay,
          {
            roomId: room.id,
            receivableIds: bills.map((b) => b.id),
            prepay: months ? [{ itemId: item.id, months }] : [],
            payerName: room.owner ?? '业主',
            payments: [{ method, amount }],
            tendered,
            expectedTotal: amount
          },
          session
        )
      }
    })
  }
  return events
}
