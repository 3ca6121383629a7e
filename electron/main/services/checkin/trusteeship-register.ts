import { api } from '../../../../shared/api'
import { trusteeshipTermProblems, type TermBounds } from '../../../../shared/checkin/trusteeship-rules'
import { localDate } from '../../../../shared/kernel/calendar'
import { message } from '../../../../shared/messages'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { getRoom } from '../households/room-records'
import { refuseRunning, startTrusteeship, trusteeshipView } from './trusteeship-records'
import { handoverMarks } from './trusteeship-queries'

/**
 * 登记托管: a home already in 托管 status with no trusteeship record — the estate's older homes,
 * taken into trusteeship on paper before FrontDesk — gets one from its household page, so its
 * meters are checked against the limits and its patrols fall due like any other. The same rules
 * as the check-in's trusteeship step: the agreement signed by today, the start not before the
 * agreement nor before the home was last handed over (or its last trusteeship ended), at most
 * TRUSTEESHIP_START_MAX_DAYS_AHEAD days ahead, the end after the start, water and electricity read.
 */

/** The earliest start: the later of the last finished check-in (the handover) and the end of the last trusteeship. */
function earliestStart(ctx: ServiceContext, roomId: number): TermBounds['earliest'] {
  const marks = handoverMarks(ctx.db, roomId)
  const handedOver = marks.finishedAt === null ? null : localDate(marks.finishedAt)
  if (marks.endedOn !== null && (handedOver === null || marks.endedOn >= handedOver))
    return { on: marks.endedOn, since: 'previous' }
  return handedOver === null ? null : { on: handedOver, since: 'handover' }
}

function refuseTerm(ctx: ServiceContext, roomId: number, term: Parameters<typeof trusteeshipTermProblems>[0]): void {
  const problems = trusteeshipTermProblems(term, { today: localDate(ctx.now()), earliest: earliestStart(ctx, roomId) })
  if (problems.length === 0) return
  const fields: Record<string, string> = {}
  for (const p of problems) fields[p.field] ??= message(ctx.locale, p.key, p.params)
  throw new AppError('VALIDATION', {}, { fields })
}

export const registerHandler = handle(api.trusteeship.register, {
  run(ctx, input) {
    const room = getRoom(ctx.db, input.roomId)
    if (room.status !== 'trusteeship')
      throw new AppError(
        'TRUSTEESHIP_ROOM_STATUS',
        { room: room.code, status: `status.${room.status}` },
        { roomId: room.id }
      )
    refuseRunning(ctx.db, room.id)
    refuseTerm(ctx, room.id, {
      agreementSignedOn: input.agreementSignedOn,
      startedOn: input.startedOn,
      plannedTo: input.plannedTo
    })
    const id = startTrusteeship(ctx, {
      roomId: room.id,
      checkinId: null,
      agreementSignedOn: input.agreementSignedOn,
      startedOn: input.startedOn,
      plannedTo: input.plannedTo,
      notes: input.notes,
      readings: input.readings.map((r) => ({ kind: r.kind, readingCenti: r.reading }))
    })
    return trusteeshipView(ctx, id)
  }
})
