import { and, asc, desc, eq, isNull } from 'drizzle-orm'
import type { Db } from '../../../../db/open'
import { checkins, roomPersons } from '../../../../db/schema'
import { localDate } from '../../../../shared/kernel/calendar'
import type { ServiceContext } from '../../core/context'
import { mayReveal } from './households'

/**
 * What work orders read of a household (the workorders capability calls only this file): the day
 * the home was handed over, which starts its warranty, and whether the session may see a
 * resident's phone unmasked (the household file's own reveal rule, so a contact number on a repair
 * is no easier to read than the one on the file).
 */

/** The finished check-in's day, else the current owner's start; null when neither is known. */
export function handoverDateOf(db: Db, roomId: number): string | null {
  const checkin = db
    .select({ finishedAt: checkins.finishedAt })
    .from(checkins)
    .where(and(eq(checkins.roomId, roomId), eq(checkins.status, 'done')))
    .orderBy(desc(checkins.finishedAt))
    .get()
  if (checkin?.finishedAt) return localDate(checkin.finishedAt)
  const owner = db
    .select({ startedOn: roomPersons.startedOn })
    .from(roomPersons)
    .where(and(eq(roomPersons.roomId, roomId), eq(roomPersons.relation, 'owner'), isNull(roomPersons.endedOn)))
    .orderBy(asc(roomPersons.startedOn))
    .get()
  return owner?.startedOn ?? null
}

/** May see a resident's phone in full (settings.revealRoles, as on the household file). */
export function mayRevealResidentPhone(ctx: ServiceContext): boolean {
  return mayReveal(ctx)
}
