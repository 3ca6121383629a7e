/// <reference types="vite/client" />
import type Database from 'better-sqlite3'
import journal from './migrations/meta/_journal.json'
import { CODE_STEPS } from './migration-steps'

/**
 * The migrations drizzle-kit generated (db/migrations, committed, never edited after release),
 * bundled into the build by Vite so the packaged app needs no files beside it.
 */
export interface Migration {
  tag: string
  statements: string[]
  /** Code that runs after the statements, in the same transaction (db/migration-steps.ts). */
  after?: (sqlite: Database.Database) => void
}

const files = import.meta.glob('./migrations/*.sql', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>

export const MIGRATIONS: readonly Migration[] = journal.entries.map((entry) => {
  const sql = files[`./migrations/${entry.tag}.sql`]
  if (sql === undefined) throw new Error(`migration file missing for ${entry.tag}`)
  const statements = sql
    .split('--> statement-breakpoint')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
  const after = CODE_STEPS[entry.tag]
  return after ? { tag: entry.tag, statements, after } : { tag: entry.tag, statements }
})
