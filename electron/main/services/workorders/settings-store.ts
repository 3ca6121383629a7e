import { eq } from 'drizzle-orm'
import type { Db } from '../../../../db/open'
import { workorderSettings } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import { message } from '../../../../shared/messages'
import {
  DEFAULT_WORK_ORDER_SETTINGS,
  workOrderSettingsInput,
  type WorkOrderSettings
} from '../../../../shared/workorders/settings'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { isServiceFeeItem } from '../fees/service-charge'

/**
 * The office's repairs and complaints settings, one JSON document under the key 'settings'. Until a
 * supervisor saves them the manuals' defaults apply; a stored document that no longer parses (an
 * older shape) falls back to the defaults too, so a counter never stops on a settings page.
 */

const KEY = 'settings'

export function readWorkOrderSettings(db: Db): WorkOrderSettings {
  const row = db.select().from(workorderSettings).where(eq(workorderSettings.key, KEY)).get()
  if (!row) return DEFAULT_WORK_ORDER_SETTINGS
  try {
    const parsed = workOrderSettingsInput.safeParse(JSON.parse(row.value))
    return parsed.success ? parsed.data : DEFAULT_WORK_ORDER_SETTINGS
  } catch {
    return DEFAULT_WORK_ORDER_SETTINGS
  }
}

const fieldError = (ctx: ServiceContext, field: string, key: Parameters<typeof message>[1]) =>
  new AppError('VALIDATION', {}, { fields: { [field]: message(ctx.locale, key) } })

/** A category's key names what an order recorded: two lines of one list may not share one. */
function refuseDuplicateKeys(ctx: ServiceContext, settings: WorkOrderSettings): void {
  for (const list of ['repairCategories', 'complaintCategories'] as const) {
    const seen = new Set<string>()
    settings[list].forEach((entry, i) => {
      if (seen.has(entry.key)) throw fieldError(ctx, `${list}.${i}.key`, 'workOrders.field.duplicateKey')
      seen.add(entry.key)
    })
  }
}

const settings = handle(api.repairs.settings, { run: (ctx) => readWorkOrderSettings(ctx.db) })

const saveSettings = handle(api.repairs.saveSettings, {
  run(ctx, input) {
    refuseDuplicateKeys(ctx, input)
    if (input.serviceFeeItemId !== null && !isServiceFeeItem(ctx.db, input.serviceFeeItemId))
      throw fieldError(ctx, 'serviceFeeItemId', 'workOrders.field.feeItem')
    const value = JSON.stringify(input)
    ctx.db
      .insert(workorderSettings)
      .values({ key: KEY, value })
      .onConflictDoUpdate({ target: workorderSettings.key, set: { value } })
      .run()
    ctx.audit({ entityType: 'workorderSettings', entityId: KEY, summaryKey: 'audit.repairSettings' })
    return readWorkOrderSettings(ctx.db)
  }
})

export const settingsHandlers = [settings, saveSettings]
