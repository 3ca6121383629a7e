import { asc, eq, isNull } from 'drizzle-orm'
import { buildings, personPhones, persons, roomPersons, rooms, units } from '../../../../db/schema'
import { RELATIONS } from '../../../../shared/domain/person-fields'
import { formatArea } from '../../../../shared/domain/area'
import { maskIdNumber } from '../../../../shared/domain/mask'
import { maskPhone } from '../../../../shared/domain/phone'
import type { ServiceContext } from '../../core/context'
import {
  COMPANY_ID_LABEL,
  ID_TYPE_LABELS,
  RELATION_LABELS,
  ROOM_STATUS_LABELS,
  ROOM_TYPE_LABELS,
  type Cells
} from './estate-workbook'
import { byNumber } from './estate-import-plan'

/** Every room with its current residents, ID numbers and phones masked: the export is for lists. */
export function exportRows(ctx: ServiceContext): Cells[] {
  const roomRows = ctx.db
    .select({
      id: rooms.id,
      building: buildings.code,
      sortKey: buildings.sortKey,
      unit: units.code,
      number: rooms.number,
      floor: rooms.floor,
      areaCenti: rooms.areaCenti,
      type: rooms.type,
      status: rooms.status,
      notes: rooms.notes
    })
    .from(rooms)
    .innerJoin(buildings, eq(buildings.id, rooms.buildingId))
    .innerJoin(units, eq(units.id, rooms.unitId))
    .all()
    .sort(
      (a, b) =>
        a.sortKey - b.sortKey ||
        byNumber(a.building, b.building) ||
        byNumber(a.unit, b.unit) ||
        (a.floor ?? 0) - (b.floor ?? 0) ||
        byNumber(a.number, b.number)
    )
  const relations = ctx.db
    .select({ roomId: roomPersons.roomId, relation: roomPersons.relation, person: persons })
    .from(roomPersons)
    .innerJoin(persons, eq(persons.id, roomPersons.personId))
    .where(isNull(roomPersons.endedOn))
    .orderBy(asc(roomPersons.id))
    .all()
    .sort((a, b) => RELATIONS.indexOf(a.relation) - RELATIONS.indexOf(b.relation))
  const phones = new Map<number, string[]>()
  for (const p of ctx.db.select().from(personPhones).orderBy(asc(personPhones.position)).all())
    phones.set(p.personId, [...(phones.get(p.personId) ?? []), p.phone])
  const perRoom = new Map<number, typeof relations>()
  for (const r of relations) perRoom.set(r.roomId, [...(perRoom.get(r.roomId) ?? []), r])

  return roomRows.flatMap((room) => {
    const roomCells = {
      building: room.building,
      unit: room.unit,
      number: room.number,
      area: formatArea(room.areaCenti),
      type: ROOM_TYPE_LABELS[room.type],
      status: ROOM_STATUS_LABELS[room.status]
    }
    const residents = perRoom.get(room.id) ?? []
    if (residents.length === 0)
      return [{ ...roomCells, name: '', relation: '', idType: '', idNumber: '', phone: '', notes: room.notes }]
    return residents.map(({ relation, person }) => {
      const company = person.kind === 'company'
      return {
        ...roomCells,
        name: person.name,
        relation: RELATION_LABELS[relation],
        idType: company ? COMPANY_ID_LABEL : person.idType && person.idNumber ? ID_TYPE_LABELS[person.idType] : '',
        idNumber: company ? (person.creditCode ?? '') : person.idNumber ? maskIdNumber(person.idNumber) : '',
        phone: (phones.get(person.id) ?? []).map(maskPhone).join('、'),
        notes: person.notes
      }
    })
  })
}
