import type { Procedure } from './kernel/procedure'
import { auditApi } from './foundation/audit'
import { estateApi } from './households/estate'
import { householdsApi } from './households/households'
import { privacyApi } from './households/privacy'
import { searchApi } from './households/search'
import { feesApi } from './fees/fees'
import { arrearsApi } from './fees/arrears'
import { reportsApi } from './fees/reports'
import { printingApi } from './fees/printing'
import { settingsApi } from './foundation/settings'
import { setupApi } from './foundation/setup'
import { staffApi } from './foundation/staff'
import { systemApi } from './foundation/system'
import { keysApi } from './keys/api'

/** The whole contract, grouped by capability. Each capability adds its group here. */
export const api = {
  system: systemApi,
  setup: setupApi,
  staff: staffApi,
  settings: settingsApi,
  audit: auditApi,
  estate: estateApi,
  households: householdsApi,
  search: searchApi,
  privacy: privacyApi,
  fees: feesApi,
  printing: printingApi,
  arrears: arrearsApi,
  reports: reportsApi,
  keys: keysApi
} as const

export type Api = typeof api

export function allProcedures(): Procedure[] {
  const list: Procedure[] = []
  for (const group of Object.values(api)) list.push(...(Object.values(group) as Procedure[]))
  return list
}
