import { afterAll, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { generateDemo } from '../../../electron/main/tools/demo/generate'
import { localDate } from '../../../shared/kernel/calendar'
import { addMonthsToDate } from '../../../shared/fees/arrears-rules'
import { tempDir, testPasswords } from '../../helpers/core'

/**
 * The demo obeys the product's own rules: it is what a new user meets first, and what the e2e
 * suite runs on. Built small at fixed clocks: the 1st of a month (afternoon, at opening time,
 * and before the counter opens) and New Year's Eve.
 */
const CLOCKS = ['2027-03-01T15:00', '2026-12-01T09:00', '2026-12-31T16:00', '2027-01-01T08:30']
const dirs: { cleanup: () => void }[] = []
afterAll(() => dirs.forEach((d) => d.cleanup()))

const hourOf = (iso: string) => new Date(iso).getHours()
const inHours = (iso: string) => hourOf(iso) >= 9 && hourOf(iso) < 21

async function build(now: string) {
  const dir = tempDir('frontdesk-demo-')
  dirs.push(dir)
  await generateDemo({ dataDir: dir.dir, now: new Date(now), rooms: 400, passwords: testPasswords })
  return new Database(join(dir.dir, 'frontdesk.db'), { readonly: true })
}

describe.each(CLOCKS)('the demo built at %s', (clock) => {
  const now = new Date(clock)
  let db: Database.Database
  const all = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[]

  it('builds', async () => {
    db = await build(clock)
    expect(all<{ n: number }>(`SELECT count(*) AS n FROM receipts`)[0]!.n).toBeGreaterThan(300)
  }, 120_000)

  it('issues, voids and reminds only within service hours, never after now, each inside its shift', () => {
    const receipts = all<{ at: string; opened: string; closed: string | null }>(
      `SELECT r.issued_at AS at, s.opened_at AS opened, s.closed_at AS closed FROM receipts r JOIN shifts s ON s.id = r.shift_id`
    )
    const moments = [
      ...receipts.map((r) => r.at),
      ...all<{ at: string }>(
        `SELECT voided_at AS at FROM receipt_voids UNION ALL SELECT at FROM reminders UNION ALL SELECT at FROM key_movements`
      ).map((r) => r.at)
    ]
    expect(moments.filter((at) => !inHours(at) || new Date(at) > now)).toEqual([])
    expect(receipts.filter((r) => r.at < r.opened || (r.closed !== null && r.at > r.closed))).toEqual([])
  })

  it('voids a receipt only by its issuer in the same shift, or with an approver on record', () => {
    // The same shift means it was still open then: not a shift row stretched over months.
    const voids = all<{ code: string; sameStaff: number; sameShift: number; approver: number | null }>(
      `SELECT r.code, v.staff_id = r.staff_id AS sameStaff,
         v.shift_id = r.shift_id AND v.voided_at >= s.opened_at AND (s.closed_at IS NULL OR v.voided_at <= s.closed_at) AND s.opened_at >= datetime(v.voided_at, '-1 day') AS sameShift,
         v.approver_id AS approver
       FROM receipt_voids v JOIN receipts r ON r.id = v.receipt_id JOIN shifts s ON s.id = v.shift_id`
    )
    expect(voids.length).toBeGreaterThan(0)
    expect(voids.filter((v) => !(v.sameStaff && v.sameShift) && v.approver === null)).toEqual([])
  })

  it('quotes in each reminder a debt no larger than today’s, unless the room has paid since; letters only after a phone call three months before', () => {
    const today = localDate(now)
    const reminders = all<{
      roomId: number
      kind: string
      amount: number
      at: string
      owed: number
      paidSince: number
    }>(
      `SELECT m.room_id AS roomId, m.kind, m.amount_fen AS amount, m.at,
         (SELECT coalesce(sum(amount_fen), 0) FROM receivables WHERE room_id = m.room_id AND paid_receipt_id IS NULL AND cancelled_void_id IS NULL AND due_on < ?) AS owed,
         (SELECT count(*) FROM receipts r WHERE r.room_id = m.room_id AND r.issued_at > m.at) AS paidSince
       FROM reminders m`,
      today
    )
    expect(reminders.length).toBeGreaterThan(0)
    expect(reminders.filter((m) => m.amount <= 0)).toEqual([])
    expect(reminders.filter((m) => m.amount > m.owed && m.paidSince === 0)).toEqual([])
    for (const letter of reminders.filter((m) => m.kind === 'letter')) {
      const phones = reminders.filter(
        (m) =>
          m.roomId === letter.roomId &&
          m.kind === 'phone' &&
          addMonthsToDate(localDate(new Date(m.at)), 3) <= localDate(new Date(letter.at))
      )
      expect(phones.length, `letter for room ${letter.roomId} at ${letter.at}`).toBeGreaterThan(0)
    }
  })

  it('has receipts this month before now when the counter has been open this month', () => {
    const monthStart = new Date(now.getFullYear(), now.getMonth(), 1).toISOString()
    const thisMonth = all<{ n: number }>(
      `SELECT count(*) AS n FROM receipts WHERE issued_at >= ? AND issued_at <= ?`,
      monthStart,
      now.toISOString()
    )[0]!.n
    // The counter opens at 09:00: from that minute on the month has receipts (none can precede it).
    const counterOpened = now.getDate() > 1 || now.getHours() >= 9
    if (counterOpened) expect(thisMonth).toBeGreaterThan(0)
    else expect(thisMonth).toBe(0)
    // The register's month-to-date is never empty for lack of demo data: the last receipt is recent.
    const last = all<{ at: string }>(`SELECT max(issued_at) AS at FROM receipts`)[0]!.at
    expect(now.getTime() - new Date(last).getTime()).toBeLessThan(2 * 86_400_000)
  })

  it('numbers each series without gaps, rising with the time of issue', () => {
    const series = all<{ seriesId: number; number: number; at: string; last: number }>(
      `SELECT r.series_id AS seriesId, r.number, r.issued_at AS at, s.last_number AS last FROM receipts r JOIN receipt_series s ON s.id = r.series_id ORDER BY r.series_id, r.number`
    )
    const bySeries = new Map<number, typeof series>()
    for (const row of series) bySeries.set(row.seriesId, [...(bySeries.get(row.seriesId) ?? []), row])
    for (const rows of bySeries.values()) {
      expect(rows.map((r) => r.number)).toEqual(rows.map((_, i) => i + 1))
      expect(rows[rows.length - 1]!.last).toBe(rows.length)
      const times = rows.map((r) => r.at)
      expect(times).toEqual([...times].sort())
    }
  })
})
