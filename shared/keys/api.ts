import { z } from 'zod'
import { query, mutation } from '../kernel/procedure'
import { ANY_ROLE, DUTY_ROLES, type Role } from '../kernel/roles'
import { id, optionalText, text } from '../kernel/fields'
import { isoDate, phoneField } from '../domain/person-fields'

export const KEY_KINDS = ['door', 'unitDoor', 'mailbox', 'garage', 'other'] as const
export const KEY_PURPOSES = ['renovation', 'trusteeship', 'family', 'emergency', 'other'] as const
export type KeyKind = (typeof KEY_KINDS)[number]
export type KeyPurpose = (typeof KEY_PURPOSES)[number]

/** Cabinets are set up by supervisors and up; the counter does deposits, hand-outs and returns. */
export const KEY_ADMINS: readonly Role[] = ['supervisor', 'manager', 'admin']
// The night duty lends and takes back keys too (a burst pipe at 2 a.m. needs the owner's key).
export const KEY_CLERKS: readonly Role[] = DUTY_ROLES

export type HookState = 'empty' | 'in' | 'out' | 'overdue'

export interface HookView {
  row: number
  column: number
  state: HookState
  keySetId: number | null
  tagCode: string | null
  roomCode: string | null
  pieces: number | null
  borrowerName: string | null
  expectedReturnAt: string | null
}

export interface CabinetView {
  id: number
  name: string
  rows: number
  columns: number
  hooks: HookView[]
}

export interface AuthorizationView {
  id: number
  name: string
  phoneMasked: string
  idTail: string
  relation: string
  purposes: KeyPurpose[]
  validFrom: string
  validTo: string
  closedAt: string | null
  /** Valid today and not closed. */
  current: boolean
}

export interface KeyMovementView {
  id: number
  kind: 'deposit' | 'borrow' | 'return' | 'withdraw'
  personName: string
  purpose: KeyPurpose | null
  count: number
  expectedReturnAt: string | null
  at: string
  staffName: string
  approverName: string | null
  overrideReason: string | null
  note: string
}

export interface KeyIncidentView {
  id: number
  kind: 'lost' | 'damaged' | 'followUp' | 'closed'
  responsible: string
  description: string
  missingCount: number
  at: string
  staffName: string
}

export interface KeySetView {
  id: number
  tagCode: string
  roomId: number
  roomCode: string
  cabinetId: number
  cabinetName: string
  hookRow: number
  hookColumn: number
  pieces: { kind: KeyKind; count: number }[]
  /** Pieces in custody now: the deposit, less what a short return lost. */
  pieceCount: number
  purpose: KeyPurpose
  depositorName: string
  depositedAt: string
  withdrawnAt: string | null
  status: 'in' | 'out' | 'overdue' | 'withdrawn'
  /** The open hand-out, when the key is out; the phone masked (privacy.revealKeyPhone with the movement id). */
  borrow: {
    movementId: number
    personName: string
    phoneMasked: string
    purpose: KeyPurpose | null
    count: number
    at: string
    expectedReturnAt: string | null
  } | null
  authorizations: AuthorizationView[]
  movements: KeyMovementView[]
  incidents: KeyIncidentView[]
  notes: string
}

export interface OverdueKey {
  keySetId: number
  tagCode: string
  roomCode: string
  cabinetName: string
  hookRow: number
  hookColumn: number
  borrowerName: string
  /** Shown in full: the counter must be able to call the borrower back. */
  borrowerPhone: string
  purpose: KeyPurpose | null
  borrowedAt: string
  expectedReturnAt: string
}

export interface CabinetCount {
  cabinetId: number
  cabinetName: string
  setsIn: number
  piecesIn: number
  setsOut: number
  piecesOut: number
  overdue: number
}

const authorizationInput = z.strictObject({
  name: text(30),
  phone: phoneField,
  idTail: z
    .string()
    .trim()
    .regex(/^[0-9]{5}[0-9Xx]$/, 'field.idTail')
    .transform((v) => v.toUpperCase()),
  relation: text(20),
  purposes: z.array(z.enum(KEY_PURPOSES)).min(1).max(KEY_PURPOSES.length),
  validFrom: isoDate,
  validTo: isoDate
})

