import { eq } from 'drizzle-orm'
import type { Db } from '../../../../db/open'
import { handoverSettings } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import {
  DEFAULT_HANDOVER_SETTINGS,
  handoverSettingsInput,
  type HandoverSettings
} from '../../../../shared/handover/settings'
import { handle } from '../../core/handler'

/**
 * The office's duty and handover rules, one JSON document under the key 'settings'. Until a
 * supervisor saves them the defaults apply; a stored document that no longer parses (an older
 * shape) falls back to the defaults too, so a counter never stops at sign-in or on a settings page.
 */

const KEY = 'settings'

export function readHandoverSettings(db: Db): HandoverSettings {
  const row = db.select().from(handoverSettings).where(eq(handoverSettings.key, KEY)).get()
  if (!row) return DEFAULT_HANDOVER_SETTINGS
  try {
    const parsed = handoverSettingsInput.safeParse(JSON.parse(row.value))
    return parsed.success ? parsed.data : DEFAULT_HANDOVER_SETTINGS
  } catch {
    return DEFAULT_HANDOVER_SETTINGS
  }
}

const settings = handle(api.handover.settings, { run: (ctx) => readHandoverSettings(ctx.db) })

const saveSettings = handle(api.handover.saveSettings, {
  run(ctx, input) {
    ctx.db
      .insert(handoverSettings)
      .values({ key: KEY, value: JSON.stringify(input) })
      .onConflictDoUpdate({ target: handoverSettings.key, set: { value: JSON.stringify(input) } })
      .run()
    ctx.audit({ entityType: 'handoverSettings', entityId: KEY, summaryKey: 'audit.handoverSettingsSaved' })
    return readHandoverSettings(ctx.db)
  }
})

export const handoverSettingsHandlers = [settings, saveSettings]
