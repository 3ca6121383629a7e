import type { Store } from '../../../db/open'
import {
  backupSettings,
  listedBackups,
  removeLeftovers,
  runBackup,
  syncSecondLocation,
  type BackupReason
} from '../services/foundation/backup-run'
import { isSetUp } from '../services/foundation/settings'

/** The timer the schedule runs on: the real one in the shells, one the test moves by hand. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const systemTimers: Timers = {
  setTimeout(run, ms) {
    const handle = setTimeout(run, ms)
    // A pending backup check never keeps the process alive on its own.
    handle.unref()
    return handle
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
}

/** What the schedule needs of the core: whether it is open, and its store (which a restore replaces). */
export interface BackupSource {
  readonly mode: 'ready' | 'recovery'
  readonly store: Store
}

export interface BackupScheduleOptions {
  now?: () => Date
  timers?: Timers
  log?: (line: string) => void
}

export interface BackupSchedule {
  /** Settles when the work under way (start-up, a tick) is done and the next check is planned. */
  idle(): Promise<void>
  /** Stops the timer; with `backup`, as on a clean quit, makes one last verified backup first. */
  stop(options?: { backup?: boolean }): Promise<void>
}

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS
/** Settings are re-read and the second location re-tried at least this often. */
const CHECK_MS = 15 * 60_000
const MIN_DELAY_MS = 60_000

/**
 * Backups that happen by themselves: at start-up when the newest is older than a day, every N hours
 * (setting `backupEveryHours`, counted from the newest backup, whoever made it), and on a clean quit
 * (`stop({ backup: true })`). Between backups, a check every 15 minutes copies the newest backup to a
 * second location that lacks it (a USB drive plugged back in). One piece of work at a time; a failure
 * is logged and recorded for the 工作台 (backup-run.ts) and tried again at the next check. Plain Node,
 * driven by an injected clock and timer, so both shells run it and a test can play a day in a second.
 */
export function startBackupSchedule(core: BackupSource, options: BackupScheduleOptions = {}): BackupSchedule {
  const now = options.now ?? (() => new Date())
  const timers = options.timers ?? systemTimers
  const log = options.log ?? ((line: string) => console.log(line))
  let handle: unknown
  let stopped = false
  let work: Promise<void> = Promise.resolve()

  const usable = (): Store | null => (core.mode === 'ready' && isSetUp(core.store.db) ? core.store : null)

  const dueAt = (store: Store): number => {
    const newest = listedBackups(store.backupsDir)[0]
    return newest ? Date.parse(newest.createdAt) + backupSettings(store).everyHours * HOUR_MS : now().getTime()
  }

  async function backup(store: Store, reason: BackupReason): Promise<void> {
    try {
      const run = await runBackup(store, reason, now())
      const second = typeof run.second === 'string' ? run.second : `${run.second.problem} ${run.second.folder}`
      log(`[backups] ${reason}: ${run.backup.file} verified; second location: ${second}; removed ${run.removed.length}`)
    } catch (error) {
      log(`[backups] ${reason} backup failed: ${(error as Error).message}`)
    }
  }

  async function tick(): Promise<void> {
    const store = usable()
    if (!store) return
    if (now().getTime() >= dueAt(store)) await backup(store, 'scheduled')
    else syncSecondLocation(store, now())
  }

  function plan(): void {
    if (stopped) return
    const store = usable()
    const delay = store ? Math.min(Math.max(dueAt(store) - now().getTime(), MIN_DELAY_MS), CHECK_MS) : CHECK_MS
    handle = timers.setTimeout(() => {
      handle = undefined
      serial(tick)
    }, delay)
  }

  function serial(task: () => Promise<void>): Promise<void> {
    work = work
      .then(task)
      .catch((error: unknown) => log(`[backups] ${(error as Error).message}`))
      .then(plan)
    return work
  }

  serial(async () => {
    const store = usable()
    if (!store) return
    const removed = removeLeftovers(store)
    if (removed.length > 0) log(`[backups] removed ${removed.length} unfinished backup file(s): ${removed.join(', ')}`)
    const newest = listedBackups(store.backupsDir)[0]
    if (!newest || now().getTime() - Date.parse(newest.createdAt) > DAY_MS) await backup(store, 'startup')
    else syncSecondLocation(store, now())
  })

  return {
    idle: () => work,
    async stop({ backup: last = false } = {}) {
      stopped = true
      if (handle !== undefined) timers.clearTimeout(handle)
      handle = undefined
      await work
      const store = usable()
      if (last && store) await backup(store, 'quit')
    }
  }
}

/** What backUpBeforeQuit needs of Electron's `app` (kept structural: only app/ may import electron). */
export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown
  quit(): void
}

/**
 * A clean quit waits for one last verified backup: the first before-quit is held, the backup made,
 * and the quit asked for again (which then goes through).
 */
export function backUpBeforeQuit(app: QuittingApp, schedule: BackupSchedule): void {
  let held = false
  app.on('before-quit', (event) => {
    if (held) return
    held = true
    event.preventDefault()
    void schedule.stop({ backup: true }).finally(() => app.quit())
  })
}
