import { eq } from 'drizzle-orm'
import type { Db } from '../../../../db/open'
import { permitSettings } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import { message } from '../../../../shared/messages'
import { DEFAULT_PERMIT_SETTINGS, permitSettingsInput, type PermitSettings } from '../../../../shared/permits/settings'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { feeItemFacts } from '../fees/renovation-fees'

/**
 * The office's renovation and permit rules, one JSON document under the key 'settings'. Until a
 * supervisor saves them the defaults apply; a stored document that no longer parses (an older
 * shape) falls back to the defaults too, so a counter never stops on a settings page.
 */

const KEY = 'settings'

export function readPermitSettings(db: Db): PermitSettings {
  const row = db.select().from(permitSettings).where(eq(permitSettings.key, KEY)).get()
  if (!row) return DEFAULT_PERMIT_SETTINGS
  try {
    const parsed = permitSettingsInput.safeParse(JSON.parse(row.value))
    return parsed.success ? parsed.data : DEFAULT_PERMIT_SETTINGS
  } catch {
    return DEFAULT_PERMIT_SETTINGS
  }
}

type FieldKey = Parameters<typeof message>[1]

const fieldError = (ctx: ServiceContext, field: string, key: FieldKey) =>
  new AppError('VALIDATION', {}, { fields: { [field]: message(ctx.locale, key) } })

/** A work's key is what a renovation recorded: two works may not share one. */
function refuseDuplicateWorkKeys(ctx: ServiceContext, settings: PermitSettings): void {
  const seen = new Set<string>()
  settings.works.forEach((work, i) => {
    if (seen.has(work.key)) throw fieldError(ctx, `works.${i}.key`, 'permits.field.duplicateWorkKey')
    seen.add(work.key)
  })
}

/** The garbage fee must be an active 'garbage' item; the deposit an active deposit of category 'renovationDeposit'. */
function refuseWrongFeeItems(ctx: ServiceContext, settings: PermitSettings): void {
  if (settings.garbageItemId !== null) {
    const item = feeItemFacts(ctx.db, settings.garbageItemId)
    if (!item || !item.active || item.category !== 'garbage')
      throw fieldError(ctx, 'garbageItemId', 'permits.field.garbageItem')
  }
  if (settings.depositItemId !== null) {
    const item = feeItemFacts(ctx.db, settings.depositItemId)
    if (!item || !item.active || item.method !== 'deposit' || item.category !== 'renovationDeposit')
      throw fieldError(ctx, 'depositItemId', 'permits.field.depositItem')
  }
}

const settings = handle(api.renovations.settings, { run: (ctx) => readPermitSettings(ctx.db) })

const saveSettings = handle(api.renovations.saveSettings, {
  run(ctx, input) {
    refuseDuplicateWorkKeys(ctx, input)
    refuseWrongFeeItems(ctx, input)
    const value = JSON.stringify(input)
    ctx.db
      .insert(permitSettings)
      .values({ key: KEY, value })
      .onConflictDoUpdate({ target: permitSettings.key, set: { value } })
      .run()
    ctx.audit({ entityType: 'permitSettings', entityId: KEY, summaryKey: 'audit.permitSettings' })
    return readPermitSettings(ctx.db)
  }
})

/** Handlers of renovations.settings / saveSettings. */
export const permitSettingsHandlers = [settings, saveSettings]
