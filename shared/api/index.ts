import type { Procedure } from './procedure'
import { auditApi } from './audit'
import { settingsApi } from './settings'
import { setupApi } from './setup'
import { staffApi } from './staff'
import { systemApi } from './system'

/** The whole contract, grouped by capability. Each capability adds its group here. */
export const api = {
  system: systemApi,
  setup: setupApi,
  staff: staffApi,
  settings: settingsApi,
  audit: auditApi
} as const

export type Api = typeof api

export function allProcedures(): Procedure[] {
  const list: Procedure[] = []
  for (const group of Object.values(api)) list.push(...(Object.values(group) as Procedure[]))
  return list
}
