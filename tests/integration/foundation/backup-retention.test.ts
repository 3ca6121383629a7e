import dayjs from 'dayjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listBackups } from '../../../db/backup'
import { runBackup } from '../../../electron/main/services/foundation/backup-run'
import { backupsToRemove } from '../../../electron/main/services/foundation/backup-retention'
import { tempDir } from '../../helpers/core'
import { backupWorld, DAY, HOUR } from './backup-fixture'

let tmp: ReturnType<typeof tempDir>
let close: (() => void) | undefined
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => {
  close?.()
  tmp.cleanup()
})

const policy = { keepAllDays: 7, keepDailyMonths: 3 }

/** What retention must leave: everything of the last 7 days, one per day back 3 months, one per month before. */
function expectRetained(createdAt: string[], now: Date) {
  const allSince = now.getTime() - 7 * DAY
  const dailySince = dayjs(now).subtract(3, 'month').valueOf()
  const recent = createdAt.filter((c) => Date.parse(c) >= allSince)
  const daily = createdAt.filter((c) => Date.parse(c) < allSince && Date.parse(c) >= dailySince)
  const monthly = createdAt.filter((c) => Date.parse(c) < dailySince)
  const count = (list: string[], format: string) => {
    const byKey = new Map<string, number>()
    for (const c of list) byKey.set(dayjs(c).format(format), (byKey.get(dayjs(c).format(format)) ?? 0) + 1)
    return byKey
  }
  expect([...count(daily, 'YYYY-MM-DD').values()].every((n) => n === 1)).toBe(true)
  const monthsOfYounger = new Set([...recent, ...daily].map((c) => dayjs(c).format('YYYY-MM')))
  for (const [month, n] of count(monthly, 'YYYY-MM')) expect(n).toBe(monthsOfYounger.has(month) ? 0 : 1)
  return { recent, daily, monthly }
}

describe('retention', () => {
  it('130 days of daily backups: all of the last week, one a day for 3 months, one a month before, in both folders', async () => {
    const world = await backupWorld(tmp.dir, '2026-01-01T02:00:00.000Z')
    close = () => world.core.close()
    await world.admin.backups.saveSettings({ ...policy, everyHours: 12, secondDir: world.secondDir })
    const made: string[] = []
    for (let i = 0; i < 130; i++) {
      made.push((await runBackup(world.core.store, 'scheduled', world.time.clock.now())).backup.createdAt)
      world.time.clock.advanceMinutes(24 * 60)
    }
    const now = new Date(made.at(-1)!)
    const local = listBackups(world.backupsDir).map((b) => b.createdAt)
    const second = listBackups(world.secondDir).map((b) => b.createdAt)
    expect(second).toEqual(local)
    expect(listBackups(world.backupsDir).every((b) => b.verified)).toBe(true)
    const { recent, daily, monthly } = expectRetained(local, now)
    // Nothing of the last 7 days was removed.
    expect(recent).toEqual(made.filter((c) => Date.parse(c) >= now.getTime() - 7 * DAY).reverse())
    expect(daily.length).toBeGreaterThan(80)
    expect(monthly.length).toBeGreaterThanOrEqual(1)
    // The oldest month (January) is still there, as its newest backup.
    expect(monthly.at(-1)).toBe(made.filter((c) => c.startsWith('2026-01')).at(-1))
    expect(local.length).toBe(recent.length + daily.length + monthly.length)
    expect(local.length).toBeLessThan(100)
  }, 120_000)

  it('keeps the newest of each day and month, and always the newest backup whatever the numbers', () => {
    const start = Date.parse('2025-01-01T00:30:00.000Z')
    const list = Array.from({ length: 6 * 500 }, (_, i) => ({
      file: `b${i}`,
      createdAt: new Date(start + i * 4 * HOUR).toISOString()
    }))
    const now = new Date(start + 6 * 500 * 4 * HOUR)
    const removed = new Set(backupsToRemove(list, now, policy))
    const kept = list.filter((b) => !removed.has(b.file)).map((b) => b.createdAt)
    expectRetained(kept, now)
    expect(kept).toContain(list.at(-1)!.createdAt)
    const tight = backupsToRemove(list, new Date(now.getTime() + 400 * DAY), { keepAllDays: 1, keepDailyMonths: 0 })
    expect(tight).not.toContain(list.at(-1)!.file)
    // A second run removes nothing more: retention is stable.
    const again = backupsToRemove(
      list.filter((b) => !removed.has(b.file)),
      now,
      policy
    )
    expect(again).toEqual([])
  })
})
