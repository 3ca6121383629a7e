import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { staff } from './staff'

/** 楼栋. `code` is what people type ('3', 'A'); rooms are coded building-unit-room. */
export const buildings = sqliteTable('buildings', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  sortKey: integer('sort_key').notNull().default(0),
  createdAt: text('created_at').notNull()
})

/** 单元. A building with one entrance still has one unit ('1'); its rooms can be typed as 3-1502. */
export const units = sqliteTable(
  'units',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    buildingId: integer('building_id')
      .notNull()
      .references(() => buildings.id),
    code: text('code').notNull()
  },
  (t) => [uniqueIndex('units_building_code_uq').on(t.buildingId, t.code)]
)

export const ROOM_TYPES = ['residence', 'shop', 'parking', 'storage', 'other'] as const
export const ROOM_STATUSES = ['undelivered', 'vacant', 'occupied', 'trusteeship', 'renovating'] as const

/** 房号. Area in hundredths of m² (integers, no floats). `code` is the normalized '3-2-1502'. */
export const rooms = sqliteTable(
  'rooms',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    buildingId: integer('building_id')
      .notNull()
      .references(() => buildings.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    number: text('number').notNull(),
    code: text('code').notNull(),
    floor: integer('floor'),
    areaCenti: integer('area_centi').notNull(),
    type: text('type', { enum: ROOM_TYPES }).notNull().default('residence'),
    status: text('status', { enum: ROOM_STATUSES }).notNull().default('vacant'),
    vip: integer('vip', { mode: 'boolean' }).notNull().default(false),
    tags: text('tags').notNull().default('[]'),
    notes: text('notes').notNull().default(''),
    createdAt: text('created_at').notNull()
  },
  (t) => [
    uniqueIndex('rooms_code_uq').on(t.code),
    uniqueIndex('rooms_unit_number_uq').on(t.unitId, t.number),
    index('rooms_number_idx').on(t.number),
    check('rooms_area_ck', sql`${t.areaCenti} > 0 and ${t.areaCenti} <= 10000000`),
    check('rooms_type_ck', sql`${t.type} in ('residence','shop','parking','storage','other')`),
    check('rooms_status_ck', sql`${t.status} in ('undelivered','vacant','occupied','trusteeship','renovating')`)
  ]
)

export const ID_TYPES = ['resident', 'passport', 'hkmo', 'taiwan', 'other'] as const

/**
 * A person or a company (单位). Search columns are kept beside the data: pinyin initials and full
 * pinyin of the name, and the ID number reversed so "last 4–6 characters" is an index range.
 */
export const persons = sqliteTable(
  'persons',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['person', 'company'] })
      .notNull()
      .default('person'),
    name: text('name').notNull(),
    nameInitials: text('name_initials').notNull(),
    namePinyin: text('name_pinyin').notNull(),
    gender: text('gender', { enum: ['male', 'female'] }),
    idType: text('id_type', { enum: ID_TYPES }),
    idNumber: text('id_number'),
    idReversed: text('id_reversed'),
    creditCode: text('credit_code'),
    emergencyName: text('emergency_name'),
    emergencyPhone: text('emergency_phone'),
    notes: text('notes').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [
    index('persons_name_idx').on(t.name),
    index('persons_initials_idx').on(t.nameInitials),
    index('persons_pinyin_idx').on(t.namePinyin),
    index('persons_id_reversed_idx').on(t.idReversed),
    uniqueIndex('persons_id_number_uq').on(t.idType, t.idNumber),
    uniqueIndex('persons_credit_code_uq').on(t.creditCode),
    check('persons_kind_ck', sql`${t.kind} in ('person','company')`)
  ]
)

/** Phones, one row each, reversed beside the number so a tail search is an index range. */
export const personPhones = sqliteTable(
  'person_phones',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    phone: text('phone').notNull(),
    phoneReversed: text('phone_reversed').notNull(),
    position: integer('position').notNull().default(0)
  },
  (t) => [index('person_phones_person_idx').on(t.personId), index('person_phones_reversed_idx').on(t.phoneReversed)]
)

export const RELATIONS = ['owner', 'coowner', 'family', 'tenant', 'agent'] as const

/**
 * A person's relation to a room, with its dates. History is kept: a relation is ended (ended_on),
 * never overwritten or deleted. Agents (受托人) carry their power of attorney's scope and dates.
 */
export const roomPersons = sqliteTable(
  'room_persons',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    relation: text('relation', { enum: RELATIONS }).notNull(),
    startedOn: text('started_on').notNull(),
    endedOn: text('ended_on'),
    endReason: text('end_reason'),
    poaScope: text('poa_scope'),
    poaFrom: text('poa_from'),
    poaTo: text('poa_to'),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => staff.id)
  },
  (t) => [
    index('room_persons_room_idx').on(t.roomId),
    index('room_persons_person_idx').on(t.personId),
    check('room_persons_relation_ck', sql`${t.relation} in ('owner','coowner','family','tenant','agent')`)
  ]
)

/** The household file's checklist items (入住通知单, 身份证复印件, …): configurable, never deleted. */
export const documentTypes = sqliteTable('document_types', {
  key: text('key').primaryKey(),
  name: text('name').notNull(),
  sortKey: integer('sort_key').notNull().default(0),
  /** Counted by the completeness indicator; conditional papers (委托书, 单位证明) are not. */
  required: integer('required', { mode: 'boolean' }).notNull().default(true),
  active: integer('active', { mode: 'boolean' }).notNull().default(true)
})

/** One checklist mark per room and document type: on file, with who marked it and when. */
export const roomDocuments = sqliteTable(
  'room_documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id),
    typeKey: text('type_key')
      .notNull()
      .references(() => documentTypes.key),
    onFile: integer('on_file', { mode: 'boolean' }).notNull(),
    markedAt: text('marked_at').notNull(),
    markedBy: integer('marked_by').references(() => staff.id)
  },
  (t) => [uniqueIndex('room_documents_uq').on(t.roomId, t.typeKey)]
)

/** Scans and photos, stored in the data folder under their SHA-256; rows are append-only. */
export const attachments = sqliteTable(
  'attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id),
    typeKey: text('type_key').references(() => documentTypes.key),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => staff.id)
  },
  (t) => [index('attachments_room_idx').on(t.roomId)]
)

/** Notes about a household, appended with who and when. */
export const roomNotes = sqliteTable(
  'room_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id),
    text: text('text').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: integer('created_by').references(() => staff.id)
  },
  (t) => [index('room_notes_room_idx').on(t.roomId)]
)
