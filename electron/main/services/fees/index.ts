import { openStore } from '../../../../db/open'
import { feesContract } from '../../../../shared/fees/api'
import { FEES_ERROR_CODES } from '../../../../shared/fees/errors'
import type { BenchContext, BenchOutcome, CapabilityDefinition } from '../../tools/capability'
import { feeItemHandlers } from './fee-items'
import { billingHandlers } from './billing'
import { paymentHandlers } from './payments'
import { receiptHandlers } from './receipts'
import { printingHandlers } from './printing'
import { arrearsHandlers } from './arrears'
import { arrearsCallHandlers } from './arrears-calls'
import { reportHandlers } from './reports'
import { feesHandover } from './handover-section'

/** The counter's payments (through a core of its own), then the arrears list and notices over what they left. */
async function benchFeesAndArrears({ dataDir, passwords, now }: BenchContext): Promise<BenchOutcome> {
  const [{ benchFees }, { benchArrears }] = await Promise.all([import('./bench'), import('./bench-arrears')])
  const failures: string[] = []
  const fees = await benchFees(dataDir, passwords)
  if (fees.pay.p95 > 10) failures.push(`receipt p95 ${fees.pay.p95.toFixed(2)} ms > 10 ms`)
  if (fees.account.p95 > 5) failures.push(`unpaid list p95 ${fees.account.p95.toFixed(2)} ms > 5 ms`)
  if (fees.billMs > 2000) failures.push(`month's bills ${fees.billMs.toFixed(0)} ms > 2000 ms`)
  const store = await openStore(dataDir)
  const arrears = benchArrears(store.sqlite, now)
  store.sqlite.close()
  if (arrears.worstMs > 200) failures.push(`arrears list p95 ${arrears.worstMs.toFixed(1)} ms > 200 ms`)
  if (arrears.ledgerMs > 100) failures.push(`ledger p95 ${arrears.ledgerMs.toFixed(1)} ms > 100 ms`)
  return { lines: [...fees.lines, ...arrears.lines], failures }
}

/** Fee items, bills, payments and receipts, printing and paper books, arrears, reports. */
export const fees: CapabilityDefinition = {
  name: 'fees',
  api: feesContract,
  handlers: [
    ...feeItemHandlers,
    ...billingHandlers,
    ...paymentHandlers,
    ...receiptHandlers,
    ...printingHandlers,
    ...arrearsHandlers,
    ...arrearsCallHandlers,
    ...reportHandlers
  ],
  errorCodes: FEES_ERROR_CODES,
  handover: feesHandover,
  demo: {
    // A year of bills, payments, refunds and reminders at the counter.
    plan: async ({ store, desk, now }) => {
      const { planFees } = await import('./demo')
      return planFees(store, desk, now)
    }
  },
  bench: benchFeesAndArrears
}
