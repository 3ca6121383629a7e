/**
 * One sheet row → the room and the person it describes, checked by the same rules as the
 * screens (the person through `personInput`). Nothing here reads the database: what depends on
 * it (rooms and persons already on file) is checked by `analyse` in estate-import.ts.
 */
import type { ImportProblem } from '../../../../shared/households/estate'
import {
  personInput,
  type IdType,
  type Relation,
  type RoomStatus,
  type RoomType
} from '../../../../shared/domain/person-fields'
import { parseArea } from '../../../../shared/domain/area'
import { normalizeCreditCode } from '../../../../shared/domain/credit-code'
import { normalizeIdNumber, validateResidentId } from '../../../../shared/domain/id-card'
import { toHalfWidth } from '../../../../shared/domain/money'
import { floorOf } from '../../../../shared/domain/room-code'
import { isMessageKey, message, type MessageParams } from '../../../../shared/messages'
import type { Locale } from '../../../../shared/kernel/locale'
import {
  COLUMNS,
  COMPANY_ID_LABEL,
  HEADERS,
  ID_TYPE_LABELS,
  RELATION_LABELS,
  ROOM_STATUS_LABELS,
  ROOM_TYPE_LABELS,
  fromLabel,
  labelList,
  type ColumnKey
} from './estate-workbook'
import type { SheetProblem, SheetRow } from './estate-workbook-read'
import type { PersonFields } from './person-records'
import { roomCode } from './room-records'

export interface RoomPart {
  code: string
  building: string
  unit: string
  number: string
  floor: number | null
  /** Undefined when the cell is empty: the room on file, or another row of the same room, gives it. */
  areaCenti?: number
  type?: RoomType
  status?: RoomStatus
}

export interface PersonPart {
  relation: Relation
  fields: PersonFields
  /** 'id:…' / 'credit:…' when the row gives a full document number: the person's identity. */
  docKey?: string
  /** A masked ID number from an export ('1101**********1234'): the person on file it stands for. */
  maskedId?: string
  maskedPhone: boolean
}

export interface ParsedRow {
  row: number
  room?: RoomPart
  person?: PersonPart
  /** 备注 of a row without a person: the notes of a room the import creates. */
  roomNotes: string
}

/** A problem's words in the reader's language, from the core's catalog (shared/i18n). */
export function importMessage(locale: Locale, key: string, params: MessageParams = {}): string {
  return isMessageKey(key) ? message(locale, key, params) : key
}

const columnOrder = (header: string) => COLUMNS.findIndex((c) => c.header === header)

/** In reading order: by row, then left to right. */
export function toProblems(locale: Locale, problems: readonly SheetProblem[]): ImportProblem[] {
  return [...problems]
    .sort((a, b) => a.row - b.row || columnOrder(a.column) - columnOrder(b.column))
    .map((p) => ({ row: p.row, column: p.column, message: importMessage(locale, p.key, p.params) }))
}

