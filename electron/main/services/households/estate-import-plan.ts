/** Reading an estate import file and checking it against the database: the plan the preview and the import share. */
import { and, eq, isNotNull, isNull } from 'drizzle-orm'
import { buildings, persons, roomPersons, rooms } from '../../../../db/schema'
import type { ImportPreview } from '../../../../shared/households/estate'
import type { Relation } from '../../../../shared/domain/person-fields'
import { formatArea } from '../../../../shared/domain/area'
import { maskIdNumber } from '../../../../shared/domain/mask'
import type { MessageParams } from '../../../../shared/messages'
import type { ServiceContext } from '../../core/context'
import { parseRows, toProblems, type ParsedRow, type PersonPart, type RoomPart } from './estate-import-rows'
import { HEADERS, ROOM_STATUS_LABELS, ROOM_TYPE_LABELS, type ColumnKey } from './estate-workbook'
import { readSheet, type SheetProblem } from './estate-workbook-read'
import type { PersonFields } from './person-records'

export interface ParsedFile {
  count: number
  rows: ParsedRow[]
  problems: SheetProblem[]
}

export async function readFile(
  _ctx: ServiceContext,
  input: { fileName: string; dataBase64: string }
): Promise<ParsedFile> {
  const sheet = await readSheet(input.fileName, Buffer.from(input.dataBase64, 'base64'))
  const { parsed, problems } = parseRows(sheet.rows)
  return { count: sheet.rows.length, rows: parsed, problems: [...sheet.problems, ...problems] }
}

type RoomField = 'area' | 'type' | 'status'
const ROOM_FIELDS: readonly RoomField[] = ['area', 'type', 'status']
type RoomValues = Pick<RoomPart, 'areaCenti' | 'type' | 'status'>
const shown: Record<RoomField, (r: RoomValues) => string | undefined> = {
  area: (r) => (r.areaCenti === undefined ? undefined : `${formatArea(r.areaCenti)}㎡`),
  type: (r) => r.type && ROOM_TYPE_LABELS[r.type],
  status: (r) => r.status && ROOM_STATUS_LABELS[r.status]
}

interface RoomPlan {
  part: RoomPart
  first: number
  seen: Partial<Record<RoomField, { value: string; row: number }>>
  notes: string
  existingId?: number
}
interface PersonPlan {
  existingId?: number
  fields?: PersonFields
}
export interface Plan {
  rooms: Map<string, RoomPlan>
  persons: Map<string, PersonPlan>
  relations: { room: string; person: string; relation: Relation }[]
}

export const byNumber = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true })