const borrowerCheck = {
  personName: text(30),
  idTail: z
    .string()
    .trim()
    .regex(/^[0-9]{5}[0-9Xx]$/, 'field.idTail')
    .transform((v) => v.toUpperCase())
}

export const keysApi = {
  cabinets: query<CabinetView[]>()('keys.cabinets', z.strictObject({}), ANY_ROLE),
  saveCabinet: mutation<CabinetView>()(
    'keys.saveCabinet',
    z.strictObject({
      id: id.optional(),
      name: text(20),
      rows: z.number().int().min(1).max(30),
      columns: z.number().int().min(1).max(30)
    }),
    KEY_ADMINS
  ),
  /** The first free hook (of one cabinet, or of any). */
  suggestHook: query<{ cabinetId: number; row: number; column: number } | null>()(
    'keys.suggestHook',
    z.strictObject({ cabinetId: id.optional() }),
    ANY_ROLE
  ),
  /**
   * 存入: the owner (or an agent whose power of attorney is current) leaves keys; the set gets a
   * tag code that does not reveal the room, a free hook, and the list of who may take it.
   */
  deposit: mutation<KeySetView>()(
    'keys.deposit',
    z.strictObject({
      roomId: id,
      depositorId: id,
      pieces: z
        .array(z.strictObject({ kind: z.enum(KEY_KINDS), count: z.number().int().min(1).max(20) }))
        .min(1)
        .max(10),
      purpose: z.enum(KEY_PURPOSES),
      cabinetId: id,
      hookRow: z.number().int().min(1).max(30),
      hookColumn: z.number().int().min(1).max(30),
      authorized: z.array(authorizationInput).max(20).default([]),
      notes: optionalText(200).default('')
    }),
    KEY_CLERKS
  ),
  get: query<KeySetView>()('keys.get', z.strictObject({ keySetId: id }), ANY_ROLE),
  /** By tag code (typed or scanned from the QR), or every set of a room. */
  find: query<KeySetView[]>()(
    'keys.find',
    z.strictObject({ tagCode: optionalText(12).optional(), roomId: id.optional() }),
    ANY_ROLE
  ),
  /**
   * 借出: only the owner or someone on the authorised list, for an allowed purpose, within the
   * dates, checked against the last six characters of the ID they show. Anyone else is refused
   * with the reason, unless the manager approves an exception with a reason (overrideReason).
   */
  borrow: mutation<KeySetView>()(
    'keys.borrow',
    z.strictObject({
      keySetId: id,
      ...borrowerCheck,
      phone: z.union([z.literal(''), phoneField]).default(''),
      purpose: z.enum(KEY_PURPOSES),
      expectedReturnAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, 'field.date'),
      overrideReason: optionalText(200).optional()
    }),
    KEY_CLERKS
  ),
  /** 归还: the pieces counted back; fewer than went out records a missing-key incident. */
  return: mutation<KeySetView>()(
    'keys.return',
    z.strictObject({ keySetId: id, count: z.number().int().min(0).max(200), note: optionalText(200).default('') }),
    KEY_CLERKS
  ),
  /** 取回: the owner takes the keys back; custody ends, the hook is freed, every authorisation closes. */
  withdraw: mutation<KeySetView>()(
    'keys.withdraw',
    z.strictObject({ keySetId: id, ...borrowerCheck, note: optionalText(200).default('') }),
    KEY_CLERKS
  ),
  incident: mutation<KeySetView>()(
    'keys.incident',
    z.strictObject({
      keySetId: id,
      kind: z.enum(['lost', 'damaged', 'followUp', 'closed']),
      responsible: optionalText(30).default(''),
      description: text(300)
    }),
    KEY_CLERKS
  ),
  /** Keys past their expected return: on the 工作台 and in the shift handover. */
  overdue: query<OverdueKey[]>()('keys.overdue', z.strictObject({}), ANY_ROLE),
  /** For the handover: what each cabinet should hold now, what is out, what is overdue. */
  counts: query<CabinetCount[]>()('keys.counts', z.strictObject({}), ANY_ROLE)
}

/** Key custody's contract groups (one: `keys`). */
export const keysContract = { keys: keysApi } as const
