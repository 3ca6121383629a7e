import { z } from 'zod'
import { query } from '../kernel/procedure'
import { ANY_ROLE, type Role } from '../kernel/roles'
import { id, text } from '../kernel/fields'
import { isoDate } from '../domain/person-fields'
import { period } from '../domain/money-fields'
import { FEE_ADMINS, type PaymentMethod } from './fees'
import type { WorkbookFile } from '../households/estate'

/** The books (应收 / 实收 / 欠收) are for the fee administrators and the cashier (财物管理员). */
export const LEDGER_READERS: readonly Role[] = [...FEE_ADMINS, 'cashier']

export interface CountFen {
  count: number
  fen: number
}

export interface DailyVoid {
  code: string
  roomCode: string
  totalFen: number
  issuedAt: string
  voidedAt: string
  reason: string
  /** Who issued the receipt, and who voided it. */
  staffName: string
  voidedBy: string
  /** Issued on an earlier day and voided on this one. */
  issuedEarlier: boolean
}

/** 收款日报: valid receipts of one day; refunds count negative; voided receipts are listed apart. */
export interface DailyCollection {
  date: string
  /** Receipt lines by item: count = lines. */
  byItem: { category: string; itemName: string; count: number; fen: number }[]
  /** Payments by method: count = payments. */
  byMethod: { method: PaymentMethod; count: number; fen: number }[]
  /** Receipts by the clerk who issued them: count = receipts. */
  byClerk: { staffId: number; staffName: string; count: number; fen: number }[]
  payments: CountFen
  refunds: CountFen
  /** payments + refunds: what the drawer should hold beyond its float. */
  total: CountFen
  voids: DailyVoid[]
  voidTotal: CountFen
  /**
   * The hash (db/chain.ts) of each series' last receipt issued by the day's end: printed on the
   * paper report, it anchors the receipt chain outside the database (npm run verify checks it).
   */
  chainHeads: { code: string; hash: string | null }[]
}

export interface LedgerRow {
  period: string
  itemId: number
  itemName: string
  category: string
  buildingId: number
  buildingCode: string
  receivableFen: number
  /** Settled by a valid receipt. */
  receivedFen: number
  /** Unpaid and past due today. */
  arrearsFen: number
  /** Unpaid, not yet due: receivable = received + arrears + notDue. */
  notDueFen: number
}

export interface Ledger {
  fromPeriod: string
  toPeriod: string
  asOf: string
  rows: LedgerRow[]
  totals: { receivableFen: number; receivedFen: number; arrearsFen: number; notDueFen: number }
}

export type RegisterStatus = 'valid' | 'void' | 'refund'

export interface RegisterEntry {
  number: number
  code: string
  status: RegisterStatus
  kind: 'payment' | 'refund'
  roomCode: string
  payerName: string
  totalFen: number
  issuedAt: string
  staffName: string
  voidReason: string | null
  refersToCode: string | null
}

export interface SpoiledPaper {
  bookLabel: string
  paperNumber: number
  reason: string
  at: string
  staffName: string
}

/** 收据登记簿 of one series: every number in order, and the gap check that must come out empty. */
export interface ReceiptRegister {
  prefix: string
  counterName: string
  lastNumber: number
  entries: RegisterEntry[]
  spoiled: SpoiledPaper[]
  /** Numbers 1…lastNumber with no receipt: always over the whole series, whatever the dates asked. */
  gaps: number[]
  /** Receipts numbered past lastNumber (the series counter went back): must be empty too. */
  beyondLast: number[]
  totals: Record<RegisterStatus, CountFen>
}

export interface SeriesView {
  prefix: string
  counterName: string
  lastNumber: number
  active: boolean
}

const periodRange = z
  .strictObject({ fromPeriod: period, toPeriod: period, buildingId: id.optional() })
  .refine((r) => r.fromPeriod <= r.toPeriod, { message: 'field.rangeOrder', path: ['toPeriod'] })
const registerInput = z.strictObject({ seriesPrefix: text(20), from: isoDate.optional(), to: isoDate.optional() })

export const reportsApi = {
  dailyCollection: query<DailyCollection>()('reports.dailyCollection', z.strictObject({ date: isoDate }), ANY_ROLE),
  ledger: query<Ledger>()('reports.ledger', periodRange, LEDGER_READERS),
  /** The receipt series this office has used, newest first: the register is asked per series. */
  series: query<SeriesView[]>()('reports.series', z.strictObject({}), ANY_ROLE),
  register: query<ReceiptRegister>()('reports.register', registerInput, ANY_ROLE),
  /** The same reports as Excel; the ledger still only for LEDGER_READERS (checked by the service). */
  export: query<WorkbookFile>()(
    'reports.export',
    z.discriminatedUnion('report', [
      z.strictObject({ report: z.literal('daily'), date: isoDate }),
      z.strictObject({ report: z.literal('ledger'), fromPeriod: period, toPeriod: period, buildingId: id.optional() }),
      z.strictObject({
        report: z.literal('register'),
        seriesPrefix: text(20),
        from: isoDate.optional(),
        to: isoDate.optional()
      })
    ]),
    ANY_ROLE
  )
}
