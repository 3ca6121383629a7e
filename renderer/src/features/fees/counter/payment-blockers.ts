import { formatFen, parseYuan } from '@shared/domain/money'
import type { Translate } from '../../../lib/i18n'

export interface PaymentState {
  totalFen: number
  /** Items whose prepay months are not a whole number of months. */
  invalidMonths: boolean
  payerName: string | undefined
  amounts: (string | undefined)[]
  paidFen: number
  tendered: string | undefined
  /** Tendered minus the cash part; null while nothing (valid) is tendered. */
  changeFen: number | null
}

/**
 * Why the payment cannot be confirmed yet, in the order the clerk would fix it: F9 says these
 * instead of doing nothing, and the 收款 button stays disabled while there is one.
 */
export function paymentBlockers(t: Translate, s: PaymentState): string[] {
  const reasons: string[] = []
  if (s.invalidMonths) reasons.push(t('fees.blocked.months'))
  if (s.totalFen <= 0 && !s.invalidMonths) reasons.push(t('fees.blocked.nothing'))
  if (!s.payerName?.trim()) reasons.push(t('fees.blocked.payer'))
  const badAmount = s.amounts.some((a) => !parseYuan(a ?? '', { allowZero: true }).ok)
  if (badAmount) reasons.push(t('fees.blocked.amount'))
  else if (s.totalFen > 0 && s.paidFen !== s.totalFen)
    reasons.push(t('fees.paymentsNotEqual', { paid: formatFen(s.paidFen), total: formatFen(s.totalFen) }))
  if (s.tendered?.trim() && !parseYuan(s.tendered).ok) reasons.push(t('fees.blocked.tendered'))
  else if (s.changeFen !== null && s.changeFen < 0) reasons.push(t('fees.tenderedShort'))
  return reasons
}
