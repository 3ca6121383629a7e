import { api } from '../../../../shared/api'
import type { MeterKind } from '../../../../shared/checkin/rules'
import { localDate } from '../../../../shared/kernel/calendar'
import { reasonKey } from '../../../../shared/kernel/i18n'
import { message } from '../../../../shared/messages'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { setRoomStatus } from '../households/room-handover'
import {
  centiText,
  fieldError,
  latestReading,
  loadTrusteeship,
  meterKey,
  readingsText,
  refuseEnded,
  refuseMeterTwice,
  runningTrusteeshipId,
  trusteeshipSummaries,
  trusteeshipView
} from './trusteeship-records'
import { registerHandler } from './trusteeship-register'
import {
  addNote,
  closeTrusteeship,
  insertPatrol,
  insertReadings,
  readingsOf,
  trusteeshipRows,
  type TrusteeshipRow
} from './trusteeship-queries'

/**
 * The trusteeship.* procedures: the list and the 工作台's attention list, one trusteeship or a
 * room's running one, and the three things the counter records — a meter check, an outside
 * patrol, the end (the owner moves in: end readings, the room becomes 已入住). 登记托管 (a home
 * already in 托管 without a record) is trusteeship-register.ts.
 */

const by = (ctx: ServiceContext) => ({ at: ctx.now().toISOString(), staffId: ctx.requireSession().staffId })

/** A date the counter enters: not after today, not before the trusteeship started. */
function checkDate(ctx: ServiceContext, row: TrusteeshipRow, field: string, date: string): void {
  const today = localDate(ctx.now())
  if (date > today) throw fieldError(field, message(ctx.locale, 'field.trusteeshipFuture', { today }))
  if (date < row.startedOn)
    throw fieldError(field, message(ctx.locale, 'field.trusteeshipBeforeStart', { on: row.startedOn }))
}

/**
 * A check or end reading follows each meter's latest one: not dated before it (a reading dated back
 * would sit behind the latest and hide what the home used since) and not below it — a meter only
 * runs forward, so a lower number is a misread or another meter. Trusteeship readings record no
 * meter replacement; a replaced meter ends the trusteeship (read the other meters) and a new one
 * is registered from the new meter's reading.
 */
function checkReadings(
  ctx: ServiceContext,
  row: TrusteeshipRow,
  at: { field: string; date: string },
  readings: { kind: MeterKind; reading: number }[]
) {
  refuseMeterTwice(ctx.locale, readings)
  checkDate(ctx, row, at.field, at.date)
  const recorded = readingsOf(ctx.db, row.id)
  readings.forEach((r, i) => {
    const previous = latestReading(recorded, r.kind)
    if (previous === undefined) return
    if (at.date < previous.readOn)
      throw fieldError(
        at.field,
        message(ctx.locale, 'field.trusteeshipBeforeLatest', { meter: meterKey(r.kind), on: previous.readOn })
      )
    if (r.reading < previous.readingCenti)
      throw new AppError(
        'TRUSTEESHIP_READING_LOWER',
        {
          meter: meterKey(r.kind),
          reading: centiText(r.reading),
          previous: centiText(previous.readingCenti),
          on: previous.readOn
        },
        { field: `readings.${i}.reading` }
      )
  })
  return readings.map((r) => ({ kind: r.kind, readingCenti: r.reading }))
}

/** The trusteeship to record on: there, and not ended. */
function openTrusteeship(ctx: ServiceContext, trusteeshipId: number): TrusteeshipRow {
  const row = loadTrusteeship(ctx.db, trusteeshipId)
  refuseEnded(row)
  return row
}

const list = handle(api.trusteeship.list, {
  run: (ctx, input) => trusteeshipSummaries(ctx, trusteeshipRows(ctx.db, input.includeEnded))
})

const get = handle(api.trusteeship.get, { run: (ctx, input) => trusteeshipView(ctx, input.trusteeshipId) })

const ofRoom = handle(api.trusteeship.ofRoom, {
  run(ctx, input) {
    const id = runningTrusteeshipId(ctx.db, input.roomId)
    return id === null ? null : trusteeshipView(ctx, id)
  }
})

const attention = handle(api.trusteeship.attention, {
  run: (ctx) =>
    trusteeshipSummaries(ctx, trusteeshipRows(ctx.db, false)).filter((t) => t.overLimit.length > 0 || t.patrolDue)
})

const reading = handle(api.trusteeship.reading, {
  run(ctx, input) {
    const row = openTrusteeship(ctx, input.trusteeshipId)
    const readings = checkReadings(ctx, row, { field: 'readOn', date: input.readOn }, input.readings)
    insertReadings(
      ctx.db,
      row.id,
      readings.map((r) => ({ ...r, readOn: input.readOn, phase: 'check' as const })),
      by(ctx)
    )
    ctx.audit({
      roomId: row.roomId,
      entityType: 'trusteeship',
      entityId: row.id,
      summaryKey: 'audit.trusteeshipReading',
      summaryParams: { room: row.roomCode, on: input.readOn, readings: readingsText(ctx.locale, readings) }
    })
    return trusteeshipView(ctx, row.id)
  }
})

const patrol = handle(api.trusteeship.patrol, {
  run(ctx, input) {
    const row = openTrusteeship(ctx, input.trusteeshipId)
    checkDate(ctx, row, 'patrolledOn', input.patrolledOn)
    insertPatrol(
      ctx.db,
      row.id,
      { kind: input.kind, patrolledOn: input.patrolledOn, patrolledBy: input.patrolledBy, findings: input.findings },
      by(ctx)
    )
    ctx.audit({
      roomId: row.roomId,
      entityType: 'trusteeship',
      entityId: row.id,
      summaryKey: 'audit.trusteeshipPatrol',
      summaryParams: {
        room: row.roomCode,
        kind: reasonKey('trusteeship.patrol', input.kind),
        on: input.patrolledOn,
        by: input.patrolledBy
      }
    })
    return trusteeshipView(ctx, row.id)
  }
})

/** 结束托管: the end readings, the end date, and the room handed to its owner (已入住). */
const end = handle(api.trusteeship.end, {
  run(ctx, input) {
    const row = openTrusteeship(ctx, input.trusteeshipId)
    const readings = checkReadings(ctx, row, { field: 'endedOn', date: input.endedOn }, input.readings)
    const who = by(ctx)
    insertReadings(
      ctx.db,
      row.id,
      readings.map((r) => ({ ...r, readOn: input.endedOn, phase: 'end' as const })),
      who
    )
    closeTrusteeship(ctx.db, row.id, input.endedOn, who.staffId)
    // The note goes with the trusteeship's own notes, so the household page shows why it ended.
    if (input.note !== '') addNote(ctx.db, row.id, row.notes === '' ? input.note : `${row.notes}\n${input.note}`)
    setRoomStatus(ctx.db, row.roomId, 'occupied')
    ctx.audit({
      roomId: row.roomId,
      entityType: 'trusteeship',
      entityId: row.id,
      summaryKey: 'audit.trusteeshipEnd',
      summaryParams: { room: row.roomCode, on: input.endedOn, readings: readingsText(ctx.locale, readings) }
    })
    return trusteeshipView(ctx, row.id)
  }
})

export const trusteeshipHandlers = [list, get, ofRoom, attention, registerHandler, reading, patrol, end]
