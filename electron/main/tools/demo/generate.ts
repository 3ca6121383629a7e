import { existsSync, mkdirSync, renameSync } from 'node:fs'
import { dataPaths, openStore } from '../../../../db/open'
import { appRegistry } from '../../core/core'
import { createPasswordHasher, type PasswordHasher } from '../../core/passwords'
import { readSetting } from '../../services/foundation/settings'
import { historyStart } from '../../services/fees/demo'
import { capabilities } from '../../services'
import type { DemoCounts } from '../capability'
import { demoDesk } from './desk'
import { playDays, type DemoEvent } from './schedule'

export interface DemoOptions {
  dataDir: string
  now?: Date
  passwords?: PasswordHasher
  /** Replace an existing demo database. A database that is not demo data is never replaced. */
  replaceDemo?: boolean
  /** About how many rooms the estate has (default 5,000; 20,000 for benchmarks). */
  rooms?: number
}

/**
 * Builds a demo database in an empty data folder, so a new user meets every capability with
 * realistic content. In the capabilities' order, each one's seed writes what existed before the
 * history (the office set up, the estate); then each one plans its year at the counter, and the
 * schedule plays all the plans day by day (ties keep this order).
 */
export async function generateDemo(
  options: DemoOptions
): Promise<{ databaseFile: string; rooms: number; persons: number }> {
  const { databaseFile } = dataPaths(options.dataDir)
  mkdirSync(options.dataDir, { recursive: true })
  if (existsSync(databaseFile)) {
    const existing = await openStore(options.dataDir)
    const isDemo = readSetting(existing.db, 'demo') === true
    existing.sqlite.close()
    if (!isDemo || !options.replaceDemo) {
      throw new Error(
        isDemo
          ? `${databaseFile} already holds demo data; add --force to replace it`
          : `${databaseFile} holds real data and is never replaced by demo data; choose another --data-dir`
      )
    }
    const aside = `${databaseFile}.old-demo-${Date.now()}`
    for (const suffix of ['', '-wal', '-shm'])
      if (existsSync(databaseFile + suffix)) renameSync(databaseFile + suffix, aside + suffix)
  }
  const now = options.now ?? new Date()
  const store = await openStore(options.dataDir, { now: () => now })
  try {
    const passwords = options.passwords ?? createPasswordHasher()
    const start = historyStart(now)
    // The office was set up before the year of history the demo plays through the services.
    const since = new Date(start.getTime() - 3_600_000)
    const counts: DemoCounts = { rooms: 0, persons: 0 }
    for (const { demo } of capabilities) {
      if (demo?.seed) Object.assign(counts, await demo.seed({ store, passwords, since, rooms: options.rooms ?? 5000 }))
    }
    const desk = demoDesk(store, passwords, since, appRegistry())
    const events: DemoEvent[] = []
    for (const { demo } of capabilities) {
      if (demo?.plan) events.push(...(await demo.plan({ store, desk, now, historyStart: start })))
    }
    playDays(desk, events, now)
    store.sqlite.pragma('optimize')
    return { databaseFile, ...counts }
  } finally {
    store.sqlite.close()
  }
}
