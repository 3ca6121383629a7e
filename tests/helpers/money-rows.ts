import type Database from 'better-sqlite3'
import { insertRow, MIGRATION_AT } from './migrations'

interface Parents {
  room: number
  staff: number
  shift: number
  counter: number
  /** The fee item and series of an earlier moneyRows on this data folder (after a reopen). */
  item?: number
  series?: number
}

/**
 * Money rows written by hand at an older schema (needs 0004): a fee item and a receipt series
 * are made once; receivables, receipts with their lines and payments, and voids the way the
 * versions before 0010 made them. The migration tests need rows the services of today would no
 * longer write, so these go around the services on purpose. Pass `item` and `series` back in
 * to go on writing after the database was reopened.
 */
export function moneyRows(sqlite: Database.Database, parents: Parents) {
  const item =
    parents.item ??
    insertRow(sqlite, 'fee_items', {
      name: '物业管理费',
      category: 'property',
      method: 'perArea',
      created_at: MIGRATION_AT
    })
  const series =
    parents.series ??
    insertRow(sqlite, 'receipt_series', { counter_id: parents.counter, prefix: 'T', created_at: MIGRATION_AT })
  let number =
    (sqlite.prepare(`SELECT max(number) AS n FROM receipts WHERE series_id = ?`).get(series) as { n: number | null })
      .n ?? 1000
  return {
    ...parents,
    item,
    series,
    receivable: (period: string, source: string, roomId = parents.room) =>
      insertRow(sqlite, 'receivables', {
        room_id: roomId,
        item_id: item,
        period,
        period_from: `${period}-01`,
        period_to: `${period}-28`,
        quantity_centi: 100,
        price_e4: 2226500,
        amount_fen: 22265,
        due_on: `${period}-20`,
        source,
        created_at: MIGRATION_AT
      }),
    receipt: (receivableIds: number[]) => {
      number++
      const id = insertRow(sqlite, 'receipts', {
        series_id: series,
        number,
        code: `T${number}`,
        kind: 'payment',
        room_id: parents.room,
        payer_name: '张三',
        total_fen: 22265 * receivableIds.length,
        issued_at: MIGRATION_AT,
        staff_id: parents.staff,
        shift_id: parents.shift
      })
      for (const r of receivableIds) {
        insertRow(sqlite, 'receipt_lines', {
          receipt_id: id,
          receivable_id: r,
          item_name: '物业管理费',
          category: 'property',
          amount_fen: 22265
        })
      }
      insertRow(sqlite, 'payments', { receipt_id: id, method: 'cash', amount_fen: 22265 * receivableIds.length })
      for (const r of receivableIds)
        sqlite.prepare(`UPDATE receivables SET paid_receipt_id = ? WHERE id = ?`).run(id, r)
      return id
    },
    /** A void as versions before 0010 made it: the receipt's receivables are simply unpaid again. */
    oldVoid: (receiptId: number) => {
      const id = insertRow(sqlite, 'receipt_voids', {
        receipt_id: receiptId,
        reason: '收错',
        voided_at: MIGRATION_AT,
        staff_id: parents.staff
      })
      sqlite.prepare(`UPDATE receivables SET paid_receipt_id = NULL WHERE paid_receipt_id = ?`).run(receiptId)
      return id
    }
  }
}

export function receivableState(sqlite: Database.Database, id: number) {
  return sqlite
    .prepare(`SELECT paid_receipt_id AS paid, cancelled_void_id AS cancelled FROM receivables WHERE id = ?`)
    .get(id)
}
