import type { AnyHandler } from '../core/handler'
import { auditHandlers } from './foundation/audit'
import { authHandlers } from './foundation/auth'
import { settingsHandlers } from './foundation/settings-handlers'
import { setupHandlers } from './foundation/setup'
import { staffHandlers } from './foundation/staff'
import { systemHandlers } from './foundation/system'
import { estateHandlers } from './households/estate'
import { householdHandlers } from './households/households'
import { documentHandlers } from './households/documents'
import { searchHandlers } from './households/search'
import { privacyHandlers } from './households/privacy'
import { estateImportHandlers } from './households/estate-import'
import { documentTypeHandlers } from './households/document-types'
import { feeItemHandlers } from './fees/fee-items'
import { billingHandlers } from './fees/billing'
import { paymentHandlers } from './fees/payments'
import { receiptHandlers } from './fees/receipts'
import { printingHandlers } from './fees/printing'
import { arrearsHandlers } from './fees/arrears'
import { reportHandlers } from './fees/reports'
import { keyHandlers } from './keys/keys'

/** Every capability's handlers; the router refuses to start if a contract procedure has none. */
export const allHandlers: readonly AnyHandler[] = [
  ...systemHandlers,
  ...setupHandlers,
  ...authHandlers,
  ...staffHandlers,
  ...settingsHandlers,
  ...auditHandlers,
  ...estateHandlers,
  ...estateImportHandlers,
  ...documentTypeHandlers,
  ...householdHandlers,
  ...documentHandlers,
  ...searchHandlers,
  ...privacyHandlers,
  ...feeItemHandlers,
  ...billingHandlers,
  ...paymentHandlers,
  ...receiptHandlers,
  ...printingHandlers,
  ...arrearsHandlers,
  ...reportHandlers,
  ...keyHandlers
]
