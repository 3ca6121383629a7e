import { feesApi } from './fees'
import { printingApi } from './printing'
import { arrearsApi } from './arrears'
import { reportsApi } from './reports'

/** The fees capability's contract groups: items, bills and payments, printing, arrears, reports. */
export const feesContract = {
  fees: feesApi,
  printing: printingApi,
  arrears: arrearsApi,
  reports: reportsApi
} as const