const MARKS: Record<'building' | 'unit' | 'number', RegExp> = {
  building: /(?:号楼|栋|幢|座|号|#)$/,
  unit: /(?:单元|单)$/,
  number: /(?:室|房|号)$/
}
const MAX_CODE: Record<'building' | 'unit' | 'number', number> = { building: 8, unit: 4, number: 8 }

/** '3栋' → '3', '03' → '3', 'a' → 'A'; letters and digits only, as the estate screens store them. */
function codePart(value: string, part: 'building' | 'unit' | 'number'): { value: string } | { key: string } {
  let plain = toHalfWidth(value).trim().toUpperCase()
  plain = plain
    .replace(/棟/g, '栋')
    .replace(/單/g, '单')
    .replace(/號/g, '号')
    .replace(/樓/g, '楼')
    .replace(MARKS[part], '')
    .trim()
  if (plain === '') return { key: 'field.required' }
  if (!/^[A-Z0-9]+$/.test(plain)) return { key: 'import.codeChars' }
  if (plain.length > MAX_CODE[part]) return { key: 'field.tooLong' }
  return { value: /^\d+$/.test(plain) ? plain.replace(/^0+(?=\d)/, '') : plain }
}

/** '1502' → 15; basement 'B101' → -1 (as bulk creation numbers them); anything else has no floor. */
function floorOfNumber(number: string): number | null {
  const basement = /^B(\d+)\d{2}$/.exec(number)
  return basement ? -Number(basement[1]) : floorOf(number)
}

const PERSON_COLUMN: Record<string, ColumnKey> = {
  name: 'name',
  idType: 'idType',
  idNumber: 'idNumber',
  creditCode: 'idNumber',
  phones: 'phone',
  notes: 'notes'
}

export const isMasked = (value: string) => /[*＊]/.test(value)
export const normalizeMasked = (value: string) => toHalfWidth(value).replace(/\s+/g, '').toUpperCase()

export function parseRows(rows: readonly SheetRow[]): { parsed: ParsedRow[]; problems: SheetProblem[] } {
  const problems: SheetProblem[] = []
  const reported = new Set<string>()
  const parsed = rows.map((sheetRow): ParsedRow => {
    const { row, cells } = sheetRow
    // One problem per cell: the first is the one to fix.
    const report = (column: ColumnKey, key: string, params?: MessageParams) => {
      if (reported.has(`${row}|${column}`)) return
      reported.add(`${row}|${column}`)
      problems.push({ row, column: HEADERS[column], key, params })
    }
    const before = problems.length
    const label = <K extends string>(
      column: ColumnKey,
      labels: Record<K, string>,
      ...extra: string[]
    ): K | undefined => {
      if (cells[column] === '') return undefined
      const code = fromLabel(labels, cells[column])
      if (code === undefined)
        report(column, 'import.unknownLabel', { value: cells[column], allowed: labelList(labels, ...extra) })
      return code
    }

    const parts: Partial<Record<'building' | 'unit' | 'number', string>> = {}
    for (const part of ['building', 'unit', 'number'] as const) {
      const checked = part === 'unit' && cells.unit === '' ? { value: '1' } : codePart(cells[part], part)
      if ('key' in checked) report(part, checked.key)
      else parts[part] = checked.value
    }
    const area = cells.area === '' ? undefined : parseArea(cells.area)
    if (area && !area.ok) report('area', `field.area.${area.reason}`)
    const type = label('type', ROOM_TYPE_LABELS)
    const status = label('status', ROOM_STATUS_LABELS)
    let room: RoomPart | undefined
    if (problems.length === before && parts.building && parts.unit && parts.number) {
      room = {
        code: roomCode(parts.building, parts.unit, parts.number),
        building: parts.building,
        unit: parts.unit,
        number: parts.number,
        floor: floorOfNumber(parts.number),
        areaCenti: area?.ok ? area.centi : undefined,
        type,
        status
      }
    }

    const hasPerson = (['name', 'relation', 'idType', 'idNumber', 'phone'] as const).some((c) => cells[c] !== '')
    if (!hasPerson) return { row, room, roomNotes: cells.notes }
    const personStart = problems.length
    if (cells.name === '') report('name', 'import.nameMissing')
    if (cells.relation === '') report('relation', 'import.relationMissing')
    const relation = label('relation', RELATION_LABELS)
    const company = fromLabel({ company: COMPANY_ID_LABEL }, cells.idType) === 'company'
    // An ID number without its type is taken for a 居民身份证, by far the most common.
    const idType: IdType | null = company
      ? null
      : cells.idType === ''
        ? cells.idNumber
          ? 'resident'
          : null
        : (label('idType', ID_TYPE_LABELS, COMPANY_ID_LABEL) ?? null)
    let idNumber = cells.idNumber
    let maskedId: string | undefined
    if (sheetRow.idIsNumber) {
      report('idNumber', 'import.idAsNumber')
      idNumber = ''
    } else if (isMasked(idNumber)) {
      maskedId = normalizeMasked(idNumber)
      idNumber = ''
    }
    const phones = cells.phone
      .split(/[,，、;；/]+/)
      .map((p) => p.trim())
      .filter((p) => p !== '')
    const checkedId = idType === 'resident' && idNumber ? validateResidentId(idNumber) : null
    const fields = personInput.safeParse({
      kind: company ? 'company' : 'person',
      name: cells.name,
      gender: checkedId?.ok ? checkedId.gender : null,
      idType: company ? null : idType,
      idNumber: company ? '' : idNumber,
      creditCode: company ? idNumber : '',
      phones: phones.filter((p) => !isMasked(p)),
      notes: cells.notes
    })
    if (!fields.success) {
      for (const issue of fields.error.issues) {
        const field = String(issue.path[0] ?? 'idNumber')
        if (field === 'name' && cells.name === '') continue
        const key = isMessageKey(issue.message)
          ? issue.message
          : issue.code === 'too_big'
            ? 'field.tooLong'
            : 'field.invalid'
        report(PERSON_COLUMN[field] ?? 'idNumber', key)
      }
    }
    if (!fields.success || !relation || problems.length > personStart) return { row, room, roomNotes: '' }
    const person = fields.data
    const docKey =
      person.kind === 'company'
        ? person.creditCode
          ? `credit:${normalizeCreditCode(person.creditCode)}`
          : undefined
        : person.idNumber
          ? `id:${normalizeIdNumber(person.idNumber)}`
          : undefined
    return {
      row,
      room,
      roomNotes: '',
      person: { relation, fields: person, docKey, maskedId, maskedPhone: phones.some(isMasked) }
    }
  })
  return { parsed, problems }
}
