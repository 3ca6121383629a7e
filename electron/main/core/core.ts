import { randomBytes } from 'node:crypto'
import { DatabaseUnavailableError, openStore, type Store } from '../../../db/open'
import { api } from '../../../shared/api'
import type { ApiResult } from '../../../shared/kernel/errors'
import { createRouter, type Router } from './router'
import { message } from '../../../shared/messages'
import { DEFAULT_LOCALE } from '../../../shared/kernel/locale'
import { KeptSessionStore } from './kept-sessions'
import { writeAudit } from '../services/foundation/audit'
import type { CallOrigin, CommittedChange, CoreDeps } from './context'
import { capabilities } from '../services'
import { createPasswordHasher, type PasswordHasher } from './passwords'
import { SessionStore } from './sessions'
import { createRegistry, type Registry } from './registry'
import { createRecovery, type Recovery } from './recovery'
import { startStoreChecks, type StoreChecks } from './store-checks'

let registry: Registry | undefined

/**
 * The app's capabilities, checked once per process on the first start: a capability that does
 * not fit (a handler without a procedure, a name claimed twice) stops the app before it serves.
 */
export function appRegistry(): Registry {
  return (registry ??= createRegistry(capabilities, api))
}

export interface CoreOptions {
  dataDir: string
  version: string
  now?: () => Date
  randomToken?: () => string
  passwords?: PasswordHasher
  /**
   * Keep sessions in the database (the office server): a restart signs nobody out, so a counter's
   * mutation retried with its request id after the restart is still answered as that person's.
   */
  keepSessions?: boolean
  /** This core is the office server (where it listens, its certificate's fingerprint). */
  office?: { listen: string; fingerprint: string }
}

type State = { mode: 'ready'; store: Store; router: Router } | { mode: 'recovery'; error: DatabaseUnavailableError }

/**
 * The core both shells drive: the database and the router, or — when the database cannot be
 * opened or fails its check — recovery mode, which answers only the status and the restore of
 * a verified backup. The broken file is never touched until a person chooses a backup.
 */
export class Core {
  private state!: State
  private constructor(private readonly options: Required<Omit<CoreOptions, 'office'>> & Pick<CoreOptions, 'office'>) {}

  static async start(options: CoreOptions): Promise<Core> {
    const core = new Core({
      now: () => new Date(),
      randomToken: () => randomBytes(32).toString('base64url'),
      passwords: createPasswordHasher(),
      keepSessions: false,
      ...options
    })
    await core.open()
    return core
  }

  get mode(): State['mode'] {
    return this.state.mode
  }

  /** The open store (tests and the demo generator use it directly). */
  get store(): Store {
    if (this.state.mode !== 'ready') throw new Error('core is in recovery mode')
    return this.state.store
  }

  private readonly changeListeners = new Set<(change: CommittedChange) => void>()

  /** Told after every committed mutation (the office server's live feed). Returns the unsubscribe. */
  onChange(listener: (change: CommittedChange) => void): () => void {
    this.changeListeners.add(listener)
    return () => this.changeListeners.delete(listener)
  }

  procedureNames(): string[] {
    return this.state.mode === 'ready' ? this.state.router.procedureNames() : []
  }

  private async open(): Promise<void> {
    const { now, dataDir } = this.options
    const checked = appRegistry()
    try {
      const store = await openStore(dataDir, { now })
      this.checks?.stop()
      this.checks = startStoreChecks(store, { now })
      const deps: CoreDeps = {
        store,
        env: {
          version: this.options.version,
          dataDir,
          ...(this.options.office ? { office: this.options.office } : {})
        },
        now,
        randomToken: this.options.randomToken,
        passwords: this.options.passwords,
        sessions: this.options.keepSessions ? new KeptSessionStore(store.sqlite, now) : new SessionStore(),
        searchProviders: checked.searchProviders,
        handoverProviders: checked.handoverProviders,
        onCommitted: (change) => {
          for (const listener of this.changeListeners) listener(change)
        }
      }
      this.state = { mode: 'ready', store, router: createRouter(deps, checked) }
    } catch (error) {
      if (!(error instanceof DatabaseUnavailableError)) throw error
      console.error('[core] database unavailable:', error.message)
      this.state = { mode: 'recovery', error }
    }
  }

  async call(
    name: string,
    input: unknown,
    meta: unknown = {},
    origin: CallOrigin | null = null
  ): Promise<ApiResult<unknown>> {
    if (this.state.mode === 'ready') return this.state.router.call(name, input, meta, origin)
    // A paired counter may not restore the office's database: that is done at the server itself.
    if (origin)
      return { ok: false, error: { code: 'RECOVERY_MODE', message: message(DEFAULT_LOCALE, 'error.RECOVERY_MODE') } }
    return this.recoveryCall(name, input, meta)
  }

  private recovery: Recovery | undefined

  /** Recovery answers the status and the restore; after a restore the store is opened again and the restore audited. */
  private recoveryCall(name: string, input: unknown, meta: unknown): Promise<ApiResult<unknown>> {
    this.recovery ??= createRecovery(this.options)
    const error = this.state.mode === 'recovery' ? this.state.error : null
    return this.recovery.call(error, name, input, meta, async (adminId, file) => {
      await this.open()
      if (this.state.mode !== 'ready') return false
      const { store } = this.state
      store.sqlite
        .transaction(() =>
          writeAudit(store.db, {
            at: this.options.now(),
            procedure: name,
            staffId: adminId,
            entityType: 'backup',
            entityId: file,
            summaryKey: 'audit.restoreBackup',
            summaryParams: { file }
          })
        )
        .immediate()
      return true
    })
  }

  /** The chains' tail at start-up and the daily integrity check (store-checks.ts). */
  private checks: StoreChecks | undefined

  close(): void {
    this.checks?.stop()
    if (this.state.mode === 'ready') this.state.store.sqlite.close()
  }
}
