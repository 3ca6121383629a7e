import { and, asc, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import { checkins, checkinSteps, rooms, staff } from '../../../../db/schema'
import type { Db } from '../../../../db/open'
import type { CheckinSummary } from '../../../../shared/checkin/api'
import { CHECKIN_STEPS, type CheckinStep } from '../../../../shared/checkin/rules'
import type { StepData } from '../../../../shared/checkin/steps'
import { addDays, localDate } from '../../../../shared/kernel/calendar'
import { isMessageKey, message, type MessageKey, type MessageParams } from '../../../../shared/messages'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { ownersOf } from '../households/room-records'

/** The stored check-ins and their steps, and the words the procedure speaks in. */

export type CheckinRow = typeof checkins.$inferSelect

export interface SavedStep {
  data: unknown
  complete: boolean
}

export const stepWord = (step: CheckinStep) => `audit.checkin.step.${step}` as MessageKey

/** Message keys (or plain names) said in the caller's language and joined as a list: 委托书、受托人身份证. */
export function wordList(
  ctx: ServiceContext,
  words: readonly (MessageKey | { key: MessageKey; params: MessageParams } | string)[]
) {
  return words
    .map((w) =>
      typeof w === 'string' ? (isMessageKey(w) ? message(ctx.locale, w) : w) : message(ctx.locale, w.key, w.params)
    )
    .join(message(ctx.locale, 'audit.checkin.listSeparator'))
}

export function loadCheckin(db: Db, checkinId: number): CheckinRow {
  const row = db.select().from(checkins).where(eq(checkins.id, checkinId)).get()
  if (!row) throw new AppError('NOT_FOUND', {}, { entity: 'checkin', id: checkinId })
  return row
}

/** A finished or cancelled check-in is the record of what happened: nothing in it changes. */
export function refuseClosed(row: CheckinRow): void {
  if (row.status !== 'open')
    throw new AppError('CHECKIN_CLOSED', { state: `audit.checkin.state.${row.status}` }, { checkinId: row.id })
}

export function loadSteps(db: Db, checkinIds: readonly number[]): Map<number, Map<CheckinStep, SavedStep>> {
  const map = new Map<number, Map<CheckinStep, SavedStep>>()
  if (checkinIds.length === 0) return map
  const rows = db
    .select()
    .from(checkinSteps)
    .where(inArray(checkinSteps.checkinId, [...checkinIds]))
    .all()
  for (const row of rows) {
    const steps = map.get(row.checkinId) ?? new Map<CheckinStep, SavedStep>()
    steps.set(row.step as CheckinStep, { data: JSON.parse(row.data) as unknown, complete: row.complete })
    map.set(row.checkinId, steps)
  }
  return map
}

export const completedOf = (steps: Map<CheckinStep, SavedStep> | undefined): CheckinStep[] =>
  CHECKIN_STEPS.filter((s) => steps?.get(s)?.complete === true)

export function defectsOf(steps: Map<CheckinStep, SavedStep> | undefined): StepData['inspection']['lines'] {
  const inspection = steps?.get('inspection')?.data as StepData['inspection'] | undefined
  return inspection?.lines.filter((l) => l.result === 'defect') ?? []
}

export interface CheckinFilter {
  from?: string
  to?: string
  status?: CheckinRow['status']
  roomId?: number
  ids?: number[]
  limit?: number
  newestFirst?: boolean
}

/** Local dates → the ISO moments bounding them (started_at is stored as an ISO instant). */
const startOfLocalDay = (date: string) => new Date(`${date}T00:00:00`).toISOString()

function whereOf(filter: CheckinFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [
    filter.from ? gte(checkins.startedAt, startOfLocalDay(filter.from)) : undefined,
    filter.to ? lt(checkins.startedAt, startOfLocalDay(addDays(filter.to, 1))) : undefined,
    filter.status ? eq(checkins.status, filter.status) : undefined,
    filter.roomId ? eq(checkins.roomId, filter.roomId) : undefined,
    filter.ids ? inArray(checkins.id, filter.ids) : undefined
  ]
  return and(...parts.filter((p): p is SQL => p !== undefined))
}

const finisher = alias(staff, 'finisher')

/** The check-ins matching the filter as lists show them (oldest first unless told). */
export function summaries(db: Db, filter: CheckinFilter): CheckinSummary[] {
  const rows = db
    .select({
      row: checkins,
      roomCode: rooms.code,
      startedBy: staff.displayName,
      finishedBy: finisher.displayName
    })
    .from(checkins)
    .innerJoin(rooms, eq(rooms.id, checkins.roomId))
    .innerJoin(staff, eq(staff.id, checkins.startedBy))
    .leftJoin(finisher, eq(finisher.id, checkins.finishedBy))
    .where(whereOf(filter))
    .orderBy(
      ...(filter.newestFirst
        ? [desc(checkins.startedAt), desc(checkins.id)]
        : [asc(checkins.startedAt), asc(checkins.id)])
    )
    .limit(filter.limit ?? 500)
    .all()
  const owners = ownersOf(db, [...new Set(rows.map((r) => r.row.roomId))])
  const steps = loadSteps(
    db,
    rows.map((r) => r.row.id)
  )
  return rows.map(({ row, roomCode, startedBy, finishedBy }) => {
    const saved = steps.get(row.id)
    const completedSteps = completedOf(saved)
    return {
      id: row.id,
      roomId: row.roomId,
      roomCode,
      ownerNames: owners.get(row.roomId) ?? '',
      case: row.case,
      status: row.status,
      currentStep: CHECKIN_STEPS.find((s) => !completedSteps.includes(s)) ?? null,
      completedSteps,
      startedAt: row.startedAt,
      startedBy,
      lastSavedAt: row.lastSavedAt,
      finishedAt: row.finishedAt,
      finishedBy,
      outcome: row.outcome,
      cancelReason: row.cancelReason,
      defects: defectsOf(saved).length
    }
  })
}

export function summaryOf(db: Db, checkinId: number): CheckinSummary {
  const [summary] = summaries(db, { ids: [checkinId] })
  if (!summary) throw new AppError('NOT_FOUND', {}, { entity: 'checkin', id: checkinId })
  return summary
}

export const todayOf = (ctx: Pick<ServiceContext, 'now'>) => localDate(ctx.now())
