/**
 * Importing and exporting rooms and residents (房屋与住户). The file is read in `prepare` (exceljs
 * is asynchronous); everything that depends on the database is checked by `analyse`, which the
 * preview and the import share, so the import refuses exactly what the preview reported. The
 * import is all-or-nothing: one problem anywhere and nothing is written.
 *
 * Re-importing is safe: rooms, persons and relations already on file are reused, never doubled.
 * Masked values (containing *, as the export writes them) mean "the person on file": a masked ID
 * number finds the person with that name whose number masks the same; masked phones leave that
 * person's phones as they are. The import never changes a room or person already on file.
 */
import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm'
import { buildings, personPhones, persons, roomPersons, rooms, units } from '../../../../db/schema'
import { api } from '../../../../shared/api'
import type { ImportPreview } from '../../../../shared/households/estate'
import { RELATIONS, type Relation } from '../../../../shared/domain/person-fields'
import { formatArea } from '../../../../shared/domain/area'
import { creditCodeCheckChar } from '../../../../shared/domain/credit-code'
import { idCheckDigit } from '../../../../shared/domain/id-card'
import { maskIdNumber } from '../../../../shared/domain/mask'
import { maskPhone } from '../../../../shared/domain/phone'
import type { MessageParams } from '../../../../shared/messages'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { findOrCreateBuilding, findOrCreateUnit } from './estate'
import { localDate } from '../../../../shared/kernel/calendar'
import { parseRows, toProblems, type ParsedRow, type PersonPart, type RoomPart } from './estate-import-rows'
import {
  COMPANY_ID_LABEL,
  HEADERS,
  HELP,
  ID_TYPE_LABELS,
  RELATION_LABELS,
  ROOM_STATUS_LABELS,
  ROOM_TYPE_LABELS,
  readSheet,
  writeSheet,
  type Cells,
  type ColumnKey,
  type SheetProblem
} from './estate-workbook'
import { handle } from '../../core/handler'
import { insertPerson, type PersonFields } from './person-records'

interface ParsedFile {
  count: number
  rows: ParsedRow[]
  problems: SheetProblem[]
}

async function readFile(_ctx: ServiceContext, input: { fileName: string; dataBase64: string }): Promise<ParsedFile> {
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
interface Plan {
  rooms: Map<string, RoomPlan>
  persons: Map<string, PersonPlan>
  relations: { room: string; person: string; relation: Relation }[]
}

const byNumber = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true })

/** The preview of a file and what importing it would write. Reads the database, writes nothing. */
function analyse(ctx: ServiceContext, file: ParsedFile): { preview: ImportPreview; plan: Plan } {
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

function write(ctx: ServiceContext, plan: Plan): void {
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

const preview = handle(api.estate.importPreview, {
  prepare: readFile,
  run: (ctx, _input, file) => analyse(ctx, file).preview
})

const commit = handle(api.estate.importCommit, {
  prepare: readFile,
  run(ctx, _input, file) {
    const { preview, plan } = analyse(ctx, file)
    if (preview.problems.length) throw new AppError('VALIDATION', {}, { problems: preview.problems })
    write(ctx, plan)
    ctx.audit({
      entityType: 'import',
      summaryKey: 'audit.import',
      summaryParams: { rooms: preview.newRooms, persons: preview.persons }
    })
    return preview
  }
})

const EXAMPLE_ID = ((first17) => first17 + idCheckDigit(first17))('11010519850612123')
const EXAMPLE_CREDIT = ((first17) => first17 + creditCodeCheckChar(first17))('91110105MA01ABCD5')
const EXAMPLES: Cells[] = [
  {
    building: '1',
    unit: '1',
    number: '101',
    area: '89.50',
    type: '住宅',
    status: '已入住',
    name: '张伟',
    relation: '业主',
    idType: ID_TYPE_LABELS.resident,
    idNumber: EXAMPLE_ID,
    phone: '13912345678',
    notes: ''
  },
  {
    building: 'S1',
    unit: '1',
    number: '105',
    area: '120.00',
    type: '商铺',
    status: '空置',
    name: '福州幸福商贸有限公司',
    relation: '业主',
    idType: COMPANY_ID_LABEL,
    idNumber: EXAMPLE_CREDIT,
    phone: '0591-87654321',
    notes: ''
  }
]

const template = handle(api.estate.importTemplate, {
  prepare: () => writeSheet(EXAMPLES, { validations: true, help: HELP }),
  run: (_ctx, _input, dataBase64) => ({ fileName: '房屋与住户导入模板.xlsx', dataBase64 })
})

/** Every room with its current residents, ID numbers and phones masked: the export is for lists. */
function exportRows(ctx: ServiceContext): Cells[] {
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

const exportWorkbook = handle(api.estate.exportWorkbook, {
  prepare: (ctx) => writeSheet(exportRows(ctx)),
  run(ctx, _input, dataBase64) {
    return { fileName: `房屋与住户-${localDate(ctx.now()).replaceAll('-', '')}.xlsx`, dataBase64 }
  }
})

export const estateImportHandlers = [template, preview, commit, exportWorkbook]
