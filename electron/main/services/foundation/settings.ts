import { eq } from 'drizzle-orm'
import { counters, settings } from '../../../../db/schema'
import type { Db } from '../../../../db/open'
import type { EstateSettings } from '../../../../shared/foundation/settings'
import type { PrinterProfile } from '../../../../shared/fees/printing'
import type { Role } from '../../../../shared/kernel/roles'
import type { CallOrigin, ServiceContext } from '../../core/context'

/** Settings of this installation, stored as JSON values by key. */
export interface SettingValues {
  companyName: string
  estateName: string
  /** The counter this installation is. */
  counterId: number
  idleLockMinutes: number
  /** A database made by `npm run demo`: the UI shows a 演示数据 banner. */
  demo: boolean
  /** Roles that may reveal a masked ID number or phone (each reveal is audited). */
  revealRoles: Role[]
  /** Roles that may reveal an owner's phone from the arrears list to make a 催缴 call (audited). */
  callRevealRoles: Role[]
  /** This counter's receipt prefix; '{year}' becomes the year ('SJ{year}' → SJ2026000001). */
  receiptPrefix: string
  /** This counter's printers: template, calibration, paper books (printing.saveProfile). */
  printerProfiles: PrinterProfile[]
  /** A verified automatic backup every this many hours while the app runs (backup-run.ts). */
  backupEveryHours: number
  /** Backups kept: all of the last N days, then one a day for M months, then one a month. */
  backupKeepAllDays: number
  backupKeepDailyMonths: number
  /** A second folder (USB drive, network share) that receives a copy of every backup; '' for none. */
  secondBackupDir: string
}

const DEFAULTS: Partial<SettingValues> = {
  idleLockMinutes: 10,
  demo: false,
  revealRoles: ['supervisor', 'manager'],
  callRevealRoles: ['clerk', 'cashier'],
  backupEveryHours: 4,
  backupKeepAllDays: 7,
  backupKeepDailyMonths: 3,
  secondBackupDir: ''
}

export function readSetting<K extends keyof SettingValues>(db: Db, key: K): SettingValues[K] | undefined {
  const row = db.select().from(settings).where(eq(settings.key, key)).get()
  if (row) return JSON.parse(row.value) as SettingValues[K]
  return DEFAULTS[key] as SettingValues[K] | undefined
}

export function writeSetting<K extends keyof SettingValues>(db: Db, key: K, value: SettingValues[K]): void {
  db.insert(settings)
    .values({ key, value: JSON.stringify(value) })
    .onConflictDoUpdate({ target: settings.key, set: { value: JSON.stringify(value) } })
    .run()
}

/** Settings each counter keeps for itself (its printers): a paired counter's under `<key>@<counterId>`. */
type CounterSettingKey = 'printerProfiles'

const counterKey = (ctx: { origin?: CallOrigin | null }, key: CounterSettingKey) =>
  ctx.origin ? `${key}@${ctx.origin.counterId}` : key

/**
 * One counter's own setting: this installation's in the plain key (as before there were several
 * counters), a counter paired with the office server under its own key, so each PC keeps its
 * printers however many share the database.
 */
export function readCounterSetting<K extends CounterSettingKey>(
  ctx: { db: Db; origin?: CallOrigin | null },
  key: K
): SettingValues[K] | undefined {
  if (!ctx.origin) return readSetting(ctx.db, key)
  const row = ctx.db
    .select()
    .from(settings)
    .where(eq(settings.key, counterKey(ctx, key)))
    .get()
  return row ? (JSON.parse(row.value) as SettingValues[K]) : undefined
}

export function writeCounterSetting<K extends CounterSettingKey>(
  ctx: { db: Db; origin?: CallOrigin | null },
  key: K,
  value: SettingValues[K]
): void {
  const stored = { key: counterKey(ctx, key), value: JSON.stringify(value) }
  ctx.db
    .insert(settings)
    .values(stored)
    .onConflictDoUpdate({ target: settings.key, set: { value: stored.value } })
    .run()
}

export function isSetUp(db: Db): boolean {
  return readSetting(db, 'counterId') !== undefined
}

export interface CounterRecord {
  id: number
  name: string
  /** Its own receipt prefix, or null for the installation's setting. */
  receiptPrefix: string | null
}

/**
 * The counter a call is made at: the paired counter PC it came from through the office server, or
 * this installation's own counter (named in settings at setup).
 */
export function thisCounter(ctx: { db: Db; origin?: CallOrigin | null }): CounterRecord {
  const id = ctx.origin?.counterId ?? readSetting(ctx.db, 'counterId')
  const row = id === undefined ? undefined : ctx.db.select().from(counters).where(eq(counters.id, id)).get()
  if (!row) throw new Error('this installation has no counter: setup has not run')
  return { id: row.id, name: row.name, receiptPrefix: row.receiptPrefix }
}

export function getEstateSettings(ctx: Pick<ServiceContext, 'db'> & { origin?: CallOrigin | null }): EstateSettings {
  return {
    companyName: readSetting(ctx.db, 'companyName') ?? '',
    estateName: readSetting(ctx.db, 'estateName') ?? '',
    counterName: thisCounter(ctx).name,
    idleLockMinutes: readSetting(ctx.db, 'idleLockMinutes') ?? 10,
    revealRoles: readSetting(ctx.db, 'revealRoles') ?? ['supervisor', 'manager'],
    callRevealRoles: readSetting(ctx.db, 'callRevealRoles') ?? ['clerk', 'cashier'],
    receiptPrefix: thisCounter(ctx).receiptPrefix ?? readSetting(ctx.db, 'receiptPrefix') ?? 'SJ{year}'
  }
}

export function updateEstateSettings(
  ctx: ServiceContext,
  input: Omit<EstateSettings, 'callRevealRoles'> & { callRevealRoles?: Role[] }
): EstateSettings {
  writeSetting(ctx.db, 'companyName', input.companyName)
  writeSetting(ctx.db, 'estateName', input.estateName)
  writeSetting(ctx.db, 'idleLockMinutes', input.idleLockMinutes)
  writeSetting(ctx.db, 'revealRoles', [...new Set(input.revealRoles)])
  if (input.callRevealRoles) writeSetting(ctx.db, 'callRevealRoles', [...new Set(input.callRevealRoles)])
  // A new prefix starts a new series at 000001 with the next receipt; old numbers stay as issued.
  // A paired counter's prefix is its own (every series is one counter's); the installation's is the setting.
  const counter = thisCounter(ctx)
  if (counter.receiptPrefix === null) writeSetting(ctx.db, 'receiptPrefix', input.receiptPrefix)
  const own = counter.receiptPrefix === null ? {} : { receiptPrefix: input.receiptPrefix }
  ctx.db
    .update(counters)
    .set({ name: input.counterName, ...own })
    .where(eq(counters.id, counter.id))
    .run()
  ctx.audit({ entityType: 'settings', summaryKey: 'audit.settingsUpdate' })
  return getEstateSettings(ctx)
}
