import { and, asc, desc, eq, isNull } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import { auditLog, persons, roomNotes, roomPersons, rooms, staff } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import type { RelationView } from '../../../../shared/households/households'
import { roleAllowed } from '../../../../shared/kernel/roles'
import { message } from '../../../../shared/messages'
import { auditEntries } from '../foundation/audit'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { handle } from '../../core/handler'
import { activeRoomsOf, getRoom } from './room-records'
import { getPerson, insertPerson, personView, phonesOf, updatePersonRecord } from './person-records'
import { readSetting } from '../foundation/settings'
import { documentStatuses } from './documents'

function relationsOf(ctx: ServiceContext, roomId: number): RelationView[] {
  const rows = ctx.db
    .select({ relation: roomPersons, person: persons })
    .from(roomPersons)
    .innerJoin(persons, eq(persons.id, roomPersons.personId))
    .where(eq(roomPersons.roomId, roomId))
    .orderBy(asc(roomPersons.id))
    .all()
  const phones = phonesOf(
    ctx.db,
    rows.map((r) => r.person.id)
  )
  return rows.map(({ relation: r, person }) => ({
    id: r.id,
    relation: r.relation,
    startedOn: r.startedOn,
    endedOn: r.endedOn,
    endReason: r.endReason,
    poaScope: r.poaScope,
    poaFrom: r.poaFrom,
    poaTo: r.poaTo,
    person: personView(person, phones.get(person.id) ?? [])
  }))
}

export function mayReveal(ctx: ServiceContext): boolean {
  const session = ctx.requireSession()
  return roleAllowed(session.role, readSetting(ctx.db, 'revealRoles') ?? ['supervisor', 'manager'])
}

const get = handle(api.households.get, {
  run(ctx, input) {
    const room = getRoom(ctx.db, input.roomId)
    const relations = relationsOf(ctx, input.roomId)
    const documents = documentStatuses(ctx.db, input.roomId)
    const author = alias(staff, 'author')
    const notes = ctx.db
      .select({ id: roomNotes.id, text: roomNotes.text, createdAt: roomNotes.createdAt, createdBy: author.displayName })
      .from(roomNotes)
      .leftJoin(author, eq(author.id, roomNotes.createdBy))
      .where(eq(roomNotes.roomId, input.roomId))
      .orderBy(desc(roomNotes.id))
      .all()
    const required = documents.filter((d) => d.required)
    return {
      room,
      current: relations.filter((r) => r.endedOn === null),
      past: relations.filter((r) => r.endedOn !== null),
      documents,
      completeness: { onFile: required.filter((d) => d.onFile).length, required: required.length },
      notes,
      mayReveal: mayReveal(ctx)
    }
  }
})

const timeline = handle(api.households.timeline, {
  run(ctx, input) {
    getRoom(ctx.db, input.roomId)
    return auditEntries(ctx.db, ctx.locale, eq(auditLog.roomId, input.roomId), input.limit)
  }
})

const updateRoom = handle(api.households.updateRoom, {
  run(ctx, input) {
    getRoom(ctx.db, input.roomId)
    ctx.db
      .update(rooms)
      .set({ type: input.type, status: input.status, vip: input.vip, tags: JSON.stringify(input.tags) })
      .where(eq(rooms.id, input.roomId))
      .run()
    const room = getRoom(ctx.db, input.roomId)
    ctx.audit({
      roomId: room.id,
      entityType: 'room',
      entityId: room.id,
      summaryKey: 'audit.roomUpdate',
      summaryParams: { room: room.code, status: `status.${room.status}`, vip: room.vip ? 'vip.mark' : 'vip.none' }
    })
    return room
  }
})

const addNote = handle(api.households.addNote, {
  run(ctx, input) {
    getRoom(ctx.db, input.roomId)
    const session = ctx.requireSession()
    const row = ctx.db
      .insert(roomNotes)
      .values({
        roomId: input.roomId,
        text: input.text,
        createdAt: ctx.now().toISOString(),
        createdBy: session.staffId
      })
      .returning()
      .get()
    ctx.audit({ roomId: input.roomId, entityType: 'note', entityId: row.id, summaryKey: 'audit.noteAdd' })
    return { id: row.id, text: row.text, createdAt: row.createdAt, createdBy: session.displayName }
  }
})

const addRelation = handle(api.households.addRelation, {
  run(ctx, input) {
    getRoom(ctx.db, input.roomId)
    const now = ctx.now()
    const person = input.person ? insertPerson(ctx.db, input.person, now) : getPerson(ctx.db, input.personId!)
    const row = ctx.db
      .insert(roomPersons)
      .values({
        roomId: input.roomId,
        personId: person.id,
        relation: input.relation,
        startedOn: input.startedOn,
        poaScope: input.relation === 'agent' ? input.poaScope : null,
        poaFrom: input.relation === 'agent' ? input.poaFrom : null,
        poaTo: input.relation === 'agent' ? input.poaTo : null,
        createdAt: now.toISOString(),
        createdBy: ctx.requireSession().staffId
      })
      .returning()
      .get()
    ctx.audit({
      roomId: input.roomId,
      entityType: 'relation',
      entityId: row.id,
      summaryKey: 'audit.relationAdd',
      summaryParams: { relation: `relation.${input.relation}`, name: person.name }
    })
    return relationsOf(ctx, input.roomId).find((r) => r.id === row.id)!
  }
})

const updatePerson = handle(api.households.updatePerson, {
  run(ctx, input) {
    const row = updatePersonRecord(ctx.db, input.personId, input.person, ctx.now())
    const roomIds = activeRoomsOf(ctx.db, input.personId)
    for (const roomId of roomIds.length ? roomIds : [undefined]) {
      ctx.audit({
        roomId,
        entityType: 'person',
        entityId: row.id,
        summaryKey: 'audit.personUpdate',
        summaryParams: { name: row.name }
      })
    }
    return personView(row, input.person.phones)
  }
})

const endRelation = handle(api.households.endRelation, {
  run(ctx, input) {
    const existing = ctx.db.select().from(roomPersons).where(eq(roomPersons.id, input.relationId)).get()
    if (!existing) throw new AppError('NOT_FOUND')
    if (existing.endedOn !== null) throw new AppError('CONFLICT')
    if (input.endedOn < existing.startedOn)
      throw new AppError('VALIDATION', {}, { fields: { endedOn: message(ctx.locale, 'field.dateOrder') } })
    ctx.db
      .update(roomPersons)
      .set({ endedOn: input.endedOn, endReason: input.reason })
      .where(and(eq(roomPersons.id, input.relationId), isNull(roomPersons.endedOn)))
      .run()
    const person = getPerson(ctx.db, existing.personId)
    ctx.audit({
      roomId: existing.roomId,
      entityType: 'relation',
      entityId: existing.id,
      summaryKey: 'audit.relationEnd',
      summaryParams: { relation: `relation.${existing.relation}`, name: person.name, reason: input.reason }
    })
    return relationsOf(ctx, existing.roomId).find((r) => r.id === existing.id)!
  }
})

export const householdHandlers = [get, timeline, updateRoom, addNote, addRelation, updatePerson, endRelation]
