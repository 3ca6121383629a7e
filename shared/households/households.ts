import { z } from 'zod'
import { query, mutation } from '../kernel/procedure'
import { ANY_ROLE, COUNTER_ROLES, type Role } from '../kernel/roles'
import { id, optionalText, text } from '../kernel/fields'
import {
  isoDate,
  personInput,
  RELATIONS,
  ROOM_STATUSES,
  ROOM_TYPES,
  type IdType,
  type Relation,
  type RoomStatus,
  type RoomType
} from '../domain/person-fields'

/** Counter work on households: everyone who serves residents, and the administrator who sets them up. */
export const HOUSEHOLD_WRITERS: readonly Role[] = [...COUNTER_ROLES, 'admin']

export interface RoomSummary {
  id: number
  code: string
  buildingCode: string
  unitCode: string
  number: string
  floor: number | null
  areaCenti: number
  type: RoomType
  status: RoomStatus
  vip: boolean
  tags: string[]
}

/** A person as the screen shows them: ID and phones masked unless revealed (see privacy.reveal). */
export interface PersonView {
  id: number
  kind: 'person' | 'company'
  name: string
  gender: 'male' | 'female' | null
  idType: IdType | null
  idNumberMasked: string
  creditCode: string
  phonesMasked: string[]
  emergencyName: string
  emergencyPhoneMasked: string
  notes: string
}

export interface RelationView {
  id: number
  relation: Relation
  startedOn: string
  endedOn: string | null
  endReason: string | null
  poaScope: string | null
  poaFrom: string | null
  poaTo: string | null
  person: PersonView
}

export interface DocumentStatus {
  typeKey: string
  name: string
  required: boolean
  onFile: boolean
  markedAt: string | null
  markedBy: string | null
  attachments: AttachmentView[]
}

export interface AttachmentView {
  id: number
  typeKey: string | null
  fileName: string
  mime: string
  sizeBytes: number
  createdAt: string
  createdBy: string | null
}

export interface NoteView {
  id: number
  text: string
  createdAt: string
  createdBy: string | null
}

export interface HouseholdView {
  room: RoomSummary & { notes: string }
  current: RelationView[]
  past: RelationView[]
  documents: DocumentStatus[]
  completeness: { onFile: number; required: number }
  notes: NoteView[]
  /** The signed-in role may reveal ID numbers and phones (audited). */
  mayReveal: boolean
}

export interface TimelineEntry {
  id: number
  at: string
  staffName: string | null
  approverName: string | null
  procedure: string
  summary: string
}

const poa = {
  poaScope: optionalText(200).nullable().default(null),
  poaFrom: isoDate.nullable().default(null),
  poaTo: isoDate.nullable().default(null)
}

export const householdsApi = {
  get: query<HouseholdView>()('households.get', z.strictObject({ roomId: id }), ANY_ROLE),
  timeline: query<TimelineEntry[]>()(
    'households.timeline',
    z.strictObject({ roomId: id, limit: z.number().int().min(1).max(500).default(100) }),
    ANY_ROLE
  ),
  updateRoom: mutation<RoomSummary>()(
    'households.updateRoom',
    z.strictObject({
      roomId: id,
      type: z.enum(ROOM_TYPES),
      status: z.enum(ROOM_STATUSES),
      vip: z.boolean(),
      tags: z.array(text(12)).max(10)
    }),
    HOUSEHOLD_WRITERS
  ),
  addNote: mutation<NoteView>()(
    'households.addNote',
    z.strictObject({ roomId: id, text: text(1000) }),
    HOUSEHOLD_WRITERS
  ),
  /** A new relation to the room, for a person already on file (personId) or a new one (person). */
  addRelation: mutation<RelationView>()(
    'households.addRelation',
    z
      .strictObject({
        roomId: id,
        relation: z.enum(RELATIONS),
        startedOn: isoDate,
        personId: id.optional(),
        person: personInput.optional(),
        ...poa
      })
      .refine((v) => (v.personId === undefined) !== (v.person === undefined), {
        message: 'field.required',
        path: ['person']
      })
      .refine((v) => v.relation !== 'agent' || (v.poaScope && v.poaFrom && v.poaTo), {
        message: 'field.poaRequired',
        path: ['poaScope']
      })
      .refine((v) => !v.poaFrom || !v.poaTo || v.poaFrom <= v.poaTo, { message: 'field.dateOrder', path: ['poaTo'] }),
    HOUSEHOLD_WRITERS
  ),
  updatePerson: mutation<PersonView>()(
    'households.updatePerson',
    z.strictObject({ personId: id, person: personInput }),
    HOUSEHOLD_WRITERS
  ),
  endRelation: mutation<RelationView>()(
    'households.endRelation',
    z.strictObject({ relationId: id, endedOn: isoDate, reason: text(200) }),
    HOUSEHOLD_WRITERS
  ),
  setDocument: mutation<DocumentStatus>()(
    'households.setDocument',
    z.strictObject({ roomId: id, typeKey: text(40), onFile: z.boolean() }),
    HOUSEHOLD_WRITERS
  ),
  /** A scan or photo, base64 in the request (≤ 10 MB); stored in the data folder under its SHA-256. */
  attach: mutation<AttachmentView>()(
    'households.attach',
    z.strictObject({
      roomId: id,
      typeKey: text(40).nullable(),
      fileName: text(200),
      mime: z.enum(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']),
      dataBase64: z
        .string()
        .min(4)
        .max(14_000_000)
        .regex(/^[A-Za-z0-9+/]+=*$/, 'field.invalid')
    }),
    HOUSEHOLD_WRITERS
  ),
  attachment: query<{ fileName: string; mime: string; dataBase64: string }>()(
    'households.attachment',
    z.strictObject({ attachmentId: id }),
    ANY_ROLE
  )
}
