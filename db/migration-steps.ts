import type Database from 'better-sqlite3'
import { sealUnsealed } from './chain'

/**
 * Migrations that need code as well as SQL: the step runs right after the tag's statements, in
 * the same all-or-nothing transaction (db/migrate.ts). SQLite has no SHA-256, so 0015 computes the
 * hashes of the rows written before it here, oldest first (db/chain.ts).
 */
export const CODE_STEPS: Record<string, (sqlite: Database.Database) => void> = {
  '0015_chain_hashes': (sqlite) => {
    const sealed = sealUnsealed(sqlite)
    const total = Object.values(sealed).reduce((n, k) => n + k, 0)
    if (total > 0) console.info('[migrate] 0015 sealed the rows written before hash chains:', JSON.stringify(sealed))
  }
}
