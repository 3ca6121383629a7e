import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { shifts, staff } from './staff'
import { persons, rooms } from './estate'

export const KEY_KINDS = ['door', 'unitDoor', 'mailbox', 'garage', 'other'] as const
export const KEY_PURPOSES = ['renovation', 'trusteeship', 'family', 'emergency', 'other'] as const

/** A key cabinet (钥匙柜) of rows × columns of hooks. */
export const keyCabinets = sqliteTable('key_cabinets', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  rows: integer('rows').notNull(),
  columns: integer('columns').notNull(),
  createdAt: text('created_at').notNull()
})

/**
 * A set of an owner's keys held in custody. The tag code does not reveal the room. The set sits on
 * one hook while in custody; `withdrawnAt` ends custody and frees the hook. Where the set is now
 * (in the cabinet or out with a borrower) is read from its movements.
 */
export const keySets = sqliteTable(
  'key_sets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tagCode: text('tag_code').notNull().unique(),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id),
    cabinetId: integer('cabinet_id')
      .notNull()
      .references(() => keyCabinets.id),
    hookRow: integer('hook_row').notNull(),
    hookColumn: integer('hook_column').notNull(),
    /** [{ kind: 'door', count: 2 }, …] */
    pieces: text('pieces').notNull(),
    pieceCount: integer('piece_count').notNull(),
    purpose: text('purpose', { enum: KEY_PURPOSES }).notNull(),
    depositorId: integer('depositor_id')
      .notNull()
      .references(() => persons.id),
    depositedAt: text('deposited_at').notNull(),
    withdrawnAt: text('withdrawn_at'),
    notes: text('notes').notNull().default('')
  },
  (t) => [
    // A hook holds one key set at a time.
    uniqueIndex('key_sets_hook_uq')
      .on(t.cabinetId, t.hookRow, t.hookColumn)
      .where(sql`${t.withdrawnAt} is null`),
    index('key_sets_room_idx').on(t.roomId),
    check('key_sets_count_ck', sql`${t.pieceCount} > 0`)
  ]
)

/** Who may take the key and for what, from when to when (保管钥匙委托书). Closed, never deleted. */
export const keyAuthorizations = sqliteTable(
  'key_authorizations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    keySetId: integer('key_set_id')
      .notNull()
      .references(() => keySets.id),
    name: text('name').notNull(),
    phone: text('phone').notNull(),
    idTail: text('id_tail').notNull(),
    relation: text('relation').notNull(),
    purposes: text('purposes').notNull(),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to').notNull(),
    closedAt: text('closed_at'),
    createdAt: text('created_at').notNull()
  },
  (t) => [index('key_authorizations_set_idx').on(t.keySetId)]
)

/**
 * 钥匙签收: every deposit, hand-out, return and withdrawal, append-only. `count` is how many
 * pieces moved; a return with fewer pieces than went out records an incident.
 */
export const keyMovements = sqliteTable(
  'key_movements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    keySetId: integer('key_set_id')
      .notNull()
      .references(() => keySets.id),
    kind: text('kind', { enum: ['deposit', 'borrow', 'return', 'withdraw'] }).notNull(),
    personName: text('person_name').notNull(),
    personIdTail: text('person_id_tail').notNull().default(''),
    personPhone: text('person_phone').notNull().default(''),
    authorizationId: integer('authorization_id').references(() => keyAuthorizations.id),
    purpose: text('purpose', { enum: KEY_PURPOSES }),
    count: integer('count').notNull(),
    expectedReturnAt: text('expected_return_at'),
    /** The borrow a return answers. */
    borrowId: integer('borrow_id'),
    note: text('note').notNull().default(''),
    at: text('at').notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    shiftId: integer('shift_id')
      .notNull()
      .references(() => shifts.id),
    approverId: integer('approver_id').references(() => staff.id),
    overrideReason: text('override_reason'),
    /** SHA-256 chained to the previous movement (db/chain.ts). */
    hash: text('hash')
  },
  (t) => [
    index('key_movements_set_idx').on(t.keySetId, t.id),
    // The handover counts the movements of its shifts.
    index('key_movements_shift_idx').on(t.shiftId),
    check('key_movements_count_ck', sql`${t.count} >= 0`)
  ]
)

/** A lost or damaged key: who had it, what happened, what is being done. Follow-ups are new rows. */
export const keyIncidents = sqliteTable(
  'key_incidents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    keySetId: integer('key_set_id')
      .notNull()
      .references(() => keySets.id),
    movementId: integer('movement_id').references(() => keyMovements.id),
    kind: text('kind', { enum: ['lost', 'damaged', 'followUp', 'closed'] }).notNull(),
    responsible: text('responsible').notNull().default(''),
    description: text('description').notNull(),
    missingCount: integer('missing_count').notNull().default(0),
    at: text('at').notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id)
  },
  (t) => [index('key_incidents_set_idx').on(t.keySetId)]
)
