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

/** What the core knows about the machine it runs on. */
export interface Environment {
  version: string
  dataDir: string
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
}

/**
 * What a service function receives: `(ctx, input) => output`. Services never import electron,
 * never touch a window; everything from outside comes through here.
 */
export interface ServiceContext extends CoreDeps {
  db: Db
  session: Session | null
  locale: Locale
  approver: Approver | null
  /** Queue an audit row; the router writes it in the same transaction as the change. */
  audit(entry: AuditEntryInput): void
  /** The session, or NOT_SIGNED_IN (for services that can be called both ways). */
  requireSession(): Session
  /** The on-the-spot approver of one of these roles, or APPROVAL_REQUIRED (the UI then opens the approval dialog). */
  requireApproval(roles: readonly Role[]): Approver
}
