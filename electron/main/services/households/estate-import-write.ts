/** Writing a checked estate import plan: new rooms, new persons and their relations. */
import { roomPersons, rooms } from '../../../../db/schema'
import type { ServiceContext } from '../../core/context'
import { findOrCreateBuilding, findOrCreateUnit } from './estate'
import { localDate } from '../../../../shared/kernel/calendar'
import { insertPerson } from './person-records'
import type { Plan } from './estate-import-plan'

export function writePlan(ctx: ServiceContext, plan: Plan): void {
  const now = ctx.now()
  const staffId = ctx.requireSession().staffId
  const roomIds = new Map<string, number>()
  for (const [code, { part, notes, existingId }] of plan.rooms) {
    if (existingId !== undefined) {
      roomIds.set(code, existingId)
      continue
    }
    if (part.areaCenti === undefined) throw new Error(`room ${code} has no area`)
    const buildingId = findOrCreateBuilding(ctx.db, part.building, now)
    const unitId = findOrCreateUnit(ctx.db, buildingId, part.unit)
    const row = ctx.db
      .insert(rooms)
      .values({
        buildingId,
        unitId,
        number: part.number,
        code,
        floor: part.floor,
        areaCenti: part.areaCenti,
        type: part.type ?? 'residence',
        status: part.status ?? 'vacant',
        notes,
        createdAt: now.toISOString()
      })
      .returning({ id: rooms.id })
      .get()
    roomIds.set(code, row.id)
  }
  const personIds = new Map<string, number>()
  for (const [key, { existingId, fields }] of plan.persons) {
    if (existingId !== undefined) personIds.set(key, existingId)
    else if (fields) personIds.set(key, insertPerson(ctx.db, fields, now).id)
  }
  for (const { room, person, relation } of plan.relations) {
    const roomId = roomIds.get(room)
    const personId = personIds.get(person)
    if (roomId === undefined || personId === undefined) throw new Error(`import plan lost ${room} / ${person}`)
    ctx.db
      .insert(roomPersons)
      .values({
        roomId,
        personId,
        relation,
        startedOn: localDate(now),
        createdAt: now.toISOString(),
        createdBy: staffId
      })
      .run()
  }
}
