import { existsSync, mkdirSync, renameSync } from 'node:fs'
import { dataPaths, openStore } from '../../../db/open'
import { createPasswordHasher, type PasswordHasher } from '../services/passwords'
import { readSetting } from '../services/settings'
import { seedFoundation } from './foundation'
import { seedEstate } from './estate'
import { seedFees } from './fees'
import { seedKeys } from './keys'

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
    await seedFoundation(store, options.passwords ?? createPasswordHasher(), now)
    const estate = seedEstate(store, now, options.rooms ?? 5000)
    seedFees(store, now)
    seedKeys(store, now)
    store.sqlite.pragma('optimize')
    return { databaseFile, ...estate }
  } finally {
    store.sqlite.close()
  }
}
