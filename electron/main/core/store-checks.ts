import { checkChains, integrityCheckDue, runIntegrityCheck } from '../../../db/chain-tail'
import type { Store } from '../../../db/open'
import { systemTimers, type Timers } from './backup-schedule'

export interface StoreChecksOptions {
  now: () => Date
  timers?: Timers
  log?: (line: string) => void
}

export interface StoreChecks {
  /** Runs the daily check now if it is due (what the timer calls; tests call it with a moved clock). */
  tick(): void
  stop(): void
}

/** The first daily check waits for the counter's first minutes of work; later ones are looked for hourly. */
const FIRST_MS = 10 * 60_000
const EVERY_MS = 3_600_000

/**
 * Start-up verifies the hash chains' tail since the last verified point (db/chain-tail.ts: only the
 * rows written since, so it stays fast); once a day, in the background, the full `integrity_check`
 * and a full re-computation of every chain. A break is logged and recorded (设置 → 关于 shows it);
 * the counter keeps working, since refusing to open would hide the evidence rather than keep it.
 */
export function startStoreChecks(store: Store, options: StoreChecksOptions): StoreChecks {
  const timers = options.timers ?? systemTimers
  const log = options.log ?? ((line: string) => console.warn(line))
  let handle: unknown
  let stopped = false

  const report = (
    scope: string,
    broken: { table: string; rowid: number | null; label: string | null; reason: string }[]
  ) => {
    for (const b of broken) log(`[checks] ${scope}: ${b.table} row ${b.rowid ?? '-'} (${b.label ?? '-'}) ${b.reason}`)
  }

  const tail = checkChains(store.sqlite, 'tail', options.now())
  report(
    'chain tail',
    tail.chains.flatMap((c) => (c.broken ? [c.broken] : []))
  )

  function tick(): void {
    const now = options.now()
    if (!integrityCheckDue(store.sqlite, now)) return
    const integrity = runIntegrityCheck(store.sqlite, now)
    if (!integrity.ok) log(`[checks] integrity_check: ${integrity.detail}`)
    const full = checkChains(store.sqlite, 'full', now)
    report(
      'chains',
      full.chains.flatMap((c) => (c.broken ? [c.broken] : []))
    )
  }

  function plan(ms: number): void {
    if (stopped) return
    handle = timers.setTimeout(() => {
      try {
        if (store.sqlite.open) tick()
      } catch (error) {
        log(`[checks] ${(error as Error).message}`)
      }
      plan(EVERY_MS)
    }, ms)
  }
  plan(FIRST_MS)

  return {
    tick,
    stop() {
      stopped = true
      if (handle !== undefined) timers.clearTimeout(handle)
    }
  }
}
