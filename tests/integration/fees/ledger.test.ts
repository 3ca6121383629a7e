// The counter's time zone: stored instants are UTC, due dates are China's calendar days.
process.env.TZ = 'Asia/Shanghai'

import { describe, expect, it } from 'vitest'
import type { ReceiptView } from '../../../shared/fees/fees'
import type { Ledger, LedgerRow } from '../../../shared/fees/reports'
import { expectOk } from '../../helpers/core'
import { eachTest } from '../../helpers/each-test'
import { setRoomStatus, setUpFees, type FeesEnv } from '../../helpers/fees'
import { feesFixture, localAt } from '../../helpers/fees-fixture'
import { roomRuns } from '../../../electron/main/services/fees/queries'

// Today is 2026-11-22 (the test clock).
const TODAY = '2026-11-22'
let env: FeesEnv

interface Stored {
  month: string
  itemId: number
  itemName: string
  category: string
  itemSort: number
  buildingId: number
  buildingCode: string
  buildingSort: number
  amountFen: number
  paid: number
  dueOn: string
  cancelled: number
}

/** The ledger the plain way: every receivable read one by one, then summed and sorted here. */
function straightforwardLedger(range: { fromPeriod: string; toPeriod: string; buildingId?: number }): LedgerRow[] {
  const stored = env.core.store.sqlite
    .prepare(
      `SELECT coalesce(r.period, substr(r.period_from, 1, 7)) AS month, r.item_id AS itemId, i.name AS itemName, i.category, i.sort_key AS itemSort,
              b.id AS buildingId, b.code AS buildingCode, b.sort_key AS buildingSort, r.amount_fen AS amountFen,
              r.paid_receipt_id IS NOT NULL AS paid, r.due_on AS dueOn, r.cancelled_void_id IS NOT NULL AS cancelled
       FROM receivables r JOIN fee_items i ON i.id = r.item_id JOIN rooms rm ON rm.id = r.room_id JOIN buildings b ON b.id = rm.building_id`
    )
    .all() as Stored[]
  const rows = new Map<string, LedgerRow & { itemSort: number; buildingSort: number }>()
  for (const s of stored) {
    if (s.cancelled || s.month < range.fromPeriod || s.month > range.toPeriod) continue
    if (range.buildingId !== undefined && s.buildingId !== range.buildingId) continue
    const key = `${s.month}|${s.itemId}|${s.buildingId}`
    let row = rows.get(key)
    if (!row) {
      const { month: period, itemId, itemName, category, buildingId, buildingCode, itemSort, buildingSort } = s
      row = {
        period,
        itemId,
        itemName,
        category,
        buildingId,
        buildingCode,
        itemSort,
        buildingSort,
        receivableFen: 0,
        receivedFen: 0,
        arrearsFen: 0,
        notDueFen: 0
      }
      rows.set(key, row)
    }
    row.receivableFen += s.amountFen
    if (s.paid) row.receivedFen += s.amountFen
    else if (s.dueOn < TODAY) row.arrearsFen += s.amountFen
    else row.notDueFen += s.amountFen
  }
  const order = (a: LedgerRow & { itemSort: number; buildingSort: number }, b: typeof a) =>
    a.period.localeCompare(b.period) ||
    a.itemSort - b.itemSort ||
    a.itemId - b.itemId ||
    a.buildingSort - b.buildingSort ||
    a.buildingCode.localeCompare(b.buildingCode)
  return [...rows.values()].sort(order).map(({ itemSort: _i, buildingSort: _b, ...row }) => row)
}

