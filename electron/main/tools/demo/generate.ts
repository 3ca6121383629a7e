import { existsSync, mkdirSync, renameSync } from 'node:fs'
import { dataPaths, openStore } from '../../../../db/open'
import { createPasswordHasher, type PasswordHasher } from '../../core/passwords'
import { readSetting } from '../../services/foundation/settings'
import { seedFoundation } from '../../services/foundation/demo'
import { seedEstate } from '../../services/households/demo'
import { demoDesk } from './desk'
import { historyStart, planFees } from '../../services/fees/demo'
import { playDays } from './schedule'
import { planKeys } from '../../services/keys/demo'

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
 * Builds a demo database in an empty data folder. Each capability adds its seeder here so a new
 * user meets it with realistic content.
 */
export async function generateDemo(options: DemoOptions): Promise<{ databaseFile: string; rooms: number; persons: number }> {
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
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(databaseFile + suffix)) renameSync(databaseFile + suffix, aside + suffix)
  }
  const now = options.now ?? new Date()
  const store = await openStore(options.dataDir, { now: () => now })
  try {
    const passwords = options.passwords ?? createPasswordHasher()
    // The office was set up before the year of history the demo plays through the services.
    const since = new Date(historyStart(now).getTime() - 3_600_000)
    await seedFoundation(store, passwords, since)
    const estate = seedEstate(store, since, options.rooms ?? 5000)
    const desk = demoDesk(store, passwords, since)
    const cabinetsAt = new Date(historyStart(now).getTime() + 40 * 60_000)
    playDays(desk, [...planFees(store, desk, now), ...planKeys(store, desk, now, cabinetsAt)], now)
    store.sqlite.pragma('optimize')
    return { databaseFile, ...estate }
  } finally {
    store.sqlite.close()
  }
}
