import { api } from '../../../../shared/api'
import { handle } from '../../core/handler'
import { getEstateSettings, updateEstateSettings } from './settings'

export const settingsHandlers = [
  handle(api.settings.get, { run: (ctx) => getEstateSettings(ctx) }),
  handle(api.settings.update, { run: (ctx, input) => updateEstateSettings(ctx, input) })
]
