import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupSchedule, Timers } from '../../../electron/main/core/backup-schedule'
import { ADMIN, setUpCore } from '../../helpers/core'

/** A clock and a timer the test moves by hand: `advance` fires every timer due on the way, in order. */
export function manualTime(start = '2026-11-22T01:00:00.000Z') {
  let current = Date.parse(start)
  let nextId = 1
  const pending = new Map<number, { at: number; run: () => void }>()
  const timers: Timers = {
    setTimeout(run, ms) {
      const id = nextId++
      pending.set(id, { at: current + ms, run })
      return id
    },
    clearTimeout: (id) => void pending.delete(id as number)
  }
  const clock = {
    now: () => new Date(current),
    advanceMinutes: (minutes: number) => {
      current += minutes * 60_000
    }
  }
  /** Moves the clock by `ms`, running each due timer at its own time and waiting for the schedule's work. */
  async function advance(ms: number, schedule: BackupSchedule): Promise<void> {
    const end = current + ms
    for (;;) {
      await schedule.idle()
      const due = [...pending.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0]
      if (!due) break
      pending.delete(due[0])
      current = Math.max(current, due[1].at)
      due[1].run()
    }
    current = end
  }
  return { clock, timers, advance, pendingCount: () => pending.size }
}

export const HOUR = 3_600_000
export const DAY = 24 * HOUR

/** A set-up core on the manual clock, with a second backup folder beside its data folder. */
export async function backupWorld(dir: string, start?: string) {
  const time = manualTime(start)
  const world = await setUpCore(join(dir, 'data'), time.clock)
  const secondDir = join(dir, 'usb')
  mkdirSync(secondDir)
  // Signed in afresh for each look: a simulated day would have locked any session long ago.
  const status = async () => world.clientFor(await world.signIn(ADMIN.username, ADMIN.password)).backups.status()
  return { ...world, time, secondDir, backupsDir: world.core.store.backupsDir, status }
}

/** The backup files in a folder, oldest first. */
export const backupFiles = (dir: string) =>
  readdirSync(dir)
    .filter((n) => /^frontdesk-.*\.db$/.test(n))
    .sort()

/** Replaces a folder by a regular file: writing into it (or below it) fails even for root, unlike chmod. */
export function blockFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
  writeFileSync(dir, 'not a folder')
}

export const silent = () => {}
