import type Database from 'better-sqlite3'

/** Distinct statements kept per connection; the least recently used goes first beyond this. */
const KEPT_STATEMENTS = 1_000

/**
 * The connection keeps each statement once prepared. drizzle and the services hand better-sqlite3
 * the same SQL text on every run of a query, and better-sqlite3 would compile it anew each time:
 * on the payment path that compiling was a third of a receipt's time. A kept statement is handed out
 * again in its plain row mode (drizzle asks for raw rows by calling raw() itself; plain service code
 * expects objects), and never while it is in the middle of an iteration (a fresh one is made then).
 * Nobody keeps a statement with a mode set once, so resetting the mode takes nothing from anyone.
 */
export function reusePreparedStatements(sqlite: Database.Database, limit = KEPT_STATEMENTS): void {
  const prepare = sqlite.prepare.bind(sqlite)
  const kept = new Map<string, Database.Statement>()
  sqlite.prepare = ((source: string) => {
    const statement = kept.get(source)
    if (statement && !statement.busy) {
      // Most recently used last: the first in the map is the one to let go.
      kept.delete(source)
      kept.set(source, statement)
      if (statement.reader) statement.raw(false).pluck(false).expand(false)
      return statement
    }
    const fresh = prepare(source)
    if (!statement) {
      kept.set(source, fresh)
      if (kept.size > limit) kept.delete(kept.keys().next().value!)
    }
    return fresh
  }) as typeof sqlite.prepare
}
