import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../../../helpers/core'
import {
  insertFoundation,
  insertRow,
  MIGRATION_AT,
  migrationStep,
  rowOf,
  schemaNames
} from '../../../helpers/migrations'

const step = migrationStep('0019_handover')
let tmp: ReturnType<typeof tempDir>
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.cleanup())

const NEW_TABLES = [
  'handovers',
  'handover_shifts',
  'handover_prints',
  'handover_acks',
  'duty_roster',
  'ledger_entries',
  'ledger_events',
  'ledger_reviews',
  'handover_settings'
]
const LATER = '2026-11-23T09:30:00.000Z'

describe('0019_handover', () => {
  it('leaves one open shift per counter: the newest stays open, the others close when it opened', async () => {
    const old = await step.before(tmp.dir)
    const { staff, counter, shift } = insertFoundation(old.sqlite)
    const colleague = insertRow(old.sqlite, 'staff', {
      username: 'li',
      display_name: '李晓梅',
      role: 'clerk',
      password_hash: 'x',
      created_at: MIGRATION_AT
    })
    const newest = insertRow(old.sqlite, 'shifts', { staff_id: colleague, counter_id: counter, opened_at: LATER })
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    expect(schemaNames(sqlite, 'table')).toEqual(expect.arrayContaining(NEW_TABLES))
    expect(rowOf(sqlite, 'shifts', shift)).toMatchObject({ staff_id: staff, kind: 'day', closed_at: LATER })
    expect(rowOf(sqlite, 'shifts', newest)).toMatchObject({ staff_id: colleague, closed_at: null })
    const open = () => insertRow(sqlite, 'shifts', { staff_id: staff, counter_id: counter, opened_at: LATER })
    expect(open).toThrow(/UNIQUE/)
    // The staff table was rebuilt for the night role: rows kept, never deleted, the new role allowed.
    expect(rowOf(sqlite, 'staff', colleague)).toMatchObject({ username: 'li', role: 'clerk' })
    expect(() => sqlite.prepare(`DELETE FROM staff WHERE id = ?`).run(colleague)).toThrow(/never deleted/)
    sqlite.prepare(`UPDATE staff SET role = 'night' WHERE id = ?`).run(colleague)
    expect(() => sqlite.prepare(`UPDATE staff SET role = 'guard' WHERE id = ?`).run(colleague)).toThrow(/CHECK/)
    sqlite.close()
  })

  it('keeps shifts, handovers, ledger history and reviews as written', async () => {
    const old = await step.before(tmp.dir)
    const { staff, counter, shift } = insertFoundation(old.sqlite)
    old.sqlite.close()

    const { sqlite } = await step.after(tmp.dir)
    const refused = (sql: string, ...params: unknown[]) => expect(() => sqlite.prepare(sql).run(...params)).toThrow()
    sqlite.prepare(`UPDATE shifts SET closed_at = ? WHERE id = ?`).run(LATER, shift)
    refused(`UPDATE shifts SET closed_at = ? WHERE id = ?`, MIGRATION_AT, shift)
    refused(`UPDATE shifts SET staff_id = 99 WHERE id = ?`, shift)
    refused(`DELETE FROM shifts WHERE id = ?`, shift)
    const next = insertRow(sqlite, 'shifts', { staff_id: staff, counter_id: counter, opened_at: LATER })
    const handover = insertRow(sqlite, 'handovers', {
      counter_id: counter,
      year: 2026,
      sequence: 1,
      number: 'JB1-2026-000001',
      outgoing_shift_id: shift,
      outgoing_staff_id: staff,
      incoming_staff_id: staff,
      incoming_shift_id: next,
      period_from: MIGRATION_AT,
      period_to: LATER,
      cash_expected_fen: 1000,
      cash_counted_fen: 0,
      sheet: '{}',
      at: LATER
    })
    insertRow(sqlite, 'handover_shifts', { shift_id: shift, handover_id: handover })
    refused(`UPDATE handovers SET notes = 'x' WHERE id = ?`, handover)
    refused(`DELETE FROM handovers WHERE id = ?`, handover)
    refused(`UPDATE handover_shifts SET handover_id = 2 WHERE shift_id = ?`, shift)
    refused(`INSERT INTO handover_shifts (shift_id, handover_id) VALUES (?, ?)`, shift, handover)
    // A lone close needs the supervisor and a reason.
    refused(
      `INSERT INTO handovers (counter_id, year, sequence, number, outgoing_shift_id, outgoing_staff_id, period_from, period_to, cash_expected_fen, cash_counted_fen, sheet, at) VALUES (?, 2026, 2, 'JB1-2026-000002', ?, ?, ?, ?, 0, 0, '{}', ?)`,
      counter,
      next,
      staff,
      LATER,
      LATER,
      LATER
    )

    const entry = insertRow(sqlite, 'ledger_entries', {
      year: 2026,
      sequence: 1,
      number: 'TZ2026-000001',
      at: LATER,
      channel: 'phone',
      category: 'consult',
      content: '咨询有线电视报装',
      shift_id: next,
      shift_kind: 'night',
      staff_id: staff,
      created_at: LATER
    })
    sqlite
      .prepare(
        `UPDATE ledger_entries SET status = 'converted', converted_kind = 'repair', converted_id = 7 WHERE id = ?`
      )
      .run(entry)
    refused(`UPDATE ledger_entries SET converted_id = 8 WHERE id = ?`, entry)
    refused(`UPDATE ledger_entries SET number = 'TZ2026-000009' WHERE id = ?`, entry)
    refused(`DELETE FROM ledger_entries WHERE id = ?`, entry)
    const event = insertRow(sqlite, 'ledger_events', { entry_id: entry, kind: 'created', at: LATER, staff_id: staff })
    refused(`UPDATE ledger_events SET note = 'x' WHERE id = ?`, event)
    const review = insertRow(sqlite, 'ledger_reviews', {
      kind: 'daily',
      period: '2026-11-20',
      staff_id: staff,
      at: LATER,
      entries: 1,
      promised: 0,
      answered_on_time: 0
    })
    refused(`DELETE FROM ledger_reviews WHERE id = ?`, review)
    expect(rowOf(sqlite, 'ledger_entries', entry)).toMatchObject({ status: 'converted', shift_kind: 'night' })
    sqlite.close()
  })
})
