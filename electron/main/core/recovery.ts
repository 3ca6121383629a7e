import Database from 'better-sqlite3'
import { backupPath, listBackups, restoreDatabase } from '../../../db/backup'
import { type DatabaseUnavailableError, dataPaths } from '../../../db/open'
import type { ApiResult } from '../../../shared/kernel/errors'
import { localTime } from '../../../shared/kernel/calendar'
import { reasonKey } from '../../../shared/kernel/i18n'
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../shared/kernel/locale'
import { systemApi } from '../../../shared/foundation/system'
import { message } from '../../../shared/messages'
import { createRateLimiter, dummyHash, LOCKOUT_MINUTES, MAX_FAILED_ATTEMPTS } from '../services/foundation/auth-guard'
import { AppError, toAppError } from './errors'
import type { PasswordHasher } from './passwords'

export interface RecoveryOptions {
  dataDir: string
  version: string
  now: () => Date
  passwords: PasswordHasher
}

type Failure = { failed: AppError }

function answer(locale: Locale, error: AppError): ApiResult<never> {
  return {
    ok: false,
    error: { code: error.code, message: message(locale, reasonKey('error', error.code), error.params) }
  }
}

/**
 * Wrong restore passwords, counted per user name as sign-in counts per account (five in a row lock
 * it for the same 15 minutes). The broken database cannot hold the count and the backup must not
 * be written, so it lives in memory; a restart clears it, as it clears the per-minute limit.
 */
function createRestoreGuard(now: () => Date) {
  const counts = new Map<string, { failures: number; lockedUntil: number }>()
  const perMinute = createRateLimiter()
  const entry = (username: string) => {
    const key = username.toLowerCase()
    let found = counts.get(key)
    if (!found) {
      if (counts.size > 10_000) counts.clear() // a spray of names cannot grow memory forever
      counts.set(key, (found = { failures: 0, lockedUntil: 0 }))
    }
    return found
  }
  const locked = (until: number) => new AppError('ACCOUNT_LOCKED', { until: localTime(new Date(until).toISOString()) })
  return {
    /** Throws while the name is locked or the minute's attempts are used up. */
    admit(username: string): void {
      perMinute('system.restoreBackup')
      const { lockedUntil } = entry(username)
      if (lockedUntil > now().getTime()) throw locked(lockedUntil)
    },
    failed(username: string): AppError {
      const counter = entry(username)
      counter.failures += 1
      if (counter.failures < MAX_FAILED_ATTEMPTS) return new AppError('APPROVAL_REJECTED')
      counter.failures = 0
      counter.lockedUntil = now().getTime() + LOCKOUT_MINUTES * 60_000
      console.warn(
        `[recovery] restore locked for "${username.slice(0, 40)}" after ${MAX_FAILED_ATTEMPTS} wrong passwords`
      )
      return locked(counter.lockedUntil)
    },
    succeeded(username: string): void {
      counts.delete(username.toLowerCase())
    }
  }
}

/**
 * What the core answers while the database is unavailable: the status (why, and the verified
 * backups) and the restore of one of them by an administrator of that backup. Nothing else.
 */
export function createRecovery(options: RecoveryOptions) {
  const guard = createRestoreGuard(options.now)
  const { databaseFile, backupsDir } = dataPaths(options.dataDir)

  /** The broken database cannot vouch for anyone: the administrator must exist in the backup itself. */
  async function adminOfBackup(path: string, username: string, password: string): Promise<number | Failure> {
    let backup: Database.Database | undefined
    let row: { id: number; hash: string } | undefined
    try {
      backup = new Database(path, { readonly: true, fileMustExist: true })
      row = backup
        .prepare(
          `SELECT id, password_hash AS hash FROM staff WHERE lower(username) = lower(?) AND role = 'admin' AND active = 1`
        )
        .get(username) as { id: number; hash: string } | undefined
    } catch {
      return { failed: new AppError('BACKUP_INVALID') }
    } finally {
      backup?.close()
    }
    // An unknown name costs the same hash as a real one: timing does not tell which names exist.
    const good = await options.passwords.verify(password, row?.hash ?? (await dummyHash(options.passwords)))
    if (row && good) return row.id
    return { failed: guard.failed(username) }
  }

  function status(error: DatabaseUnavailableError): ApiResult<unknown> {
    return {
      ok: true,
      data: {
        mode: 'recovery',
        serverTime: options.now().toISOString(),
        version: options.version,
        cause: error.reason,
        reason: `${error.reason}: ${error.detail}`,
        databaseFile,
        backups: listBackups(backupsDir)
      }
    }
  }

  /**
   * Checks the restore and puts the backup in place; `reopen` then opens it and records the
   * restore (in the restored database: the broken one is set aside untouched).
   */
  async function restore(input: unknown, reopen: (adminId: number, file: string) => Promise<boolean>) {
    // The contract's own schema, as the router would apply it: recovery has no router to lean on.
    const parsed = systemApi.restoreBackup.input.safeParse(input ?? {})
    if (!parsed.success) throw new AppError('VALIDATION')
    const { file, username, password } = parsed.data
    guard.admit(username)
    const path = backupPath(backupsDir, file)
    if (!path) throw new AppError('BACKUP_INVALID')
    const adminId = await adminOfBackup(path, username, password)
    if (typeof adminId !== 'number') throw adminId.failed
    guard.succeeded(username)
    const { keptAside } = restoreDatabase(databaseFile, path, options.now())
    if (!(await reopen(adminId, file))) throw new AppError('RECOVERY_MODE')
    return { restored: file, keptAside }
  }

  return {
    async call(
      state: DatabaseUnavailableError | null,
      name: string,
      input: unknown,
      meta: unknown,
      reopen: (adminId: number, file: string) => Promise<boolean>
    ): Promise<ApiResult<unknown>> {
      const requested = (meta as { locale?: unknown } | null)?.locale
      const locale = isLocale(requested) ? requested : DEFAULT_LOCALE
      try {
        if (name === 'system.status' && state) return status(state)
        if (name !== 'system.restoreBackup') throw new AppError('RECOVERY_MODE')
        return { ok: true, data: await restore(input, reopen) }
      } catch (error) {
        if (!(error instanceof AppError)) console.error('[recovery] restore failed', error)
        return answer(locale, toAppError(error))
      }
    }
  }
}

export type Recovery = ReturnType<typeof createRecovery>
