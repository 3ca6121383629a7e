import type { Db } from '../../../../db/open'
import { METER_KINDS, overLimit, patrolDue, type MeterKind } from '../../../../shared/checkin/rules'
import type { TrusteeshipReading, TrusteeshipSummary, TrusteeshipView } from '../../../../shared/checkin/trusteeship'
import { missingStartMeters } from '../../../../shared/checkin/trusteeship-rules'
import { localDate } from '../../../../shared/kernel/calendar'
import { reasonKey } from '../../../../shared/kernel/i18n'
import type { Locale } from '../../../../shared/kernel/locale'
import { message, type MessageKey } from '../../../../shared/messages'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { trusteeshipPercentOf } from '../fees/trusteeship-rate'
import { ownersOf } from '../households/room-records'
import { readCheckinSettings } from './settings-store'
import {
  insertReadings,
  insertTrusteeship,
  patrolsOf,
  readingsOf,
  runningIdOfRoom,
  trusteeshipById,
  type TrusteeshipRow
} from './trusteeship-queries'

/**
 * 房屋托管 as the screens read it: a trusteeship with its readings and patrols, and the two
 * checks the office cares about — a meter used more than the limit since the start (a leak, a
 * tap left running, someone inside) and a week without the outside patrol. Both are worked out
 * on reading, from the append-only rows, so nothing stored can disagree with them.
 */

export interface StartTrusteeship {
  roomId: number
  checkinId: number | null
  agreementSignedOn: string
  startedOn: string
  plannedTo: string | null
  notes: string
  readings: { kind: MeterKind; readingCenti: number }[]
}

export const meterKey = (kind: MeterKind): MessageKey => reasonKey('trusteeship.meter', kind)
export const centiText = (centi: number) => (centi / 100).toFixed(2)

/** '水表 12.50 / 电表 300.00' in the reader's language, for the audit line. */
export function readingsText(locale: Locale, readings: readonly { kind: MeterKind; readingCenti: number }[]): string {
  return readings.map((r) => `${message(locale, meterKey(r.kind))} ${centiText(r.readingCenti)}`).join(' / ')
}

export const fieldError = (field: string, text: string) => new AppError('VALIDATION', {}, { fields: { [field]: text } })

/** One reading per meter kind in a batch: two would leave "the latest" to the order of the rows. */
export function refuseMeterTwice(locale: Locale, readings: readonly { kind: MeterKind }[]): void {
  const seen = new Set<MeterKind>()
  readings.forEach((r, i) => {
    if (seen.has(r.kind)) throw fieldError(`readings.${i}.kind`, message(locale, 'field.trusteeshipMeterTwice'))
    seen.add(r.kind)
  })
}

/** TRUSTEESHIP_RUNNING when the room has a running trusteeship: one at a time, its readings are the record. */
export function refuseRunning(db: Db, roomId: number): void {
  const running = runningIdOfRoom(db, roomId)
  if (running === undefined) return
  const row = loadTrusteeship(db, running)
  throw new AppError('TRUSTEESHIP_RUNNING', { room: row.roomCode, from: row.startedOn }, { trusteeshipId: row.id })
}

/**
 * Starts a trusteeship inside the caller's transaction (the check-in's finish, or 登记托管 for a
 * home already in 托管): the row, the start readings and an audit row on the room's timeline. The
 * caller checks the dates and sets the room's status. Water and electricity must be read: the
 * limits are on them, and a meter without a start reading can never be checked.
 */
export function startTrusteeship(ctx: ServiceContext, start: StartTrusteeship): number {
  refuseMeterTwice(ctx.locale, start.readings)
  const missing = missingStartMeters(start.readings.map((r) => r.kind))[0]
  if (missing)
    throw fieldError('readings', message(ctx.locale, 'field.trusteeshipStartMeter', { meter: meterKey(missing) }))
  refuseRunning(ctx.db, start.roomId)
  const by = { at: ctx.now().toISOString(), staffId: ctx.requireSession().staffId }
  const id = insertTrusteeship(ctx.db, {
    roomId: start.roomId,
    checkinId: start.checkinId,
    agreementSignedOn: start.agreementSignedOn,
    startedOn: start.startedOn,
    plannedTo: start.plannedTo,
    notes: start.notes,
    createdAt: by.at,
    createdBy: by.staffId
  })
  insertReadings(
    ctx.db,
    id,
    start.readings.map((r) => ({ ...r, readOn: start.startedOn, phase: 'start' as const })),
    by
  )
  ctx.audit({
    roomId: start.roomId,
    entityType: 'trusteeship',
    entityId: id,
    summaryKey: 'audit.trusteeshipStart',
    summaryParams: {
      room: loadTrusteeship(ctx.db, id).roomCode,
      from: start.startedOn,
      readings: readingsText(ctx.locale, start.readings)
    }
  })
  return id
}

export const runningTrusteeshipId = (db: Db, roomId: number): number | null => runningIdOfRoom(db, roomId) ?? null

