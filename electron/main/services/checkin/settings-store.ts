import { eq } from 'drizzle-orm'
import { checkinSettings } from '../../../../db/schema'
import type { Db } from '../../../../db/open'
import { api } from '../../../../shared/api'
import {
  checkinSettingsInput,
  DEFAULT_CHECKIN_SETTINGS,
  type CheckinSettings
} from '../../../../shared/checkin/settings'
import { message } from '../../../../shared/messages'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'

/**
 * The office's check-in settings, one JSON document under the key 'settings'. Until a supervisor
 * saves them the manuals' defaults apply; a stored document that no longer parses (an older
 * shape) falls back to the defaults too, so a check-in never stops on a settings page.
 */

const KEY = 'settings'

export function readCheckinSettings(db: Db): CheckinSettings {
  const row = db.select().from(checkinSettings).where(eq(checkinSettings.key, KEY)).get()
  if (!row) return DEFAULT_CHECKIN_SETTINGS
  const parsed = checkinSettingsInput.safeParse(JSON.parse(row.value))
  return parsed.success ? parsed.data : DEFAULT_CHECKIN_SETTINGS
}

/** The keys of agreements and of items name what a check-in recorded: two lines may not share one. */
function refuseDuplicateKeys(ctx: ServiceContext, settings: CheckinSettings): void {
  for (const list of ['agreements', 'items'] as const) {
    const seen = new Set<string>()
    settings[list].forEach((entry, i) => {
      if (seen.has(entry.key))
        throw new AppError(
          'VALIDATION',
          {},
          { fields: { [`${list}.${i}.key`]: message(ctx.locale, 'field.checkinDuplicateKey') } }
        )
      seen.add(entry.key)
    })
  }
}

const settings = handle(api.checkin.settings, { run: (ctx) => readCheckinSettings(ctx.db) })

const saveSettings = handle(api.checkin.saveSettings, {
  run(ctx, input) {
    refuseDuplicateKeys(ctx, input)
    const value = JSON.stringify(input)
    ctx.db
      .insert(checkinSettings)
      .values({ key: KEY, value })
      .onConflictDoUpdate({ target: checkinSettings.key, set: { value } })
      .run()
    ctx.audit({ entityType: 'checkinSettings', entityId: KEY, summaryKey: 'audit.checkinSettings' })
    return readCheckinSettings(ctx.db)
  }
})

export const settingsHandlers = [settings, saveSettings]
