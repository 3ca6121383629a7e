import type Database from 'better-sqlite3'
import type { MatchKind } from '../../../shared/households/search'
import type { Role } from '../../../shared/kernel/roles'

/** One thing a search matched, before ranking: a room, a person, or someone only another capability knows. */
export interface SearchFind {
  /** Lower comes first; ties keep the order found (the households' own finds, then each provider's). */
  rank: number
  roomId: number | null
  personId: number | null
  match: MatchKind
  matchedText: string
  /** A key borrower (not a person on file): their name and the set they may take or hold. */
  borrower?: { name: string; keySetId: number }
}

export interface SearchQuery {
  /** What was typed, half-width and trimmed. */
  text: string
  /** The same without spaces and hyphens. */
  compact: string
}

export interface SearchAsker {
  /** The role of whoever searches (none in the bench, which measures the households' own search). */
  role?: Role
  limit: number
}

/**
 * What a capability adds to the global search (households' services/households/search.ts), through
 * its definition: keys adds tags and borrowers' phones. It asks only its own indexes, and only for
 * the forms of query they can hit.
 */
export type SearchProvider = (db: Database.Database, query: SearchQuery, asker: SearchAsker) => SearchFind[]
