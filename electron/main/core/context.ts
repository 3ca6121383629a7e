import type { Db, Store } from '../../../db/open'
import type { Locale } from '../../../shared/kernel/locale'
import type { Role } from '../../../shared/kernel/roles'
import type { MessageKey, MessageParams } from '../../../shared/messages'
import type { PasswordHasher } from './passwords'
import type { HandoverProvider } from './handover'
import type { SearchProvider } from './search'
import type { SessionStore, Session } from './sessions'

export interface Approver {
  id: number
  displayName: string
  role: Role
}

export interface AuditEntryInput {
  entityType?: string
  entityId?: string | number
  summaryKey: MessageKey
  summaryParams?: MessageParams
  /** The room the event is about: it then appears on that household's timeline. */
  roomId?: number
  /** Overrides the signed-in person as the one who acted (sign-in, setup: no session yet). */
  staffId?: number
  shiftId?: number
}

/**
 * Where a call came from when it is not this installation's own counter: a counter PC paired with
 * the office server (its device credential checked by the server before the call reaches the core).
 */
export interface CallOrigin {
  counterId: number
  deviceId: number
}

/** A committed change, for the office server's live feed (the other counters refresh what it touched). */
export interface CommittedChange {
  procedure: string
  counterId: number | null
}

/** What the core knows about the machine it runs on. */
export interface Environment {
  version: string
  dataDir: string
  /** Set when this core serves paired counters as the office server: where it listens, its certificate's SHA-256. */
  office?: { listen: string; fingerprint: string }
}

/** Shared by every call: the database and the injected clock, ids and hasher. */
export interface CoreDeps {
  store: Store
  env: Environment
  now: () => Date
  randomToken: () => string
  passwords: PasswordHasher
  sessions: SessionStore
  /** What the capabilities add to the global search (from the registry). */
  searchProviders: readonly SearchProvider[]
  /** What the capabilities add to the shift handover (from the registry). */
  handoverProviders: readonly HandoverProvider[]
  /** Told after every committed mutation (not a replay): the office server's live feed. */
  onCommitted?: (change: CommittedChange) => void
}

/**
 * What a service function receives: `(ctx, input) => output`. Services never import electron,
 * never touch a window; everything from outside comes through here.
 */
export interface ServiceContext extends CoreDeps {
  db: Db
  session: Session | null
  /** A paired counter's call through the office server; null for this installation's own counter. */
  origin: CallOrigin | null
  locale: Locale
  approver: Approver | null
  /** Queue an audit row; the router writes it in the same transaction as the change. */
  audit(entry: AuditEntryInput): void
  /** The session, or NOT_SIGNED_IN (for services that can be called both ways). */
  requireSession(): Session
  /** The on-the-spot approver of one of these roles, or APPROVAL_REQUIRED (the UI then opens the approval dialog). */
  requireApproval(roles: readonly Role[]): Approver
}
