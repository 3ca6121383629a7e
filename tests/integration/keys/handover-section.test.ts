import { describe, expect, it } from 'vitest'
import type { HandoverWindow } from '../../../shared/handover/sections'
import { localDate } from '../../../shared/kernel/calendar'
import { keysHandover } from '../../../electron/main/services/keys/handover-section'
import {
  borrowBy,
  clerkApi,
  clock,
  depositRenovation,
  env,
  HOUR,
  inHours,
  LI,
  later,
  sqlite,
  WANG
} from './keys-fixture'

// The handover's keys: what hangs in each cabinet, what is out (overdue first) and the window's
// movements, built through keys.deposit, keys.borrow and keys.return.

const openShiftId = () => (sqlite().prepare('SELECT id FROM shifts WHERE closed_at IS NULL').get() as { id: number }).id

/** Closes the counter's shift as a handover would; the clerk's next sign-in opens the next one. */
async function newShift(): Promise<number> {
  sqlite().prepare('UPDATE shifts SET closed_at = ? WHERE closed_at IS NULL').run(clock.now().toISOString())
  await later(1)
  return openShiftId()
}

const windowOf = (shiftIds: number[], from: string): HandoverWindow => {
  const to = clock.now().toISOString()
  return { counterId: 1, shiftIds, from, to, today: localDate(to) }
}

const keysOf = (window: HandoverWindow) => {
  const [section] = keysHandover(sqlite(), window)
  if (section?.kind !== 'keys') throw new Error('expected the keys section')
  return section
}

describe('the keys section', () => {
  it('counts the sets on their hooks per cabinet, lists the keys out overdue first, and the window’s movements', async () => {
    const second = await env.admin.keys.saveCabinet({ name: 'B 柜', rows: 2, columns: 2 })
    const a = await depositRenovation({ hookRow: 1, hookColumn: 1 })
    const b = await depositRenovation({ hookRow: 1, hookColumn: 2 })
    const c = await depositRenovation({ hookRow: 1, hookColumn: 3 })
    const d = await depositRenovation({ cabinetId: second.id, hookRow: 1, hookColumn: 1 })
    // Lent on the first shift, due the day after tomorrow: out, not overdue.
    const lentEarlier = await clerkApi.keys.borrow(
      borrowBy(c.id, WANG, 'renovation', { expectedReturnAt: inHours(50) })
    )
    const shift = await newShift()
    const from = clock.now().toISOString()
    const dueSoon = await clerkApi.keys.borrow(borrowBy(a.id, WANG, 'renovation', { expectedReturnAt: inHours(1) }))
    const dueLater = await clerkApi.keys.borrow(borrowBy(b.id, LI, 'renovation', { expectedReturnAt: inHours(3) }))
    await clerkApi.keys.borrow(borrowBy(d.id, LI))
    await clerkApi.keys.return({ keySetId: d.id, count: d.pieceCount })
    await later(2 * HOUR) // a's hour has passed

    const section = keysOf(windowOf([shift], from))
    expect(section).toMatchObject({ kind: 'keys', id: 'keys', titleKey: 'handover.section.keys', order: 20 })
    expect(section.cabinets).toEqual([
      { cabinetId: a.cabinetId, name: 'A 柜', expectedIn: 0 },
      { cabinetId: second.id, name: 'B 柜', expectedIn: 1 }
    ])
    expect(section.out).toEqual([
      {
        keySetId: a.id,
        tag: a.tagCode,
        roomCode: '3-2-1502',
        borrower: '王师傅',
        since: dueSoon.borrow!.at,
        due: dueSoon.borrow!.expectedReturnAt,
        overdue: true
      },
      expect.objectContaining({ keySetId: b.id, borrower: '李师傅', since: dueLater.borrow!.at, overdue: false }),
      expect.objectContaining({ keySetId: c.id, since: lentEarlier.borrow!.at, overdue: false })
    ])
    // The window's shift: three hand-outs and one return. With the first shift: four deposits and a hand-out more.
    expect(section.movements).toBe(4)
    expect(keysOf(windowOf([shift - 1, shift], from)).movements).toBe(9)
  })

  it('an empty cabinet still has its line; nothing out, nothing moved', async () => {
    const shift = await newShift()
    const section = keysOf(windowOf([shift], clock.now().toISOString()))
    expect(section.cabinets).toEqual([{ cabinetId: expect.any(Number), name: 'A 柜', expectedIn: 0 }])
    expect(section.out).toEqual([])
    expect(section.movements).toBe(0)
  })
})
