import { eq, inArray } from 'drizzle-orm'
import { pinyin } from 'pinyin-pro'
import { personPhones, persons } from '../../../../db/schema'
import type { Db } from '../../../../db/open'
import type { PersonView } from '../../../../shared/households/households'
import type { personInput } from '../../../../shared/domain/person-fields'
import { maskIdNumber } from '../../../../shared/domain/mask'
import { maskPhone } from '../../../../shared/domain/phone'
import { normalizeIdNumber } from '../../../../shared/domain/id-card'
import { normalizeCreditCode } from '../../../../shared/domain/credit-code'
import type { z } from 'zod'
import { AppError } from '../../core/errors'

export type PersonFields = z.output<typeof personInput>
export type PersonRecord = typeof persons.$inferSelect

export const reverse = (value: string) => [...value].reverse().join('')

/**
 * What the search reads beside a name: pinyin initials ('张晓兰' → 'zxl') and full pinyin
 * ('zhangxiaolan'), with surnames read as surnames (单 → shan, 曾 → zeng).
 */
export function nameKeys(name: string): { initials: string; full: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter((s) => s.length > 0)
  return { initials: syllables.map((s) => s[0]).join(''), full: syllables.join('') }
}

export function columns(fields: PersonFields, now: string) {
  const keys = nameKeys(fields.name)
  const isPerson = fields.kind === 'person'
  const idNumber = isPerson && fields.idNumber ? normalizeIdNumber(fields.idNumber) : null
  return {
    kind: fields.kind,
    name: fields.name,
    nameInitials: keys.initials,
    namePinyin: keys.full,
    gender: isPerson ? fields.gender : null,
    idType: idNumber ? fields.idType : null,
    idNumber,
    idReversed: idNumber ? reverse(idNumber) : null,
    creditCode: !isPerson && fields.creditCode ? normalizeCreditCode(fields.creditCode) : null,
    emergencyName: fields.emergencyName || null,
    emergencyPhone: fields.emergencyPhone || null,
    notes: fields.notes,
    updatedAt: now
  }
}

function refuseDuplicateDocument(db: Db, fields: ReturnType<typeof columns>, exceptId?: number): void {
  if (fields.idNumber) {
    const other = db
      .select({ id: persons.id, name: persons.name })
      .from(persons)
      .where(eq(persons.idNumber, fields.idNumber))
      .get()
    if (other && other.id !== exceptId)
      throw new AppError('DUPLICATE_DOCUMENT', { name: other.name }, { field: 'person.idNumber', personId: other.id })
  }
  if (fields.creditCode) {
    const other = db
      .select({ id: persons.id, name: persons.name })
      .from(persons)
      .where(eq(persons.creditCode, fields.creditCode))
      .get()
    if (other && other.id !== exceptId)
      throw new AppError('DUPLICATE_DOCUMENT', { name: other.name }, { field: 'person.creditCode', personId: other.id })
  }
}

export function writePhones(db: Db, personId: number, phones: string[]): void {
  db.delete(personPhones).where(eq(personPhones.personId, personId)).run()
  phones.forEach((phone, position) =>
    db
      .insert(personPhones)
      .values({ personId, phone, phoneReversed: reverse(phone), position })
      .run()
  )
}

export function insertPerson(db: Db, fields: PersonFields, now: Date): PersonRecord {
  const values = columns(fields, now.toISOString())
  refuseDuplicateDocument(db, values)
  const row = db
    .insert(persons)
    .values({ ...values, createdAt: now.toISOString() })
    .returning()
    .get()
  writePhones(db, row.id, fields.phones)
  return row
}

export function updatePersonRecord(db: Db, personId: number, fields: PersonFields, now: Date): PersonRecord {
  const values = columns(fields, now.toISOString())
  refuseDuplicateDocument(db, values, personId)
  const row = db.update(persons).set(values).where(eq(persons.id, personId)).returning().get()
  if (!row) throw new AppError('NOT_FOUND', {}, { entity: 'person', id: personId })
  writePhones(db, personId, fields.phones)
  return row
}

export function getPerson(db: Db, personId: number): PersonRecord {
  const row = db.select().from(persons).where(eq(persons.id, personId)).get()
  if (!row) throw new AppError('NOT_FOUND', {}, { entity: 'person', id: personId })
  return row
}

export function phonesOf(db: Db, personIds: number[]): Map<number, string[]> {
  const map = new Map<number, string[]>()
  if (personIds.length === 0) return map
  const rows = db
    .select()
    .from(personPhones)
    .where(inArray(personPhones.personId, personIds))
    .orderBy(personPhones.position)
    .all()
  for (const row of rows) map.set(row.personId, [...(map.get(row.personId) ?? []), row.phone])
  return map
}

/** The person as screens, lists and prints show them: ID numbers and phones masked. */
export function personView(record: PersonRecord, phones: string[]): PersonView {
  return {
    id: record.id,
    kind: record.kind,
    name: record.name,
    gender: record.gender,
    idType: record.idType,
    idNumberMasked: record.idNumber ? maskIdNumber(record.idNumber) : '',
    creditCode: record.creditCode ?? '',
    phonesMasked: phones.map(maskPhone),
    emergencyName: record.emergencyName ?? '',
    emergencyPhoneMasked: record.emergencyPhone ? maskPhone(record.emergencyPhone) : '',
    notes: record.notes
  }
}
