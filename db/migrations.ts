/// <reference types="vite/client" />
import journal from './migrations/meta/_journal.json'

/**
 * The migrations drizzle-kit generated (db/migrations, committed, never edited after release),
 * bundled into the build by Vite so the packaged app needs no files beside it.
 */
export interface Migration {
  tag: string
  statements: string[]
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
  return { tag: entry.tag, statements }
})
