import { and, asc, eq, isNull } from 'drizzle-orm'
import { persons, roomPersons } from '../../../../db/schema'
import type { Db } from '../../../../db/open'
import type { CheckinParty, CheckinView, MoveInNotice } from '../../../../shared/checkin/api'
import { missingDocuments, type CheckinDocument } from '../../../../shared/checkin/rules'
import type { StepData } from '../../../../shared/checkin/steps'
import { maskPhone } from '../../../../shared/domain/mask'
import type { ServiceContext } from '../../core/context'
import { moveInFees, PREPAY_HORIZON, receiptsOfRoomSince } from '../fees/move-in'
import { phonesOf } from '../households/person-records'
import { getRoom, ownersOf } from '../households/room-records'
import { workOrderIdsOfCheckin } from '../workorders/records'
import { runningTrusteeshipId } from './trusteeship-records'
import { loadSteps, summaryOf } from './records'
import { readCheckinSettings } from './settings-store'
import { trusteeshipPlanOf } from './step-checks'

/** The step's schema keeps a document's key as text; it is one of CHECKIN_DOCUMENT_KEYS. */
type VerifiedDocument = { key: CheckinDocument; verified: boolean }

/** The household as it stands now: its current relations, phones masked (the registration step's list). */
export function partiesOf(db: Db, roomId: number): PartyWithPoa[] {
  const rows = db
    .select({
      relationId: roomPersons.id,
      personId: persons.id,
      relation: roomPersons.relation,
      kind: persons.kind,
      name: persons.name,
      poaFrom: roomPersons.poaFrom,
      poaTo: roomPersons.poaTo
    })
    .from(roomPersons)
    .innerJoin(persons, eq(persons.id, roomPersons.personId))
    .where(and(eq(roomPersons.roomId, roomId), isNull(roomPersons.endedOn)))
    .orderBy(asc(roomPersons.id))
    .all()
  const phones = phonesOf(
    db,
    rows.map((r) => r.personId)
  )
  return rows.map((r) => {
    const first = phones.get(r.personId)?.[0]
    return { ...r, phoneMasked: first ? maskPhone(first) : '' }
  })
}

/** The agent relation's start of the power of attorney, which the registration rule also reads. */
export type PartyWithPoa = CheckinParty & { poaFrom: string | null }

function withoutPoaFrom(parties: PartyWithPoa[]): CheckinParty[] {
  return parties.map(({ poaFrom: _from, ...party }) => party)
}

export function checkinView(ctx: ServiceContext, checkinId: number): CheckinView {
  const summary = summaryOf(ctx.db, checkinId)
  const room = getRoom(ctx.db, summary.roomId)
  const settings = readCheckinSettings(ctx.db)
  const saved = loadSteps(ctx.db, [checkinId]).get(checkinId)
  const steps: CheckinView['steps'] = Object.fromEntries(
    [...(saved ?? new Map()).entries()].map(([s, v]) => [s, v.data])
  )
  const identity = steps.identity as StepData['identity'] | undefined
  const started = summary.startedAt
  return {
    ...summary,
    roomStatus: room.status,
    roomAreaCenti: room.areaCenti,
    settings,
    steps,
    missingDocuments: identity ? missingDocuments(identity.case, identity.documents as VerifiedDocument[]) : [],
    parties: withoutPoaFrom(partiesOf(ctx.db, room.id)),
    // The trusteeship step comes first: its answer prices the property fee (PREPAY_HORIZON: the form may prepay more).
    fees: moveInFees(ctx, room, settings, trusteeshipPlanOf(steps.trusteeship), PREPAY_HORIZON),
    receipts: receiptsOfRoomSince(ctx.db, room.id, started).map(({ roomId: _room, ...r }) => r),
    workOrderIds: workOrderIdsOfCheckin(ctx.db, checkinId),
    trusteeshipId: runningTrusteeshipId(ctx.db, room.id)
  }
}

/** 入住通知单: each room with its owners, area and the fees due at move-in, in the order asked. */
export function moveInNotices(ctx: ServiceContext, roomIds: readonly number[]): MoveInNotice[] {
  const settings = readCheckinSettings(ctx.db)
  const ids = [...new Set(roomIds)]
  const owners = ownersOf(ctx.db, ids)
  return ids.map((roomId) => {
    const room = getRoom(ctx.db, roomId)
    return {
      roomId,
      roomCode: room.code,
      ownerNames: owners.get(roomId) ?? '',
      areaCenti: room.areaCenti,
      fees: moveInFees(ctx, room, settings)
    }
  })
}
