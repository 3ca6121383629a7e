import { z } from 'zod'
import { query, mutation } from '../kernel/procedure'
import { ANY_ROLE } from '../kernel/roles'
import { id, optionalText, text } from '../kernel/fields'
import { isoDate } from '../domain/person-fields'
import { period } from '../domain/money-fields'
import { CASHIERS } from './fees'
import type { WorkbookFile } from '../households/estate'
import type { AgeBucket } from './arrears-rules'

export { AGE_BUCKETS, type AgeBucket } from './arrears-rules'

/** The steps of the chase (催缴), in the order the office takes them. */
export const REMINDER_KINDS = ['phone', 'sms', 'letter', 'visit', 'legal'] as const
export type ReminderKind = (typeof REMINDER_KINDS)[number]
export const ARREARS_SORTS = ['amount', 'age', 'room'] as const

export interface LastReminder {
  kind: ReminderKind
  at: string
  outcome: string
}

/** One room that owes money past its due date. */
export interface ArrearsRow {
  roomId: number
  roomCode: string
  buildingCode: string
  /** Current owners and co-owners, '、'-separated. */
  owners: string
  /** The first owner's first phone, masked; '' when none is on file. */
  phoneMasked: string
  overdueFen: number
  overdueCount: number
  oldestDue: string
  /** Months the oldest overdue receivable has been overdue; a month begun counts (see shared/domain/arrears.ts). */
  ageMonths: number
  bucket: AgeBucket
  lastReminder: LastReminder | null
  /**
   * A phone reminder made while this debt was already overdue is 3 months old or more, the room
   * still owes, and no demand letter (or legal step) has followed it: time for a 催缴函.
   */
  demandLetterDue: boolean
  /** The phone reminder that started the 3-month clock, if any. */
  phoneReminderAt: string | null
}

export interface ArrearsList {
  /** The day the list is as of (the counter's date). */
  asOf: string
  /** Rooms matching the filters, before the limit. */
  total: number
  totalFen: number
  rows: ArrearsRow[]
}

/**
 * 今日催缴: the rooms to phone today — past due, a phone on file, no reminder of any kind in the
 * last CALL_QUIET_DAYS days, not yet due a demand letter (the letter's turn, not another call);
 * largest amount first.
 */
export interface ArrearsCallList {
  asOf: string
  /** Rooms that qualify, before the limit. */
  total: number
  rows: ArrearsRow[]
  /** The signed-in role may reveal a row's phone for the call (arrears.revealPhone). */
  mayCall: boolean
}

export interface ArrearsSummary {
  asOf: string
  rooms: number
  totalFen: number
  demandLettersDue: number
  buckets: { bucket: AgeBucket; rooms: number; fen: number }[]
  buildings: {
    buildingId: number
    buildingCode: string
    rooms: number
    fen: number
    byBucket: Record<AgeBucket, number>
  }[]
}

export interface ReminderView {
  id: number
  roomId: number
  kind: ReminderKind
  outcome: string
  nextStep: string
  /** What the room owed past due when the reminder was made. */
  amountFen: number
  at: string
  staffName: string
}

export interface NoticeLine {
  itemName: string
  category: string
  /** 'YYYY-MM' for monthly charges, 'from～to' for the others. */
  periodLabel: string
  dueOn: string
  amountFen: number
  /** Already past due on the day the notice is issued (arrears carried into this notice). */
  overdue: boolean
}

/** 付款请求书 of one room. */
export interface PaymentNotice {
  roomId: number
  roomCode: string
  /** '3栋2单元1502' in the counter's language. */
  roomDisplay: string
  ownerNames: string
  lines: NoticeLine[]
  totalFen: number
  /** 人民币大写 of the total. */
  totalCapital: string
  /** The part of the total that was already overdue. */
  overdueFen: number
}

