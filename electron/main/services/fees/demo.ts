import type { Store } from '../../../../db/open'
import { api } from '../../../../shared/api'
import { addMonths, periodBounds } from '../../../../shared/fees/periods'
import { localDate } from '../../../../shared/kernel/calendar'
import type { DemoDesk } from '../../tools/demo/desk'
import { moment, type DemoEvent } from '../../tools/demo/schedule'
import { planPayments, type Bills } from './demo-payments'
import { random } from '../../tools/demo/people'

/** The office's fee items as an administrator enters them (prices as typed, in yuan). */
const ITEMS = [
  {
    name: '物业管理费',
    category: 'property',
    method: 'perArea',
    roomTypes: ['residence', 'shop'],
    trusteeshipPercent: 70,
    price: '1.85'
  },
  { name: '停车管理费', category: 'parking', method: 'fixedMonthly', roomTypes: ['parking'], price: '150' },
  {
    name: '水费',
    category: 'water',
    method: 'metered',
    roomTypes: ['residence', 'shop'],
    meterKind: 'water',
    price: '3.45'
  },
  {
    name: '电费',
    category: 'electricity',
    method: 'metered',
    roomTypes: ['residence', 'shop'],
    meterKind: 'electricity',
    price: '0.617'
  },
  {
    name: '装修垃圾清运费',
    category: 'garbage',
    method: 'oneOffFixed',
    roomTypes: ['residence', 'shop'],
    price: '300'
  },
  {
    name: '装修保证金',
    category: 'renovationDeposit',
    method: 'deposit',
    roomTypes: ['residence', 'shop'],
    price: '2000'
  },
  {
    name: '有偿维修服务',
    category: 'paidService',
    method: 'oneOffFixed',
    roomTypes: ['residence', 'shop', 'parking', 'storage', 'other'],
    price: '50'
  }
] as const

/** How many months of history the demo has: a year, whatever month "now" is in. */
export const HISTORY_MONTHS = 12

export const thisMonthOf = (now: Date) => localDate(now).slice(0, 7)

/** The first day of the demo's history: the administrator sets up the fee items then. */
export function historyStart(now: Date): Date {
  const first = addMonths(thisMonthOf(now), -(HISTORY_MONTHS - 1))
  return moment(`${addMonths(first, -1)}-20`, 10)
}

/**
 * Fees as an office has them after a year: the items and prices (the property fee went up five
 * months ago; earlier months keep the old price), each month billed ahead on the 25th, most rooms
 * paying by the quarter with numbered receipts, some months behind with phone reminders and, three
 * months on, a demand letter; two voided receipts, each re-issued. Everything goes through the
 * services at its own moment of the demo's clock (see ./desk.ts), within service hours.
 */
export function planFees(store: Store, desk: DemoDesk, now: Date, seed = 7): DemoEvent[] {
  const r = random(seed)
  const thisMonth = thisMonthOf(now)
  const first = addMonths(thisMonth, -(HISTORY_MONTHS - 1))
  const start = historyStart(now)
  const ids: number[] = []
  const events: DemoEvent[] = []
  const itemId = (index: number) => ids[index]!

  events.push({
    at: start,
    staff: 'super',
    run(session) {
      ITEMS.forEach((item, i) =>
        ids.push(
          desk.call(api.fees.saveItem, { ...item, sortKey: i * 10, effectiveFrom: periodBounds(first).from }, session)
            .id
        )
      )
    }
  })
  // The price rise: decided a month before it takes effect.
  const raised = addMonths(thisMonth, -5)
  events.push({
    at: moment(`${addMonths(raised, -1)}-10`, 10, 30),
    staff: 'super',
    run: (session) =>
      void desk.call(
        api.fees.setPrice,
        { itemId: itemId(0), price: '1.95', effectiveFrom: periodBounds(raised).from },
        session
      )
  })
  // Each month is billed on the 25th of the month before (the first one at set-up).
  const billedOn: Bills = new Map()
  for (let p = first; p <= thisMonth; p = addMonths(p, 1)) {
    const at = p === first ? new Date(start.getTime() + 20 * 60_000) : moment(`${addMonths(p, -1)}-25`, 9, 30)
    billedOn.set(p, at)
    const period = p
    events.push({
      at,
      staff: 'super',
      run: (session) => void desk.call(api.fees.generateBills, { period, itemIds: [itemId(0), itemId(1)] }, session)
    })
  }
  events.push(...planPayments(store, desk, r, { now, first, thisMonth, billedOn, itemId }))
  return events
}
