import type { AnyHandler } from './handler'
import { auditHandlers } from './audit'
import { authHandlers } from './auth'
import { settingsHandlers } from './settings-handlers'
import { setupHandlers } from './setup'
import { staffHandlers } from './staff'
import { systemHandlers } from './system'
import { estateHandlers } from './estate'
import { householdHandlers } from './households'
import { documentHandlers } from './household-documents'
import { searchHandlers } from './search'
import { privacyHandlers } from './privacy'
import { estateImportHandlers } from './estate-import'
import { documentTypeHandlers } from './document-types'
import { feeItemHandlers } from './fee-items'
import { billingHandlers } from './billing'
import { paymentHandlers } from './payments'
import { receiptHandlers } from './receipts'
import { printingHandlers } from './printing'
import { arrearsHandlers } from './arrears'
import { reportHandlers } from './reports'
import { keyHandlers } from './keys'

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
