import { z } from 'zod'
import { query, mutation } from '../kernel/procedure'
import { ANY_ROLE, type Role } from '../kernel/roles'
import { password, username, text } from '../kernel/fields'
import type { CheckState, VerifyResult } from './verify'

export interface BackupInfo {
  file: string
  createdAt: string
  sizeBytes: number
  /** The backup passed SQLite's integrity check when listed. */
  verified: boolean
}

/**
 * Why the database is unavailable. The first four are the file itself; the last three are the disk
 * (the file passed its check, or was never reached), so the screen says what to fix instead.
 */
export type RecoveryCause =
  'cannotOpen' | 'checkFailed' | 'newerSchema' | 'migrationFailed' | 'diskFull' | 'dataUnwritable' | 'backupsUnwritable'

/** Every status carries the core's clock: the renderer dates its forms by it, not by the PC's. */
export type AppStatus = { serverTime: string } & (
  | {
      mode: 'ready'
      version: string
      companyName: string
      estateName: string
      counterName: string
      demo: boolean
    }
  | { mode: 'setup'; version: string }
  | {
      mode: 'recovery'
      version: string
      cause: RecoveryCause
      reason: string
      databaseFile: string
      backups: BackupInfo[]
    }
)

export interface AboutInfo {
  version: string
  dataDir: string
  databaseFile: string
  backupsDir: string
  sqliteVersion: string
  schemaVersion: string
  nodeVersion: string
  backups: BackupInfo[]
}

const BACKUP_ROLES: readonly Role[] = ['supervisor', 'manager', 'admin']

export const systemApi = {
  status: query<AppStatus>()('system.status', z.strictObject({}), 'public'),
  about: query<AboutInfo>()('system.about', z.strictObject({}), ANY_ROLE),
  backupNow: mutation<BackupInfo>()('system.backupNow', z.strictObject({}), BACKUP_ROLES),
  /** 校验: re-computes every hash chain, checks the guard triggers and the settlement of bills. */
  verify: mutation<VerifyResult>()('system.verify', z.strictObject({}), BACKUP_ROLES),
  /** What the last checks found, for 设置 → 关于. */
  checks: query<CheckState>()('system.checks', z.strictObject({}), ANY_ROLE),
  /**
   * Only while the database cannot be opened. The person restoring proves they are an
   * administrator of the backup being restored: the broken database cannot vouch for anyone.
   */
  restoreBackup: mutation<{ restored: string; keptAside: string }>()(
    'system.restoreBackup',
    z.strictObject({ file: text(200), username, password }),
    'public',
    { noReplay: true }
  )
}
