import { z } from 'zod'
import { query, mutation } from '../kernel/procedure'
import { ANY_ROLE, COUNTER_ROLES, SUPERVISORS, type Role } from '../kernel/roles'
import { id, optionalText, text } from '../kernel/fields'
import { isoDate } from '../domain/person-fields'
import type { RoomStatus } from '../domain/person-fields'
import type { WorkbookFile } from '../households/estate'
import { checkinSettingsInput, type CheckinSettings } from './settings'
import { stepSave, type StepData } from './steps'
import type { CheckinCase, CheckinDocument, CheckinStep } from './rules'
import { trusteeshipApi } from './trusteeship'
import { payInput } from '../fees/payment-input'
import type { ReceiptView } from '../fees/fees'

export const CHECKIN_CLERKS: readonly Role[] = COUNTER_ROLES
export const CHECKIN_ADMINS: readonly Role[] = [...SUPERVISORS, 'admin']

export type CheckinStatus = 'open' | 'done' | 'cancelled'

/** A room the counter may start a check-in for (未交付 or 空置, no check-in open). */
export interface CheckinCandidate {
  roomId: number
  roomCode: string
  status: RoomStatus
  ownerNames: string
  /** The open check-in of the room, when there is one (resume it instead). */
  openCheckinId: number | null
}

export interface CheckinSummary {
  id: number
  roomId: number
  roomCode: string
  ownerNames: string
  case: CheckinCase | null
  status: CheckinStatus
  /** The first step not yet complete (null when every step is). */
  currentStep: CheckinStep | null
  completedSteps: CheckinStep[]
  startedAt: string
  startedBy: string
  lastSavedAt: string
  finishedAt: string | null
  finishedBy: string | null
  /** Where the room went at the finish. */
  outcome: 'occupied' | 'trusteeship' | null
  cancelReason: string | null
  defects: number
}

/** What the household holds now, for the registration step (from households). */
export interface CheckinParty {
  relationId: number
  personId: number
  relation: 'owner' | 'coowner' | 'family' | 'tenant' | 'agent'
  kind: 'person' | 'company'
  name: string
  phoneMasked: string
  poaTo: string | null
}

/** The fees the room owes at move-in: the months to prepay and the one-off items, as the fees capability prices them. */
export interface MoveInFees {
  prepay: {
    itemId: number
    name: string
    months: number
    /** The first month's charge. */
    monthlyFen: number
    /** What the `months` months cost, each at its own rate and share. */
    amountFen: number
    fromPeriod: string
    /** Month by month from `fromPeriod`, as far as the counter may prepay: the rate in force and the trusteeship share. */
    monthly: { period: string; percent: number; amountFen: number }[]
  }[]
  oneOff: { itemId: number; name: string; amountFen: number }[]
  unpaidFen: number
  totalFen: number
}

export interface CheckinView extends CheckinSummary {
  roomStatus: RoomStatus
  roomAreaCenti: number
  settings: CheckinSettings
  /** Each saved step's data (absent until first saved). */
  steps: Partial<StepData>
  /** The required documents of the chosen case not yet verified (empty until a case is chosen). */
  missingDocuments: CheckinDocument[]
  parties: CheckinParty[]
  fees: MoveInFees
  /** The receipts taken for this room since the check-in started, to pick in the fees step. */
  receipts: { id: number; code: string; totalFen: number; issuedAt: string; status: 'valid' | 'void' }[]
  /** Work orders made from this check-in's defects (after the finish). */
  workOrderIds: number[]
  trusteeshipId: number | null
}

/** 入住通知单: one page per room, with what to bring for each case and the fees due at move-in. */
export interface MoveInNotice {
  roomId: number
  roomCode: string
  ownerNames: string
  areaCenti: number
  fees: MoveInFees
}

export const checkinApi = {
  candidates: query<CheckinCandidate[]>()(
    'checkin.candidates',
    z.strictObject({
      buildingId: id.optional(),
      /** Part of a room code, or an owner's name, pinyin initials or phone's last 4 digits (the households' search). */
      text: optionalText(40).default(''),
      limit: z.number().int().min(1).max(500).default(100)
    }),
    ANY_ROLE
  ),
  /** One open check-in per room; the room must be 未交付 or 空置. */
  start: mutation<CheckinView>()('checkin.start', z.strictObject({ roomId: id }), CHECKIN_CLERKS),
  get: query<CheckinView>()('checkin.get', z.strictObject({ checkinId: id }), ANY_ROLE),
  /** The open (paused) check-ins, oldest first, with who started them and when. */
  open: query<CheckinSummary[]>()('checkin.open', z.strictObject({}), ANY_ROLE),
  list: query<CheckinSummary[]>()(
    'checkin.list',
    z.strictObject({
      from: isoDate.optional(),
      to: isoDate.optional(),
      status: z.enum(['open', 'done', 'cancelled']).optional(),
      roomId: id.optional(),
      limit: z.number().int().min(1).max(2000).default(500)
    }),
    ANY_ROLE
  ),
  export: query<WorkbookFile>()(
    'checkin.export',
    z.strictObject({
      from: isoDate.optional(),
      to: isoDate.optional(),
      status: z.enum(['open', 'done', 'cancelled']).optional()
    }),
    ANY_ROLE
  ),
  /**
   * Saves one step. `complete: false` keeps a draft as entered (pause and resume); `complete: true`
   * checks the step in full and refuses with what is missing (CHECKIN_STEP_INCOMPLETE).
   */
  saveStep: mutation<CheckinView>()(
    'checkin.saveStep',
    z.strictObject({ checkinId: id, save: stepSave, complete: z.boolean() }),
    CHECKIN_CLERKS
  ),
  /**
   * 入住收费: fees.pay's payment and receipt for the check-in's room, the prepaid months inside the
   * trusteeship the check-in answered at the trusteeship share.
   */
  pay: mutation<ReceiptView>()('checkin.pay', payInput.extend({ checkinId: id }), CHECKIN_CLERKS),
  /**
   * Every step complete: the room becomes 已入住 (or 托管), the household file marks what was
   * verified and signed, each defect becomes a work order, the meter readings become the room's
   * first readings, a trusteeship starts — all in one transaction.
   */
  finish: mutation<CheckinView>()('checkin.finish', z.strictObject({ checkinId: id }), CHECKIN_CLERKS),
  cancel: mutation<CheckinView>()(
    'checkin.cancel',
    z.strictObject({ checkinId: id, reason: text(200) }),
    CHECKIN_CLERKS
  ),
  notices: query<MoveInNotice[]>()(
    'checkin.notices',
    z.strictObject({ roomIds: z.array(id).min(1).max(500) }),
    ANY_ROLE
  ),
  settings: query<CheckinSettings>()('checkin.settings', z.strictObject({}), ANY_ROLE),
  saveSettings: mutation<CheckinSettings>()('checkin.saveSettings', checkinSettingsInput, CHECKIN_ADMINS)
}

/** The check-in capability's contract groups: the procedure and the trusteeships it starts. */
export const checkinContract = { checkin: checkinApi, trusteeship: trusteeshipApi } as const
