import { and, eq, isNull } from 'drizzle-orm'
import type { Db } from '../../../../db/open'
import { persons, roomDocuments, roomPersons } from '../../../../db/schema'
import type { Relation, RoomStatus } from '../../../../shared/domain/person-fields'
import type { ServiceContext } from '../../core/context'
import { insertAttachment, writeAttachmentFile, type NewAttachment, type StoredFile } from './documents'
import { mayReveal } from './households'
import { markDocumentsOnFile, setRoomStatus } from './room-handover'
import { getRoom, ownersOf } from './room-records'

/**
 * What 证件 reads and changes of a household (the permits capability calls only this file): who
 * the applicant is to the room today (an owner, a tenant, an agent and the dates of the power of
 * attorney), the room's owners by name, the scans that go to the household file (the agent's ID
 * copy, the power of attorney, the contractor's qualification, a worker's photo, a signed consent),
 * the documents marked on file when signed, the room's status while works run, and the reveal rule.
 */

export { getRoom, markDocumentsOnFile, mayReveal, setRoomStatus, writeAttachmentFile, insertAttachment }
export type { NewAttachment, RoomStatus, StoredFile }

export interface RoomRelation {
  personId: number
  name: string
  kind: 'person' | 'company'
  relation: Relation
  idType: string | null
  idNumber: string
  /** The power of attorney's dates (agents only). */
  poaFrom: string | null
  poaTo: string | null
}

/**
 * The person's current relations to the room (not ended by `today`), strongest first: owner,
 * coowner, agent, tenant, family. Empty when the person has none.
 */
export function relationsOf(db: Db, roomId: number, personId: number, today: string): RoomRelation[] {
  const order: Relation[] = ['owner', 'coowner', 'agent', 'tenant', 'family']
  return db
    .select({
      personId: persons.id,
      name: persons.name,
      kind: persons.kind,
      relation: roomPersons.relation,
      idType: persons.idType,
      idNumber: persons.idNumber,
      poaFrom: roomPersons.poaFrom,
      poaTo: roomPersons.poaTo,
      endedOn: roomPersons.endedOn
    })
    .from(roomPersons)
    .innerJoin(persons, eq(persons.id, roomPersons.personId))
    .where(and(eq(roomPersons.roomId, roomId), eq(roomPersons.personId, personId)))
    .all()
    .filter((r) => r.endedOn === null || r.endedOn > today)
    .map(({ endedOn: _endedOn, ...r }) => ({ ...r, kind: r.kind as 'person' | 'company', idNumber: r.idNumber ?? '' }))
    .sort((a, b) => order.indexOf(a.relation) - order.indexOf(b.relation))
}

/** Whether an agent's power of attorney covers `today` (both ends included). */
export const poaCovers = (r: RoomRelation, today: string) =>
  r.relation === 'agent' && r.poaFrom !== null && r.poaTo !== null && r.poaFrom <= today && today <= r.poaTo

/** The room's current owners' names, joined for a paper ('张伟、李娜'); '' when it has none. */
export function ownerNamesOf(db: Db, roomId: number): string {
  return ownersOf(db, [roomId]).get(roomId) ?? ''
}

/** Whether the room's current owners include a company (a shop's goods are released by its representative). */
export function ownedByCompany(db: Db, roomId: number): boolean {
  return (
    db
      .select({ id: persons.id })
      .from(roomPersons)
      .innerJoin(persons, eq(persons.id, roomPersons.personId))
      .where(
        and(
          eq(roomPersons.roomId, roomId),
          eq(roomPersons.relation, 'owner'),
          isNull(roomPersons.endedOn),
          eq(persons.kind, 'company')
        )
      )
      .get() !== undefined
  )
}

/** May see ID numbers and phones in full (the household file's rule). */
export const mayRevealPersonal = (ctx: ServiceContext) => mayReveal(ctx)

/** The room's current owners' names for many rooms at once (lists), by room id. */
export function ownerNamesOfRooms(db: Db, roomIds: readonly number[]): Map<number, string> {
  return ownersOf(db, [...new Set(roomIds)])
}

/** Whether the household checklist has this document marked on file (an agent's papers brought before). */
export function documentOnFile(db: Db, roomId: number, typeKey: string): boolean {
  const row = db
    .select({ onFile: roomDocuments.onFile })
    .from(roomDocuments)
    .where(and(eq(roomDocuments.roomId, roomId), eq(roomDocuments.typeKey, typeKey)))
    .get()
  return row?.onFile === true
}
