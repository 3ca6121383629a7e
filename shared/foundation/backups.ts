import { z } from 'zod'
import { query, mutation } from '../kernel/procedure'
import { ADMINS, ANY_ROLE } from '../kernel/roles'
import { optionalText } from '../kernel/fields'

/** How often, how long and where: the automatic backups of this installation (settings). */
export interface BackupSettings {
  /** A verified backup every this many hours while the app runs (start-up and quit make one too). */
  everyHours: number
  /** Every backup of the last this many days is kept… */
  keepAllDays: number
  /** …then the newest of each day for this many months, then the newest of each month for good. */
  keepDailyMonths: number
  /** A second folder (USB drive, network share) that receives a copy of every backup; '' for none. */
  secondDir: string
}

/** What went wrong the last time a folder was written, until the next success. */
export interface BackupFolderProblem {
  problem: 'full' | 'unwritable'
  folder: string
  at: string
}

export type SecondLocationState = 'notSet' | 'ok' | 'stale' | 'unreachable'

export interface BackupStatus {
  serverTime: string
  settings: BackupSettings
  /** The newest backup in the backups folder (each one was verified before it got its name). */
  newest: { file: string; createdAt: string } | null
  /** The newest is older than a day (or there is none). */
  stale: boolean
  /** The backups folder beside the database, and why it cannot take a backup now, if it cannot. */
  local: { folder: string; problem: BackupFolderProblem | null }
  second: {
    state: SecondLocationState
    newestAt: string | null
    problem: BackupFolderProblem | null
    /** The second folder is on the same disk as the database: it would not survive that disk. */
    sameDisk: boolean
  }
}

/** Hours between automatic backups and the retention numbers: whole numbers in these ranges. */
export const BACKUP_LIMITS = {
  everyHours: { min: 1, max: 24 },
  keepAllDays: { min: 1, max: 90 },
  keepDailyMonths: { min: 0, max: 36 }
} as const

const whole = (range: { min: number; max: number }) =>
  z.number().int('field.backupRange').min(range.min, 'field.backupRange').max(range.max, 'field.backupRange')

export const backupsApi = {
  status: query<BackupStatus>()('backups.status', z.strictObject({}), ANY_ROLE),
  saveSettings: mutation<BackupStatus>()(
    'backups.saveSettings',
    z.strictObject({
      everyHours: whole(BACKUP_LIMITS.everyHours),
      keepAllDays: whole(BACKUP_LIMITS.keepAllDays),
      keepDailyMonths: whole(BACKUP_LIMITS.keepDailyMonths),
      secondDir: optionalText(400)
    }),
    ADMINS
  )
}
