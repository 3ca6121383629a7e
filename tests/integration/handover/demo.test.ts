import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { generateDemo } from '../../../electron/main/tools/demo/generate'
import { LEDGER_CATEGORIES, LEDGER_CHANNELS, LEDGER_STATUSES } from '../../../shared/handover/ledger-types'
import { tempDir, testPasswords } from '../../helpers/core'

/**
 * The demo's 交接班 built at a fixed clock (a Sunday morning, the counter open an hour): every
 * shift of the year but the current one closed by exactly one handover, numbered without gaps;
 * the ledger written every day in every channel, category and status, read by the team lead and
 * the department head; the roster set through the coming two weeks; and at "now" the open day
 * shift with the night's handover notes waiting and a night entry still open for the morning.
 */
const NOW = '2026-11-22T10:00'
const dir = tempDir('frontdesk-demo-handover-')
let db: Database.Database
const all = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[]
const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T

beforeAll(async () => {
  await generateDemo({ dataDir: dir.dir, now: new Date(NOW), rooms: 400, passwords: testPasswords })
  db = new Database(join(dir.dir, 'frontdesk.db'), { readonly: true })
}, 120_000)
afterAll(() => {
  db?.close()
  dir.cleanup()
})

describe('the demo’s shifts', () => {
  it('closes every shift but the current one through exactly one handover, numbered without gaps', () => {
    const handovers = all<{ year: number; sequence: number; incoming: number | null }>(
      `SELECT year, sequence, incoming_staff_id AS incoming FROM handovers ORDER BY year, sequence`
    )
    expect(handovers.length).toBeGreaterThan(300)
    for (const year of new Set(handovers.map((h) => h.year))) {
      const sequences = handovers.filter((h) => h.year === year).map((h) => h.sequence)
      expect(sequences).toEqual(sequences.map((_, i) => i + 1))
    }
    expect(handovers.filter((h) => h.incoming === null)).toEqual([])
    const open = all<{ id: number; kind: string; openedAt: string }>(
      `SELECT id, kind, opened_at AS openedAt FROM shifts WHERE closed_at IS NULL`
    )
    expect(open).toHaveLength(1)
    expect(open[0]!.kind).toBe('day')
    const uncovered = all<{ id: number }>(
      `SELECT s.id FROM shifts s LEFT JOIN handover_shifts h ON h.shift_id = s.id WHERE h.shift_id IS NULL AND s.closed_at IS NOT NULL`
    )
    expect(uncovered).toEqual([])
    // Day and night alternate: the night person takes over at closing, the day clerk at opening.
    const kinds = one<{ day: number; night: number }>(
      `SELECT sum(kind = 'day') AS day, sum(kind = 'night') AS night FROM shifts`
    )
    expect(Math.abs(kinds.day - kinds.night)).toBeLessThanOrEqual(1)
  })

  it('keeps the receipts of each shift inside it, and now and then a difference with its reason', () => {
    const outside = one<{ n: number }>(
      `SELECT count(*) AS n FROM receipts r JOIN shifts s ON s.id = r.shift_id
       WHERE r.issued_at < s.opened_at OR (s.closed_at IS NOT NULL AND r.issued_at > s.closed_at)`
    )
    expect(outside.n).toBe(0)
    const short = all<{ reason: string }>(
      `SELECT cash_reason AS reason FROM handovers WHERE cash_counted_fen != cash_expected_fen`
    )
    expect(short.length).toBeGreaterThan(0)
    expect(short.filter((s) => s.reason.trim() === '')).toEqual([])
    expect(one<{ n: number }>(`SELECT count(*) AS n FROM handovers WHERE tool_differences > 0`).n).toBeGreaterThan(0)
    expect(one<{ n: number }>(`SELECT count(*) AS n FROM handovers WHERE notes_important = 1`).n).toBeGreaterThan(0)
  })

  it('leaves the morning’s handover notes unacknowledged and a night entry open at now', () => {
    const last = one<{ id: number; notes: string; incoming: string }>(
      `SELECT h.id, h.notes, s.username AS incoming FROM handovers h JOIN staff s ON s.id = h.incoming_staff_id ORDER BY h.id DESC LIMIT 1`
    )
    expect(last.incoming).not.toMatch(/^night/)
    expect(one<{ n: number }>(`SELECT count(*) AS n FROM handover_acks WHERE handover_id = ?`, last.id).n).toBe(0)
    expect(one<{ n: number }>(`SELECT count(*) AS n FROM handover_acks`).n).toBeGreaterThan(0)
    const nightOpen = one<{ n: number }>(
      `SELECT count(*) AS n FROM ledger_entries WHERE shift_kind = 'night' AND status = 'open' AND at >= datetime(?, '-1 day')`,
      new Date(NOW).toISOString()
    )
    expect(nightOpen.n).toBeGreaterThan(0)
  })
})

describe('the demo’s ledger and roster', () => {
  it('holds entries of every channel, category and status, some converted to repairs and complaints', () => {
    const values = (column: string) =>
      all<{ v: string }>(`SELECT DISTINCT ${column} AS v FROM ledger_entries`)
        .map((r) => r.v)
        .sort()
    expect(values('channel')).toEqual([...LEDGER_CHANNELS].sort())
    expect(values('category')).toEqual([...LEDGER_CATEGORIES].sort())
    expect(values('status')).toEqual([...LEDGER_STATUSES].sort())
    expect(values('converted_kind').filter(Boolean).sort()).toEqual(['complaint', 'repair'])
    expect(one<{ n: number }>(`SELECT count(*) AS n FROM ledger_entries WHERE shift_kind = 'night'`).n).toBeGreaterThan(
      50
    )
  })

  it('answers most promises on time and is read daily by the team lead and weekly by the manager', () => {
    const promised = one<{ n: number; onTime: number }>(
      `SELECT count(*) AS n, sum(answered_at <= promised_at) AS onTime FROM ledger_entries WHERE promised_at IS NOT NULL AND answered_at IS NOT NULL`
    )
    expect(promised.onTime / promised.n).toBeGreaterThan(0.7)
    expect(promised.onTime).toBeLessThan(promised.n)
    const reviews = one<{ daily: number; weekly: number }>(
      `SELECT sum(kind = 'daily') AS daily, sum(kind = 'weekly') AS weekly FROM ledger_reviews`
    )
    expect(reviews.daily).toBeGreaterThan(250)
    expect(reviews.weekly).toBeGreaterThan(35)
  })

  it('sets the roster through the coming two weeks, a night person every night', () => {
    const rows = all<{ day: string }>(`SELECT DISTINCT day FROM duty_roster WHERE kind = 'night' ORDER BY day`)
    expect(rows.length).toBeGreaterThan(300)
    expect(rows.at(-1)!.day).toBe('2026-12-06')
    expect(one<{ n: number }>(`SELECT count(DISTINCT day) AS n FROM duty_roster WHERE kind = 'manager'`).n).toBe(
      rows.length
    )
  })
})
