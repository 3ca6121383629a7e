import { z } from 'zod'
import { query, mutation } from '../kernel/procedure'
import { ANY_ROLE, COUNTER_ROLES, type Role } from '../kernel/roles'
import { id, optionalText, text } from '../kernel/fields'
import { isoDate, ROOM_TYPES, type RoomType } from '../domain/person-fields'
import { period, price, quantity, yuan } from '../domain/money-fields'

export const FEE_CATEGORIES = [
  'property',
  'water',
  'electricity',
  'gas',
  'parking',
  'garbage',
  'renovationDeposit',
  'paidService',
  'other'
] as const
export const FEE_METHODS = ['perArea', 'fixedMonthly', 'metered', 'oneOffFixed', 'oneOffPerArea', 'deposit'] as const
import { PAYMENT_METHODS, payInput } from './payment-input'

export { PAYMENT_METHODS, payInput }
export type FeeCategory = (typeof FEE_CATEGORIES)[number]
export type FeeMethod = (typeof FEE_METHODS)[number]
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

/** Fee standards are set by the service supervisor and up. */
export const FEE_ADMINS: readonly Role[] = ['supervisor', 'manager', 'admin']
/** Taking money: the counter (clerks, the cashier, supervisors, the manager). */
export const CASHIERS: readonly Role[] = COUNTER_ROLES

export interface FeeItemView {
  id: number
  name: string
  category: FeeCategory
  method: FeeMethod
  roomTypes: RoomType[]
  dueDay: number
  trusteeshipPercent: number
  meterKind: 'water' | 'electricity' | 'gas' | null
  active: boolean
  sortKey: number
  /** The price in force today, and every price with its start date (newest first). */
  priceE4: number | null
  rates: { priceE4: number; effectiveFrom: string }[]
}

export interface ReceivableView {
  id: number
  roomId: number
  itemId: number
  itemName: string
  category: FeeCategory
  period: string | null
  periodFrom: string
  periodTo: string
  quantityCenti: number
  priceE4: number
  months: number
  percent: number
  amountFen: number
  dueOn: string
  source: 'billing' | 'prepay' | 'meter' | 'adhoc'
  note: string
  /** Past its due date and unpaid. */
  overdue: boolean
  paidReceiptCode: string | null
}

export interface RoomAccount {
  roomId: number
  unpaid: ReceivableView[]
  unpaidTotalFen: number
  overdueTotalFen: number
  /** Monthly items the room can prepay, with the next period not yet billed. */
  prepayable: { itemId: number; name: string; nextPeriod: string; monthlyFen: number }[]
  recentReceipts: ReceiptSummary[]
}

export interface ReceiptSummary {
  id: number
  code: string
  kind: 'payment' | 'refund'
  roomId: number
  roomCode: string
  payerName: string
  totalFen: number
  issuedAt: string
  staffName: string
  status: 'valid' | 'void'
  printCount: number
  /** A valid payment that holds a deposit no valid refund has returned yet. */
  refundable: boolean
  /** A valid refund has returned this payment's deposit: it cannot be voided until that refund is. */
  refunded: boolean
}

/**
 * A line as shown and printed. Consecutive months of one item at the same monthly amount are one
 * line ('2026-11 至 2027-10', 12 months, monthlyFen × 12); the receipt keeps a row per month.
 */
export interface ReceiptLineView {
  itemName: string
  category: string
  periodLabel: string
  priceE4: number | null
  quantityCenti: number | null
  months: number | null
  /** The amount of one month, when the line covers several. */
  monthlyFen: number | null
  amountFen: number
}

export interface ReceiptView extends ReceiptSummary {
  lines: ReceiptLineView[]
  payments: { method: PaymentMethod; amountFen: number; tenderedFen: number | null; changeFen: number | null }[]
  payerPhoneMasked: string
  remarks: string
  refersToCode: string | null
  void: { reason: string; at: string; staffName: string; approverName: string | null } | null
  /** The clerk who issued it may void it alone during the same open shift; others need a supervisor. */
  voidNeedsApproval: boolean
}

