import { randomBytes } from 'node:crypto'
import Database from 'better-sqlite3'
import { backupPath, listBackups, restoreDatabase } from '../../../db/backup'
import { DatabaseUnavailableError, dataPaths, openStore, type Store } from '../../../db/open'
import { api } from '../../../shared/api'
import type { ApiResult } from '../../../shared/kernel/errors'
import { message } from '../../../shared/messages'
import { reasonKey } from '../../../shared/kernel/i18n'
import { DEFAULT_LOCALE, isLocale } from '../../../shared/kernel/locale'
import { systemApi } from '../../../shared/foundation/system'
import { createRouter, type Router } from './router'
import { writeAudit } from '../services/foundation/audit'
import type { CoreDeps } from './context'
import { capabilities } from '../services'
import { createPasswordHasher, type PasswordHasher } from './passwords'
import { SessionStore } from './sessions'
import { createRegistry, type Registry } from './registry'

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
}

type State = { mode: 'ready'; store: Store; router: Router } | { mode: 'recovery'; error: DatabaseUnavailableError }

/**
 * The core both shells drive: the database and the router, or — when the database cannot be
 * opened or fails its check — recovery mode, which answers only the status and the restore of
 * a verified backup. The broken file is never touched until a person chooses a backup.
 */
export class Core {
  private state!: State
  private constructor(private readonly options: Required<CoreOptions>) {}

  static async start(options: CoreOptions): Promise<Core> {
    const core = new Core({
      now: () => new Date(),
      randomToken: () => randomBytes(32).toString('base64url'),
      passwords: createPasswordHasher(),
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

  procedureNames(): string[] {
    return this.state.mode === 'ready' ? this.state.router.procedureNames() : []
  }

  private async open(): Promise<void> {
    const { now, dataDir } = this.options
    const checked = appRegistry()
    try {
      const store = await openStore(dataDir, { now })
      const deps: CoreDeps = {
        store,
        env: { version: this.options.version, dataDir },
        now,
        randomToken: this.options.randomToken,
        passwords: this.options.passwords,
        sessions: new SessionStore(),
        searchProviders: checked.searchProviders
      }
      this.state = { mode: 'ready', store, router: createRouter(deps, checked) }
    } catch (error) {
      if (!(error instanceof DatabaseUnavailableError)) throw error
      console.error('[core] database unavailable:', error.message)
      this.state = { mode: 'recovery', error }
    }
  }

  async call(name: string, input: unknown, meta: unknown = {}): Promise<ApiResult<unknown>> {
    if (this.state.mode === 'ready') return this.state.router.call(name, input, meta)
    return this.recoveryCall(name, input, meta)
  }

  private async recoveryCall(name: string, input: unknown, meta: unknown): Promise<ApiResult<unknown>> {
    const requested = (meta as { locale?: unknown } | null)?.locale
    const locale = isLocale(requested) ? requested : DEFAULT_LOCALE
    const fail = (code: 'RECOVERY_MODE' | 'BACKUP_INVALID' | 'APPROVAL_REJECTED' | 'VALIDATION'): ApiResult<never> => ({
      ok: false,
      error: { code, message: message(locale, reasonKey('error', code)) }
    })
    const { databaseFile, backupsDir } = dataPaths(this.options.dataDir)
    if (name === 'system.status') {
      if (this.state.mode !== 'recovery') return fail('RECOVERY_MODE')
      const { reason, detail } = this.state.error
      return {
        ok: true,
        data: {
          mode: 'recovery',
          serverTime: this.options.now().toISOString(),
          version: this.options.version,
          reason: `${reason}: ${detail}`,
          databaseFile,
          backups: listBackups(backupsDir)
        }
      }
    }
    if (name !== 'system.restoreBackup') return fail('RECOVERY_MODE')
    // The contract's own schema, as the router would apply it: recovery has no router to lean on.
    const parsed = systemApi.restoreBackup.input.safeParse(input ?? {})
    if (!parsed.success) return fail('VALIDATION')
    const { file, username, password } = parsed.data
    const path = backupPath(backupsDir, file)
    if (!path) return fail('BACKUP_INVALID')
    const adminId = await this.adminOfBackup(path, username, password)
    if (adminId === 'invalid') return fail('BACKUP_INVALID')
    if (adminId === null) return fail('APPROVAL_REJECTED')
    const { keptAside } = restoreDatabase(databaseFile, path, this.options.now())
    await this.open()
    if (this.state.mode !== 'ready') return fail('RECOVERY_MODE')
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
    return { ok: true, data: { restored: file, keptAside } }
  }

  /** The broken database cannot vouch for anyone: the administrator must exist in the backup itself. */
  private async adminOfBackup(path: string, username: string, password: string): Promise<number | null | 'invalid'> {
    let backup: Database.Database | undefined
    try {
      backup = new Database(path, { readonly: true, fileMustExist: true })
      const row = backup
        .prepare(
          `SELECT id, password_hash AS hash FROM staff WHERE lower(username) = lower(?) AND role = 'admin' AND active = 1`
        )
        .get(username) as { id: number; hash: string } | undefined
      if (!row) return null
      return (await this.options.passwords.verify(password, row.hash)) ? row.id : null
    } catch {
      return 'invalid'
    } finally {
      backup?.close()
    }
  }

  close(): void {
    if (this.state.mode === 'ready') this.state.store.sqlite.close()
  }
}