eachTest(setUpFees, async (e) => {
  env = e
  // Rooms added later in buildings 3 and 5: each building's rooms are now two runs of ids.
  await env.call('estate.bulkCreate', {
    building: '3',
    units: { from: 3, to: 3 },
    floors: { from: 1, to: 2 },
    positions: [{ position: 1, area: '60' }]
  })
  await env.call('estate.bulkCreate', {
    building: '7',
    units: { from: 1, to: 1 },
    floors: { from: 1, to: 2 },
    positions: [{ position: 1, area: '75' }]
  })
  await env.call('estate.bulkCreate', {
    building: '5',
    units: { from: 2, to: 2 },
    floors: { from: 1, to: 2 },
    positions: [{ position: 1, area: '30' }]
  })
  const sqlite = env.core.store.sqlite
  // Building 7 is listed first (its sort key), so the rows do not follow the codes.
  sqlite.prepare(`UPDATE buildings SET sort_key = -1 WHERE code = '7'`).run()
  const fx = feesFixture(sqlite)
  const series = fx.series('LG2026')
  const prepaid = env.rooms.r3_2_1502
  const rooms = (sqlite.prepare(`SELECT id FROM rooms ORDER BY id`).all() as { id: number }[])
    .map((r) => r.id)
    .filter((id) => id !== prepaid)
  const { property, parking, garbage } = env.items
  // Every third room a month of each item from August to December, amounts that differ by room
  // and month; some due later than the 20th; two in five paid, one of the receipts voided.
  let n = 0
  for (const [k, roomId] of rooms.entries()) {
    if (k % 3 !== 0) continue
    for (const [m, period] of ['2026-08', '2026-09', '2026-10', '2026-11', '2026-12'].entries()) {
      for (const item of [property, parking]) {
        const id = fx.receivable({
          roomId,
          itemId: item.id,
          period,
          amountFen: 1000 + roomId * 7 + m * 13 + item.id,
          dueOn: n % 4 === 0 ? `${period}-28` : undefined
        })
        if (n++ % 5 < 2) fx.receipt({ seriesId: series, roomId, receivableIds: [id], issuedAt: localAt('2026-11-01') })
      }
    }
  }
  const voided = fx.receipt({
    seriesId: series,
    roomId: rooms[0]!,
    lines: [],
    issuedAt: localAt('2026-11-02'),
    receivableIds: []
  })
  fx.voidReceipt(voided.id, localAt('2026-11-03'))
  const lastPaid = (sqlite.prepare(`SELECT max(paid_receipt_id) AS id FROM receivables`).get() as { id: number }).id
  fx.voidReceipt(lastPaid, localAt('2026-11-04'))
  // One-offs count in the month of their first day, a zero one too (a row of 0, not no row).
  fx.oneOff({ roomId: rooms[1]!, itemId: garbage.id, on: '2026-09-30', amountFen: 30000 })
  fx.oneOff({
    roomId: rooms[rooms.length - 1]!,
    itemId: garbage.id,
    on: '2026-10-01',
    amountFen: 30000,
    dueOn: '2026-12-01'
  })
  fx.oneOff({ roomId: rooms[4]!, itemId: garbage.id, on: '2026-11-15', amountFen: 0 })
  // Months a voided prepayment created are cancelled: no receivable at all.
  await setRoomStatus(env, prepaid, 'occupied')
  const account = await env.account(prepaid)
  const monthly = account.prepayable.find((p) => p.itemId === property.id)!
  const amount = ((3 * monthly.monthlyFen) / 100).toFixed(2)
  const receipt = await env.payOk({
    roomId: prepaid,
    prepay: [{ itemId: property.id, months: 3 }],
    payerName: '张三',
    payments: [{ method: 'cash', amount }],
    expectedTotal: amount
  })
  await env.cashier<ReceiptView>('fees.void', { receiptId: receipt.id, reason: '收错房间' })
  await env.payOk({
    roomId: prepaid,
    prepay: [{ itemId: property.id, months: 1 }],
    payerName: '张三',
    payments: [{ method: 'cash', amount: (monthly.monthlyFen / 100).toFixed(2) }],
    expectedTotal: (monthly.monthlyFen / 100).toFixed(2)
  })
})
const ledgerOf = async (input: { fromPeriod: string; toPeriod: string; buildingId?: number }) =>
  expectOk(await env.core.call('reports.ledger', input, { session: env.adminToken })) as Ledger

describe('the ledger (应收 / 实收 / 欠收) against every receivable summed one by one', () => {
  it('has the fixture it needs: rooms of one building on both sides of another, cancelled months, one-offs', () => {
    const sqlite = env.core.store.sqlite
    const buildings = (sqlite.prepare(`SELECT count(*) AS n FROM buildings`).get() as { n: number }).n
    expect(roomRuns(env.core.store).length).toBeGreaterThan(buildings)
    expect(sqlite.prepare(`SELECT count(*) AS n FROM receivables WHERE cancelled_void_id IS NOT NULL`).get()).toEqual({
      n: 3
    })
    expect(sqlite.prepare(`SELECT count(*) AS n FROM receivables WHERE period IS NULL`).get()).toEqual({ n: 3 })
  })

  it('gives the same rows, in the same order, for every range and every building', async () => {
    const buildings = (
      env.core.store.sqlite.prepare(`SELECT id FROM buildings ORDER BY id`).all() as { id: number }[]
    ).map((b) => b.id)
    const ranges = [
      { fromPeriod: '2026-08', toPeriod: '2026-12' },
      { fromPeriod: '2026-09', toPeriod: '2026-10' },
      { fromPeriod: '2025-01', toPeriod: '2027-12' },
      { fromPeriod: '2026-11', toPeriod: '2026-11' },
      { fromPeriod: '2027-06', toPeriod: '2027-09' }
    ]
    for (const range of ranges) {
      for (const buildingId of [undefined, ...buildings]) {
        const input = buildingId === undefined ? range : { ...range, buildingId }
        const books = await ledgerOf(input)
        const expected = straightforwardLedger(input)
        expect(books.rows, JSON.stringify(input)).toEqual(expected)
        const total = (key: 'receivableFen' | 'receivedFen' | 'arrearsFen' | 'notDueFen') =>
          expected.reduce((s, r) => s + r[key], 0)
        expect(books.totals).toEqual({
          receivableFen: total('receivableFen'),
          receivedFen: total('receivedFen'),
          arrearsFen: total('arrearsFen'),
          notDueFen: total('notDueFen')
        })
      }
    }
    // The fixture reaches every column: something received, overdue and not yet due.
    const whole = await ledgerOf(ranges[0]!)
    expect(whole.rows.length).toBeGreaterThan(20)
    expect(Object.values(whole.totals).every((fen) => fen > 0)).toBe(true)
    expect(whole.rows).toContainEqual(
      expect.objectContaining({ period: '2026-11', itemName: '装修垃圾清运费', receivableFen: 0 })
    )
  })
})
