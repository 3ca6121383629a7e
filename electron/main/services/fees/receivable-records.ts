import type Database from 'better-sqlite3'
import type { ReceivableView } from '../../../../shared/fees/fees'
import type { FeeItemRecord } from './fee-items'

/** A receivable as the counter reads it, with the item's name and whether it is past due. */
export function receivableViews(
  sqlite: Database.Database,
  where: string,
  params: unknown[],
  today: string
): ReceivableView[] {
  const rows = sqlite
    .prepare(
      `SELECT r.id, r.room_id AS roomId, r.item_id AS itemId, i.name AS itemName, i.category, r.period, r.period_from AS periodFrom,
              r.period_to AS periodTo, r.quantity_centi AS quantityCenti, r.price_e4 AS priceE4, r.months, r.percent,
              r.amount_fen AS amountFen, r.due_on AS dueOn, r.source, r.note, rc.code AS paidReceiptCode
       FROM receivables r JOIN fee_items i ON i.id = r.item_id LEFT JOIN receipts rc ON rc.id = r.paid_receipt_id
       WHERE ${where} ORDER BY r.due_on, i.sort_key, r.id`
    )
    .all(...params) as Omit<ReceivableView, 'overdue'>[]
  return rows.map((r) => ({ ...r, overdue: r.paidReceiptCode === null && r.dueOn < today }))
}

export interface NewReceivable {
  roomId: number
  item: FeeItemRecord
  period: string | null
  periodFrom: string
  periodTo: string
  quantityCenti: number
  priceE4: number
  months: number
  percent: number
  amountFen: number
  dueOn: string
  source: 'billing' | 'prepay' | 'meter' | 'adhoc'
  note: string
  at: string
  staffId: number | null
}

const statements = new WeakMap<Database.Database, Database.Statement>()

/**
 * Adds a receivable; a monthly one that already exists for the room, item and period is left as
 * it is (the unique index decides), so billing twice never bills twice. Returns the new id or null.
 */
export function insertReceivable(sqlite: Database.Database, r: NewReceivable): number | null {
  let insert = statements.get(sqlite)
  if (!insert) {
    insert = sqlite.prepare(
      `INSERT INTO receivables (room_id, item_id, period, period_from, period_to, quantity_centi, price_e4, months, percent, amount_fen, due_on, source, note, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`
    )
    statements.set(sqlite, insert)
  }
  const result = insert.run(
    r.roomId,
    r.item.id,
    r.period,
    r.periodFrom,
    r.periodTo,
    r.quantityCenti,
    r.priceE4,
    r.months,
    r.percent,
    r.amountFen,
    r.dueOn,
    r.source,
    r.note,
    r.at,
    r.staffId
  )
  return result.changes === 1 ? Number(result.lastInsertRowid) : null
}

export interface CancelledMonth {
  roomId: number
  itemId: number
  period: string
}

/**
 * What a void does to the receivables its receipt settled: the prepaid months that this receipt
 * alone ever named are cancelled (kept, marked with the void — migration 0011 allows nothing
 * else), and everything else it settled is unpaid again. Returns the cancelled months.
 */
export function releaseSettled(sqlite: Database.Database, receiptId: number, voidId: number): CancelledMonth[] {
  const cancelled = sqlite
    .prepare(
      `UPDATE receivables SET paid_receipt_id = NULL, cancelled_void_id = @voidId
       WHERE paid_receipt_id = @receiptId AND source = 'prepay'
         AND NOT EXISTS (SELECT 1 FROM receipt_lines l WHERE l.receivable_id = receivables.id AND l.receipt_id <> @receiptId)
       RETURNING room_id AS roomId, item_id AS itemId, period`
    )
    .all({ receiptId, voidId }) as CancelledMonth[]
  sqlite.prepare(`UPDATE receivables SET paid_receipt_id = NULL WHERE paid_receipt_id = ?`).run(receiptId)
  return cancelled
}
