import { z } from 'zod'
import { query, mutation } from '../kernel/procedure'
import { ANY_ROLE, type Role } from '../kernel/roles'
import { id, text } from '../kernel/fields'
import { ROOM_TYPES } from '../domain/person-fields'
import type { RoomSummary } from './households'

/** Who builds the estate model and imports it: the administrator and the office's supervisors. */
export const ESTATE_ADMINS: readonly Role[] = ['admin', 'supervisor', 'manager']

export interface BuildingView {
  id: number
  code: string
  rooms: number
  units: { id: number; code: string; rooms: number }[]
}

export interface RoomRow extends RoomSummary {
  owners: string
}

export interface ImportProblem {
  /** 1-based row number in the sheet as the person sees it (the header is row 1). */
  row: number
  column: string
  message: string
}

export interface ImportPreview {
  rows: number
  rooms: number
  newRooms: number
  /** The codes of the buildings the import would create, in the estate's order ('3', 'A'). */
  newBuildings: string[]
  persons: number
  relations: number
  problems: ImportProblem[]
}

export interface DocumentType {
  key: string
  name: string
  required: boolean
  active: boolean
  sortKey: number
}

export interface WorkbookFile {
  fileName: string
  dataBase64: string
}

const range = (max: number) =>
  z
    .strictObject({ from: z.number().int().min(-5).max(max), to: z.number().int().min(-5).max(max) })
    .refine((r) => r.from <= r.to, { message: 'field.rangeOrder', path: ['to'] })

const workbook = z.strictObject({
  // Any name: the import itself says why a file of another type cannot be read (estate-workbook.ts).
  fileName: text(200),
  dataBase64: z
    .string()
    .min(4)
    .max(14_000_000)
    .regex(/^[A-Za-z0-9+/]+=*$/, 'field.invalid')
})

export const estateApi = {
  buildings: query<BuildingView[]>()('estate.buildings', z.strictObject({}), ANY_ROLE),
  rooms: query<RoomRow[]>()('estate.rooms', z.strictObject({ buildingId: id, unitId: id.optional() }), ANY_ROLE),
  /**
   * Rooms for a building in one go: units from–to, floors from–to, room positions per floor with
   * the area of each position (room number = floor × 100 + position: 1502 = floor 15, position 2).
   */
  bulkCreate: mutation<{ created: number; building: string }>()(
    'estate.bulkCreate',
    z.strictObject({
      building: text(8).regex(/^[A-Za-z0-9]+$/, 'field.buildingCode'),
      units: range(20),
      floors: range(99),
      skipFloors: z.array(z.number().int().min(-5).max(99)).max(20).default([]),
      positions: z
        .array(z.strictObject({ position: z.number().int().min(1).max(40), area: text(12) }))
        .min(1)
        .max(40),
      type: z.enum(ROOM_TYPES).default('residence')
    }),
    ESTATE_ADMINS
  ),
  importTemplate: query<WorkbookFile>()('estate.importTemplate', z.strictObject({}), ESTATE_ADMINS),
  /** Reads the file and reports every bad row with its reason; writes nothing. */
  importPreview: query<ImportPreview>()('estate.importPreview', workbook, ESTATE_ADMINS),
  /** All-or-nothing: refused whole if any row has a problem. */
  importCommit: mutation<ImportPreview>()('estate.importCommit', workbook, ESTATE_ADMINS),
  exportWorkbook: query<WorkbookFile>()('estate.exportWorkbook', z.strictObject({}), ESTATE_ADMINS),
  /** The household file's checklist: every type, retired ones included. */
  documentTypes: query<DocumentType[]>()('estate.documentTypes', z.strictObject({}), ANY_ROLE),
  /** Adds a type (no key) or changes one; types are retired (active: false), never deleted. */
  saveDocumentType: mutation<DocumentType>()(
    'estate.saveDocumentType',
    z.strictObject({
      key: z
        .string()
        .regex(/^[A-Za-z][A-Za-z0-9]{1,39}$/, 'field.invalid')
        .optional(),
      name: text(30),
      required: z.boolean(),
      active: z.boolean(),
      sortKey: z.number().int().min(0).max(10_000)
    }),
    ESTATE_ADMINS
  )
}