export function loadTrusteeship(db: Db, trusteeshipId: number): TrusteeshipRow {
  const row = trusteeshipById(db, trusteeshipId)
  if (!row) throw new AppError('NOT_FOUND', {}, { entity: 'trusteeship', id: trusteeshipId })
  return row
}

/** TRUSTEESHIP_ENDED for a trusteeship that has ended: its readings and patrols are the record. */
export function refuseEnded(row: TrusteeshipRow): void {
  if (row.endedOn !== null) throw new AppError('TRUSTEESHIP_ENDED', { room: row.roomCode, on: row.endedOn })
}

/** The first start reading of each meter: the baseline use is measured from. */
export function startReadings(readings: ReturnType<typeof readingsOf>): Map<MeterKind, number> {
  const starts = new Map<MeterKind, number>()
  for (const r of readings) if (r.phase === 'start' && !starts.has(r.kind)) starts.set(r.kind, r.readingCenti)
  return starts
}

/**
 * A meter's latest reading by date (and by entry within a day). Since readings are refused when
 * dated before a meter's latest one, date order and entry order agree; rows from before that rule
 * may not, and the date is what says which one shows the meter now.
 */
export function latestReading(
  readings: readonly TrusteeshipReading[],
  kind: MeterKind
): TrusteeshipReading | undefined {
  let latest: TrusteeshipReading | undefined
  for (const r of readings) if (r.kind === kind && (latest === undefined || r.readOn >= latest.readOn)) latest = r
  return latest
}

type Limits = ReturnType<typeof readCheckinSettings>['trusteeshipLimits']

/**
 * Use is measured from the start reading to the latest one: the limit bounds what the home used
 * while in trusteeship, and a meter only runs forward, so the latest reading holds all of it. Each
 * reading compared with the start on its own would let a later row dated back (or a lower one)
 * hide a use already over the limit.
 */
function overLimits(limits: Limits, readings: ReturnType<typeof readingsOf>): TrusteeshipSummary['overLimit'] {
  const starts = startReadings(readings)
  return METER_KINDS.flatMap((kind) => {
    const start = starts.get(kind)
    const latest = latestReading(readings, kind)
    if (start === undefined || latest === undefined) return []
    const limitCenti = limits[kind] * 100
    if (!overLimit(start, latest.readingCenti, limitCenti)) return []
    return [{ kind, usedCenti: latest.readingCenti - start, limitCenti }]
  })
}

type Parts = Pick<TrusteeshipView, 'readings' | 'patrols'>

function summaryOf(
  ctx: Pick<ServiceContext, 'db' | 'now'>,
  row: TrusteeshipRow,
  context: { owners: Map<number, string>; limits: Limits },
  parts: Parts
): TrusteeshipSummary {
  const lastWeekly = parts.patrols.find((p) => p.kind === 'weekly')?.patrolledOn ?? null
  return {
    id: row.id,
    roomId: row.roomId,
    roomCode: row.roomCode,
    ownerNames: context.owners.get(row.roomId) ?? '',
    startedOn: row.startedOn,
    plannedTo: row.plannedTo,
    endedOn: row.endedOn,
    feePercent: trusteeshipPercentOf(ctx.db, row.roomId),
    overLimit: overLimits(context.limits, parts.readings),
    lastWeeklyPatrolOn: lastWeekly,
    // An ended trusteeship is nobody's to patrol any more.
    patrolDue: row.endedOn === null && patrolDue(lastWeekly, localDate(ctx.now()))
  }
}

const partsOf = (db: Db, id: number): Parts => ({ readings: readingsOf(db, id), patrols: patrolsOf(db, id) })

/** The list rows, with their owners read in one query. */
export function trusteeshipSummaries(
  ctx: Pick<ServiceContext, 'db' | 'now'>,
  rows: readonly TrusteeshipRow[]
): TrusteeshipSummary[] {
  const context = {
    owners: ownersOf(
      ctx.db,
      rows.map((r) => r.roomId)
    ),
    limits: readCheckinSettings(ctx.db).trusteeshipLimits
  }
  return rows.map((row) => summaryOf(ctx, row, context, partsOf(ctx.db, row.id)))
}

/** One trusteeship with its readings (oldest first) and patrols (latest first). */
export function trusteeshipView(ctx: Pick<ServiceContext, 'db' | 'now'>, trusteeshipId: number): TrusteeshipView {
  const row = loadTrusteeship(ctx.db, trusteeshipId)
  const parts = partsOf(ctx.db, row.id)
  return {
    ...summaryOf(
      ctx,
      row,
      { owners: ownersOf(ctx.db, [row.roomId]), limits: readCheckinSettings(ctx.db).trusteeshipLimits },
      parts
    ),
    agreementSignedOn: row.agreementSignedOn,
    checkinId: row.checkinId,
    readings: parts.readings,
    patrols: parts.patrols,
    notes: row.notes
  }
}
