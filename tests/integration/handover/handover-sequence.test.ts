import { beforeEach, describe, expect, it } from 'vitest'
import type { HandoverRecordView } from '../../../shared/handover/types'
import {
  acceptInput,
  as,
  countedAsExpected,
  env,
  moneyOf,
  payMonth,
  rows,
  setToken,
  setUpHandover,
  signIn
} from './handover-fixture'

/**
 * Issue item 4: handover records are numbered without gaps per counter, and each covers exactly
 * the receipts and movements since the previous one of that counter — no overlap, nothing in
 * between — across handovers to the next person, a close without successor and a fresh sign-in.
 */

beforeEach(async () => {
  await setUpHandover()
})

/** Everything the desk stamps with a shift: each must lie in exactly one handover's shifts. */
const STAMPED = ['receipts', 'receipt_voids', 'ledger_entries', 'key_movements', 'audit_log'] as const

/** Receipts paid on a shift: the night duty clerk takes no money. */
const receiptsOf = (who: string, round: number) => (who === 'night1' ? 0 : (round % 3) + 1)

async function workAShift(who: string, round: number) {
  for (let i = 0; i < receiptsOf(who, round); i++)
    await (i % 2 === 0 ? payMonth(who, 'cash', 2) : payMonth(who, 'wechat'))
  await as(who).ledger.create({ channel: 'phone', category: 'consult', content: `第${round}次来电咨询停车` })
  env.clock.advanceMinutes(5)
}

describe('handover sequence', () => {
  it('numbers without gaps and covers every stamped row exactly once', async () => {
    const people = ['cashier1', 'clerk2', 'night1', 'cashier1', 'clerk2', 'night1']
    const records: HandoverRecordView[] = []
    for (let round = 0; round < people.length; round++) {
      const who = people[round]!
      await workAShift(who, round)
      const summary = await as(who).handover.summary({})
      expect(moneyOf(summary).receipts.count).toBe(receiptsOf(who, round))
      if (round === 3) {
        // Nobody takes over: the team lead closes it; the next person signs in to a fresh shift.
        const closed = await as(who).handover.closeAlone(
          { ...countedAsExpected(summary), reason: '无人接班' },
          { approval: { username: 'lead1', password: 'pass1234' } }
        )
        records.push(closed.handover)
        env.clock.advanceMinutes(8)
        await signIn(people[round + 1]!)
        continue
      }
      const next = people[round + 1] ?? 'cashier1'
      const { handover, session } = await as(who).handover.accept(acceptInput(summary, next))
      setToken(next, session!.token)
      records.push(handover)
    }

    const year = env.clock.now().getFullYear()
    expect(records.map((r) => r.number)).toEqual(records.map((_, i) => `JB1-${year}-${String(i + 1).padStart(6, '0')}`))
    // The periods join end to start: nothing between, nothing twice.
    for (let i = 1; i < records.length; i++) expect(records[i]!.periodFrom).toBe(records[i - 1]!.sheet.periodTo)

    const open = rows<{ id: number }>('SELECT id FROM shifts WHERE closed_at IS NULL').map((r) => r.id)
    const closed = rows<{ id: number }>('SELECT id FROM shifts WHERE closed_at IS NOT NULL ORDER BY id').map(
      (r) => r.id
    )
    const covered = rows<{ shift_id: number }>('SELECT shift_id FROM handover_shifts ORDER BY shift_id').map(
      (r) => r.shift_id
    )
    expect(covered).toEqual(closed)
    for (const table of STAMPED) {
      const stray = rows(
        `SELECT t.rowid FROM ${table} t WHERE t.shift_id IS NOT NULL AND t.shift_id NOT IN (SELECT shift_id FROM handover_shifts) AND t.shift_id NOT IN (${open.join(',') || 0})`
      )
      expect(stray, table).toEqual([])
    }

    // Each sheet counts exactly the receipts of its shifts, and all of them together every receipt.
    const perHandover = rows<{ handover_id: number; n: number }>(
      `SELECT h.handover_id, count(r.id) AS n FROM handover_shifts h LEFT JOIN receipts r ON r.shift_id = h.shift_id GROUP BY h.handover_id ORDER BY h.handover_id`
    )
    const sheetCounts = records.map((r) => moneyOf(r.sheet).receipts.count)
    expect(perHandover.map((p) => p.n)).toEqual(sheetCounts)
    const all = rows<{ n: number }>('SELECT count(*) AS n FROM receipts')[0]!.n
    const inOpen = rows<{ n: number }>(
      `SELECT count(*) AS n FROM receipts WHERE shift_id IN (${open.join(',') || 0})`
    )[0]!.n
    expect(sheetCounts.reduce((a, b) => a + b, 0) + inOpen).toBe(all)
  })
})