const feeItemInput = {
  name: text(30),
  category: z.enum(FEE_CATEGORIES),
  method: z.enum(FEE_METHODS),
  roomTypes: z.array(z.enum(ROOM_TYPES)).min(1).max(ROOM_TYPES.length),
  dueDay: z.number().int().min(1).max(31).default(20),
  trusteeshipPercent: z.number().int().min(0).max(100).default(100),
  meterKind: z.enum(['water', 'electricity', 'gas']).nullable().default(null),
  active: z.boolean().default(true),
  sortKey: z.number().int().min(0).max(10_000).default(0)
}

export const feesApi = {
  items: query<FeeItemView[]>()('fees.items', z.strictObject({}), ANY_ROLE),
  saveItem: mutation<FeeItemView>()(
    'fees.saveItem',
    z.strictObject({ id: id.optional(), ...feeItemInput, price: price.optional(), effectiveFrom: isoDate.optional() }),
    FEE_ADMINS
  ),
  /** A new price from a date; earlier periods keep the price they were billed at. */
  setPrice: mutation<FeeItemView>()(
    'fees.setPrice',
    z.strictObject({ itemId: id, price, effectiveFrom: isoDate }),
    FEE_ADMINS
  ),
  /** 生成账单: one receivable per applicable room for the period; running it again adds only what is missing. */
  generateBills: mutation<{ created: number; skipped: number; totalFen: number }>()(
    'fees.generateBills',
    z.strictObject({ period, itemIds: z.array(id).min(1).max(50) }),
    FEE_ADMINS
  ),
  /** 抄表: readings for many rooms at once, each producing a metered charge. */
  enterReadings: mutation<{ created: number; totalFen: number }>()(
    'fees.enterReadings',
    z.strictObject({
      itemId: id,
      readOn: isoDate,
      readings: z
        .array(z.strictObject({ roomId: id, reading: quantity, replacement: z.boolean().default(false) }))
        .min(1)
        .max(5000)
    }),
    CASHIERS
  ),
  lastReadings: query<{ roomId: number; readingCenti: number; readOn: string }[]>()(
    'fees.lastReadings',
    z.strictObject({ itemId: id, roomIds: z.array(id).max(5000) }),
    ANY_ROLE
  ),
  /** A one-off or paid-service charge for one room. */
  addCharge: mutation<ReceivableView>()(
    'fees.addCharge',
    z.strictObject({
      roomId: id,
      itemId: id,
      quantity: quantity.optional(),
      amount: yuan().optional(),
      note: optionalText(100).default('')
    }),
    CASHIERS
  ),
  account: query<RoomAccount>()('fees.account', z.strictObject({ roomId: id }), ANY_ROLE),
  /**
   * Taking a payment: the chosen receivables and/or N months prepaid, paid by one or several
   * methods, in one transaction with its receipt number. The total the payer confirmed must
   * match, or nothing happens.
   */
  pay: mutation<ReceiptView>()('fees.pay', payInput, CASHIERS),
  receipts: query<ReceiptSummary[]>()(
    'fees.receipts',
    z.strictObject({
      roomId: id.optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      code: optionalText(20).optional(),
      limit: z.number().int().min(1).max(500).default(100)
    }),
    ANY_ROLE
  ),
  receipt: query<ReceiptView>()('fees.receipt', z.strictObject({ receiptId: id }), ANY_ROLE),
  void: mutation<ReceiptView>()('fees.void', z.strictObject({ receiptId: id, reason: text(200) }), CASHIERS),
  /** 退款 (a deposit's return less itemised deductions): a new negative receipt, with manager approval. */
  refund: mutation<ReceiptView>()(
    'fees.refund',
    z.strictObject({
      receiptId: id,
      deductions: z
        .array(z.strictObject({ description: text(60), amount: yuan() }))
        .max(10)
        .default([]),
      method: z.enum(PAYMENT_METHODS),
      reason: text(200)
    }),
    CASHIERS
  )
}
