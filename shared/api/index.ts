import type { Procedure } from './procedure'
import { auditApi } from './audit'
import { estateApi } from './estate'
import { householdsApi } from './households'
import { privacyApi } from './privacy'
import { searchApi } from './search'
import { feesApi } from './fees'
import { arrearsApi } from './arrears'
import { reportsApi } from './reports'
import { printingApi } from './printing'
import { settingsApi } from './settings'
import { setupApi } from './setup'
import { staffApi } from './staff'
import { systemApi } from './system'
import { keysApi } from './keys'

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