export interface PaymentNotices {
  companyName: string
  estateName: string
  period: string
  dueOn: string
  issuedOn: string
  notices: PaymentNotice[]
}

/** 催缴函 of one room. */
export interface DemandLetter {
  companyName: string
  estateName: string
  roomId: number
  roomCode: string
  roomDisplay: string
  ownerNames: string
  issuedOn: string
  /** Pay by this day: 15 days after the letter. */
  deadline: string
  lines: (NoticeLine & { ageMonths: number })[]
  totalFen: number
  totalCapital: string
  oldestDue: string | null
  ageMonths: number
  /** Every reminder so far, oldest first: the letter recites them. */
  reminders: ReminderView[]
  demandLetterDue: boolean
}

const listFilters = {
  buildingId: id.optional(),
  /** Only rooms whose oldest overdue amount is at least this many months overdue. */
  minAgeMonths: z.number().int().min(1).max(600).optional(),
  /** Only rooms flagged for a demand letter. */
  demandLetterDue: z.boolean().optional(),
  sort: z.enum(ARREARS_SORTS),
  /** Default: largest amount, oldest debt, room order. */
  order: z.enum(['asc', 'desc']).optional()
}

export const arrearsApi = {
  /** mayCall: the signed-in role may reveal a row's phone for a 催缴 call (arrears.revealPhone). */
  list: query<ArrearsList & { mayCall: boolean }>()(
    'arrears.list',
    z.strictObject({ ...listFilters, limit: z.number().int().min(1).max(2000).default(500) }),
    ANY_ROLE
  ),
  summary: query<ArrearsSummary>()('arrears.summary', z.strictObject({}), ANY_ROLE),
  /** 今日催缴 for the 工作台: the first rooms of the day's call list and how many there are. */
  callList: query<ArrearsCallList>()(
    'arrears.callList',
    z.strictObject({ limit: z.number().int().min(1).max(50).default(8) }),
    ANY_ROLE
  ),
  /** A reminder made (phone, SMS, letter, visit, legal) with its outcome; on the household timeline. */
  remind: mutation<ReminderView>()(
    'arrears.remind',
    z.strictObject({
      roomId: id,
      kind: z.enum(REMINDER_KINDS),
      outcome: text(200),
      nextStep: optionalText(200).default('')
    }),
    CASHIERS
  ),
  reminders: query<ReminderView[]>()('arrears.reminders', z.strictObject({ roomId: id }), ANY_ROLE),
  /**
   * 付款请求书 for a period: every room that owes anything up to that period, itemised, due on the
   * period's due day (the 20th unless told). Rooms: a building, chosen rooms, or the whole estate.
   */
  notices: query<PaymentNotices>()(
    'arrears.notices',
    z.strictObject({
      period,
      buildingId: id.optional(),
      roomIds: z.array(id).min(1).max(5000).optional(),
      dueDay: z.number().int().min(1).max(31).default(20),
      issuedOn: isoDate.optional()
    }),
    ANY_ROLE
  ),
  /** After the notices went out: one line on each room's timeline. */
  noticesSent: mutation<{ rooms: number }>()(
    'arrears.noticesSent',
    z.strictObject({ period, dueOn: isoDate, roomIds: z.array(id).min(1).max(30_000) }),
    CASHIERS
  ),
  demandLetter: query<DemandLetter>()('arrears.demandLetter', z.strictObject({ roomId: id }), ANY_ROLE),
  export: query<WorkbookFile>()('arrears.export', z.strictObject(listFilters), ANY_ROLE),
  /**
   * 催缴电话: the phone the list shows masked (the first owner's first phone) of a room that owes
   * past due, for the roles in settings.callRevealRoles (default clerk and cashier) and those who
   * may reveal anything; audited on the room's timeline like every reveal.
   */
  revealPhone: mutation<{ value: string; name: string }>()(
    'arrears.revealPhone',
    z.strictObject({ roomId: id }),
    ANY_ROLE
  )
}
