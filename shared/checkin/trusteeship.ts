import { z } from 'zod'
import { query, mutation } from '../kernel/procedure'
import { ANY_ROLE, COUNTER_ROLES } from '../kernel/roles'
import { id, optionalText, text } from '../kernel/fields'
import { isoDate } from '../domain/person-fields'
import { quantity } from '../domain/money-fields'
import { METER_KINDS, type MeterKind } from './rules'

/**
 * 房屋托管: a home whose owner does not live there yet. The meters are read at the start and
 * checked against the limits; the home is patrolled from outside every week and before and
 * after heavy rain; ending it records the readings and the room becomes 已入住.
 */

export const PATROL_KINDS = ['weekly', 'beforeRain', 'afterRain'] as const
export type PatrolKind = (typeof PATROL_KINDS)[number]

export interface TrusteeshipReading {
  id: number
  kind: MeterKind
  readingCenti: number
  readOn: string
  phase: 'start' | 'check' | 'end'
  staffName: string
}

export interface TrusteeshipPatrol {
  id: number
  kind: PatrolKind
  patrolledOn: string
  patrolledBy: string
  findings: string
  staffName: string
}

export interface TrusteeshipSummary {
  id: number
  roomId: number
  roomCode: string
  ownerNames: string
  startedOn: string
  plannedTo: string | null
  endedOn: string | null
  /** The property fee's share while in trusteeship (the fee item's setting, e.g. 70). */
  feePercent: number
  /** Meters whose use from the start to the latest reading is above the limit, with the use in hundredths. */
  overLimit: { kind: MeterKind; usedCenti: number; limitCenti: number }[]
  lastWeeklyPatrolOn: string | null
  /** No weekly patrol recorded since this week's Monday. */
  patrolDue: boolean
}

export interface TrusteeshipView extends TrusteeshipSummary {
  agreementSignedOn: string
  checkinId: number | null
  readings: TrusteeshipReading[]
  patrols: TrusteeshipPatrol[]
  notes: string
}

const readingsInput = z
  .array(z.strictObject({ kind: z.enum(METER_KINDS), reading: quantity }))
  .min(1)
  .max(3)

export const trusteeshipApi = {
  /** The trusteeships running now (or also ended ones), with over-limit and patrol-due flags. */
  list: query<TrusteeshipSummary[]>()(
    'trusteeship.list',
    z.strictObject({ includeEnded: z.boolean().default(false) }),
    ANY_ROLE
  ),
  get: query<TrusteeshipView>()('trusteeship.get', z.strictObject({ trusteeshipId: id }), ANY_ROLE),
  /** The running trusteeship of a room, or null. */
  ofRoom: query<TrusteeshipView | null>()('trusteeship.ofRoom', z.strictObject({ roomId: id }), ANY_ROLE),
  /** For the 工作台 and the household page: running trusteeships over a limit or due a patrol. */
  attention: query<TrusteeshipSummary[]>()('trusteeship.attention', z.strictObject({}), ANY_ROLE),
  /**
   * 登记托管: a home already in 托管 (the estate's older records, before FrontDesk) gets its
   * trusteeship outside a check-in, with the agreement's date, the period and the start readings
   * (water and electricity at least) — the bounds the check-in's trusteeship step applies.
   */
  register: mutation<TrusteeshipView>()(
    'trusteeship.register',
    z.strictObject({
      roomId: id,
      agreementSignedOn: isoDate,
      startedOn: isoDate,
      plannedTo: isoDate.nullable().default(null),
      readings: readingsInput,
      notes: optionalText(200).default('')
    }),
    COUNTER_ROLES
  ),
  /** A meter check: dated from the latest reading of each meter to today, never below the previous reading. */
  reading: mutation<TrusteeshipView>()(
    'trusteeship.reading',
    z.strictObject({ trusteeshipId: id, readOn: isoDate, readings: readingsInput }),
    COUNTER_ROLES
  ),
  patrol: mutation<TrusteeshipView>()(
    'trusteeship.patrol',
    z.strictObject({
      trusteeshipId: id,
      kind: z.enum(PATROL_KINDS),
      patrolledOn: isoDate,
      patrolledBy: text(30),
      findings: optionalText(300).default('')
    }),
    COUNTER_ROLES
  ),
  /** Ends the trusteeship with the readings of the day; the room becomes 已入住. */
  end: mutation<TrusteeshipView>()(
    'trusteeship.end',
    z.strictObject({
      trusteeshipId: id,
      endedOn: isoDate,
      readings: readingsInput,
      note: optionalText(200).default('')
    }),
    COUNTER_ROLES
  )
}
