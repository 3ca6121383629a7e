import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BackupStorageError, storageProblem } from '../../../db/storage-errors'
import { toAppError } from '../../../electron/main/core/errors'
import { setUpCore, tempDir } from '../../helpers/core'
import { LOCALES } from '../../../shared/kernel/locale'
import { message } from '../../../shared/messages'

// A full disk and an unwritable folder, injected at the boundary the router sees (the real thing,
// on a tmpfs, is in disk-tmpfs.test.ts where the machine allows mounting one).

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code })
const sqliteError = (code: string) => new Database.SqliteError(`${code} simulated`, code)

describe('which failures are the disk', () => {
  it('full: SQLITE_FULL, ENOSPC, EDQUOT; unwritable: EACCES, EPERM, EROFS, SQLITE_READONLY*, SQLITE_CANTOPEN*', () => {
    for (const e of [sqliteError('SQLITE_FULL'), errno('ENOSPC'), errno('EDQUOT')])
      expect(storageProblem(e)).toBe('full')
    for (const e of [
      errno('EACCES'),
      errno('EPERM'),
      errno('EROFS'),
      sqliteError('SQLITE_READONLY'),
      sqliteError('SQLITE_READONLY_DIRECTORY'),
      sqliteError('SQLITE_CANTOPEN'),
      sqliteError('SQLITE_CANTOPEN_ISDIR')
    ])
      expect(storageProblem(e), (e as { code: string }).code).toBe('unwritable')
    for (const e of [sqliteError('SQLITE_CONSTRAINT_UNIQUE'), errno('ENOENT'), new Error('x'), null, 'ENOSPC'])
      expect(storageProblem(e)).toBeNull()
    expect(storageProblem(new Error('wrapped', { cause: errno('ENOSPC') }))).toBe('full')
  })

  it('maps to the disk codes, never INTERNAL with SQLite text', () => {
    expect(toAppError(sqliteError('SQLITE_FULL')).code).toBe('DISK_FULL')
    expect(toAppError(errno('EROFS')).code).toBe('DATA_FOLDER_UNWRITABLE')
    const full = toAppError(new BackupStorageError('full', '/media/usb/backups', errno('ENOSPC')))
    expect(full).toMatchObject({ code: 'BACKUP_FOLDER_FULL', params: { folder: '/media/usb/backups' } })
    const locked = toAppError(new BackupStorageError('unwritable', '/media/usb/backups', errno('EACCES')))
    expect(locked.code).toBe('BACKUP_FOLDER_UNWRITABLE')
    expect(toAppError(new Error('boom'))).toMatchObject({ code: 'INTERNAL', params: { detail: 'boom' } })
  })
})

describe('the router answers a disk failure with its own message', () => {
  let tmp: ReturnType<typeof tempDir>
  beforeEach(() => {
    tmp = tempDir()
  })
  afterEach(() => {
    vi.restoreAllMocks()
    tmp.cleanup()
  })

  it('a write that hits a full disk: DISK_FULL in Chinese telling the clerk what to do, nothing changed', async () => {
    const { core, adminToken, mutate } = await setUpCore(tmp.dir)
    const count = () => (core.store.sqlite.prepare('SELECT count(*) AS n FROM staff').get() as { n: number }).n
    const before = count()
    const sqlite = core.store.sqlite
    const real = sqlite.transaction.bind(sqlite)
    vi.spyOn(sqlite, 'transaction').mockImplementation(((fn: () => unknown) => {
      const tx = real(() => {
        fn()
        throw sqliteError('SQLITE_FULL') // as SQLite reports it at the commit's write
      })
      return tx
    }) as typeof sqlite.transaction)
    const result = (await mutate(
      'staff.create',
      { username: 'li', displayName: '李四', role: 'clerk', password: 'pass1234' },
      adminToken
    )) as { ok: boolean; error: { code: string; message: string } }
    expect(result.error.code).toBe('DISK_FULL')
    expect(result.error.message).toContain('磁盘空间已满')
    expect(result.error.message).toContain('系统管理员')
    expect(result.error.message).not.toMatch(/SQLITE|simulated/)
    vi.restoreAllMocks()
    expect(count()).toBe(before)
    const en = (await mutate(
      'staff.create',
      { username: 'li', displayName: '李四', role: 'clerk', password: 'pass1234' },
      adminToken,
      {
        locale: 'en'
      }
    )) as { ok: boolean }
    expect(en.ok).toBe(true)
    core.close()
  })

  it('a backup the backups folder refuses: its own message naming the folder, in every language', async () => {
    const { core, adminToken, mutate } = await setUpCore(tmp.dir)
    for (const [code, expected] of [
      ['ENOSPC', 'BACKUP_FOLDER_FULL'],
      ['EACCES', 'BACKUP_FOLDER_UNWRITABLE'],
      ['SQLITE_CANTOPEN', 'BACKUP_FOLDER_UNWRITABLE']
    ] as const) {
      vi.spyOn(core.store.sqlite, 'backup').mockRejectedValueOnce(
        code.startsWith('SQLITE') ? sqliteError(code) : errno(code)
      )
      const result = (await mutate('system.backupNow', {}, adminToken)) as { error: { code: string; message: string } }
      expect(result.error.code, code).toBe(expected)
      expect(result.error.message).toContain(core.store.backupsDir)
      expect(result.error.message).toMatch(/备份/)
    }
    // The session's language decides the message; every language has each code's text.
    for (const locale of LOCALES)
      for (const code of [
        'DISK_FULL',
        'DATA_FOLDER_UNWRITABLE',
        'BACKUP_FOLDER_FULL',
        'BACKUP_FOLDER_UNWRITABLE'
      ] as const)
        expect(message(locale, `error.${code}`, { folder: 'X:\\backups' }), `${locale} ${code}`).not.toMatch(
          /\{|error\./
        )
    core.close()
  })
})