/** The preview of a file and what importing it would write. Reads the database, writes nothing. */
export function analyse(ctx: ServiceContext, file: ParsedFile): { preview: ImportPreview; plan: Plan } {
  const problems = [...file.problems]
  const report = (row: number, column: ColumnKey, key: string, params?: MessageParams) =>
    problems.push({ row, column: HEADERS[column], key, params })
  const plan: Plan = { rooms: new Map(), persons: new Map(), relations: [] }

  for (const { row, room, roomNotes } of file.rows) {
    if (!room) continue
    const group = plan.rooms.get(room.code) ?? { part: { ...room }, first: row, seen: {}, notes: '' }
    plan.rooms.set(room.code, group)
    group.notes ||= roomNotes
    group.part.areaCenti ??= room.areaCenti
    group.part.type ??= room.type
    group.part.status ??= room.status
    for (const field of ROOM_FIELDS) {
      const value = shown[field](room)
      const earlier = group.seen[field]
      if (value === undefined) continue
      if (!earlier) group.seen[field] = { value, row }
      else if (earlier.value !== value)
        report(row, field, 'import.duplicateRoom', {
          room: room.code,
          first: earlier.row,
          column: HEADERS[field],
          earlier: earlier.value,
          value
        })
    }
  }
  const onFile = new Map(
    ctx.db
      .select({ id: rooms.id, code: rooms.code, areaCenti: rooms.areaCenti, type: rooms.type, status: rooms.status })
      .from(rooms)
      .all()
      .map((r) => [r.code, r])
  )
  for (const [code, group] of plan.rooms) {
    const existing = onFile.get(code)
    if (!existing) {
      if (group.part.areaCenti === undefined) report(group.first, 'area', 'field.area.empty')
      continue
    }
    group.existingId = existing.id
    for (const field of ROOM_FIELDS) {
      const seen = group.seen[field]
      const was = shown[field](existing)
      if (seen && seen.value !== was)
        report(seen.row, field, 'import.roomExists', {
          room: code,
          column: HEADERS[field],
          existing: was ?? '',
          value: seen.value
        })
    }
  }

  const active = new Map<number, { id: number; name: string; kind: string; document: boolean; relation: Relation }[]>()
  const activeOn = (roomId: number) => {
    const cached = active.get(roomId)
    if (cached) return cached
    const found = ctx.db
      .select({
        id: persons.id,
        name: persons.name,
        kind: persons.kind,
        idNumber: persons.idNumber,
        creditCode: persons.creditCode,
        relation: roomPersons.relation
      })
      .from(roomPersons)
      .innerJoin(persons, eq(persons.id, roomPersons.personId))
      .where(and(eq(roomPersons.roomId, roomId), isNull(roomPersons.endedOn)))
      .all()
      .map((p) => ({
        id: p.id,
        name: p.name,
        kind: p.kind,
        document: p.idNumber !== null || p.creditCode !== null,
        relation: p.relation
      }))
    active.set(roomId, found)
    return found
  }
  const docs = new Map<string, { key: string; name: string; row: number }>()

  /** The plan key of the row's person ('p:<id>' for a person on file), or undefined after a problem. */
  function personOf(row: number, person: PersonPart, room: string, roomId: number | undefined): string | undefined {
    const { name, kind } = person.fields
    if (person.docKey) {
      const known = docs.get(person.docKey)
      if (known) {
        if (known.name !== name)
          report(row, 'name', 'import.idTwoNames', { first: known.row, earlier: known.name, name })
        return known.key
      }
      const [, document = '', number = ''] = /^(id|credit):(.*)$/.exec(person.docKey) ?? []
      const found = ctx.db
        .select({ id: persons.id, name: persons.name })
        .from(persons)
        .where(document === 'credit' ? eq(persons.creditCode, number) : eq(persons.idNumber, number))
        .get()
      if (found && found.name !== name) report(row, 'name', 'import.idOnFile', { existing: found.name, name })
      const key = found ? `p:${found.id}` : person.docKey
      docs.set(person.docKey, { key, name, row })
      return key
    }
    if (person.maskedId) {
      const masked = person.maskedId
      const candidates = ctx.db
        .select({ id: persons.id, idNumber: persons.idNumber })
        .from(persons)
        .where(and(eq(persons.name, name), isNotNull(persons.idNumber)))
        .all()
        .filter((c) => c.idNumber !== null && maskIdNumber(c.idNumber) === masked)
      // Two people of the same name whose numbers mask alike: the one living here.
      const here = roomId === undefined ? [] : candidates.filter((c) => activeOn(roomId).some((p) => p.id === c.id))
      const found = candidates.length === 1 ? candidates[0] : here.length === 1 ? here[0] : undefined
      if (!found) {
        report(row, 'idNumber', 'import.maskedId')
        return undefined
      }
      return `p:${found.id}`
    }
    // Without a document the person is known only by name, and only as a resident of this room.
    const same =
      roomId === undefined ? undefined : activeOn(roomId).find((p) => p.name === name && p.kind === kind && !p.document)
    return same ? `p:${same.id}` : `new:${room}:${kind}:${name}`
  }

  const relationKeys = new Set<string>()
  for (const { row, room, person } of file.rows) {
    if (!person || !room) continue
    const roomId = plan.rooms.get(room.code)?.existingId
    const key = personOf(row, person, room.code, roomId)
    if (key === undefined) continue
    const existingId = key.startsWith('p:') ? Number(key.slice(2)) : undefined
    if (!plan.persons.has(key)) {
      if (existingId === undefined && person.maskedPhone) report(row, 'phone', 'import.maskedPhone')
      plan.persons.set(key, existingId === undefined ? { fields: person.fields } : { existingId })
    }
    const relationKey = `${room.code}|${key}|${person.relation}`
    if (relationKeys.has(relationKey)) continue
    relationKeys.add(relationKey)
    if (
      roomId !== undefined &&
      existingId !== undefined &&
      activeOn(roomId).some((p) => p.id === existingId && p.relation === person.relation)
    )
      continue
    if (person.relation === 'agent') report(row, 'relation', 'import.agentOnScreen')
    else plan.relations.push({ room: room.code, person: key, relation: person.relation })
  }

  const newRooms = [...plan.rooms.values()].filter((r) => r.existingId === undefined)
  const buildingsOnFile = new Set(
    ctx.db
      .select({ code: buildings.code })
      .from(buildings)
      .all()
      .map((b) => b.code)
  )
  const preview: ImportPreview = {
    rows: file.count,
    rooms: plan.rooms.size,
    newRooms: newRooms.length,
    // Named, so a slipped building code ('31' for '3') shows before it becomes a building.
    newBuildings: [...new Set(newRooms.map((r) => r.part.building).filter((b) => !buildingsOnFile.has(b)))].sort(
      byNumber
    ),
    persons: [...plan.persons.values()].filter((p) => p.existingId === undefined).length,
    relations: plan.relations.length,
    problems: toProblems(ctx.locale, problems)
  }
  return { preview, plan }
}
