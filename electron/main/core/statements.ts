import type Database from 'better-sqlite3'
import type { Store } from '../../../db/open'

/**
 * The one statement cache of the services. better-sqlite3 compiles a statement on every
 * `prepare`; the lists, the search and the hand-out checks run on every keystroke or visit, so
 * their statements are prepared once per connection and kept here, keyed by their text. Queries
 * that run now and then go through drizzle's query builder instead (each capability's queries.ts).
 */

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>()

/** A statement prepared once per connection. */
export function prepared(sqlite: Database.Database, text: string): Database.Statement {
  let cache = statements.get(sqlite)
  if (!cache) statements.set(sqlite, (cache = new Map()))
  let statement = cache.get(text)
  if (!statement) cache.set(text, (statement = sqlite.prepare(text)))
  return statement
}

/** What a statement needs of the store: its connection. */
export type Connection = Pick<Store, 'sqlite'>

/** Positional parameters, or one object of named ones (`@name` in the SQL). */
type Parameters = unknown[] | [Record<string, unknown>]

/**
 * A statement whose parameters and rows are typed where its SQL is written, so callers never
 * cast; prepared on first use through the cache.
 */
export function typedStatement<Params extends Parameters, Row = never>(source: string) {
  return {
    get: (store: Connection, ...params: Params) => prepared(store.sqlite, source).get(...params) as Row | undefined,
    all: (store: Connection, ...params: Params) => prepared(store.sqlite, source).all(...params) as Row[],
    run: (store: Connection, ...params: Params) => prepared(store.sqlite, source).run(...params)
  }
}
