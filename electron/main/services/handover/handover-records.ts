import type Database from 'better-sqlite3'
import dayjs from 'dayjs'
import type { z } from 'zod'
import type { handoverListInput } from '../../../../shared/handover/api'
import type { HandoverListRow, HandoverRecordView, HandoverSheet } from '../../../../shared/handover/types'
import { AppError } from '../../core/errors'
import { prepared } from '../../core/statements'

/** Handover records as the history, the 工作台 and the printed sheet read them. */

export type HandoverFilter = Omit<z.output<typeof handoverListInput>, 'limit'> & { limit?: number }

const ROW_SELECT = `SELECT h.id, h.number, c.name AS counterName, h.at, h.period_from AS periodFrom,
  o.display_name AS outgoingName, i.display_name AS incomingName, a.display_name AS closedAloneBy,
  h.cash_counted_fen - h.cash_expected_fen AS cashDifferenceFen, h.key_differences AS keyDifferences,
  h.tool_differences AS toolDifferences, h.notes_important AS notesImportant,
  h.backup_file IS NOT NULL AS backupOk
FROM handovers h
JOIN counters c ON c.id = h.counter_id
JOIN staff o ON o.id = h.outgoing_staff_id
LEFT JOIN staff i ON i.id = h.incoming_staff_id
LEFT JOIN staff a ON a.id = h.closed_alone_by`

type RawRow = Omit<HandoverListRow, 'notesImportant' | 'backupOk'> & { notesImportant: number; backupOk: number }

const listRow = ({ notesImportant, backupOk, ...rest }: RawRow): HandoverListRow => ({
  ...rest,
  notesImportant: notesImportant === 1,
  backupOk: backupOk === 1
})

/** The local day's first moment as ISO: the list's dates are the counter's days. */
const dayStart = (day: string) => dayjs(day).startOf('day').toISOString()

export function listHandovers(sqlite: Database.Database, filter: HandoverFilter): HandoverListRow[] {
  const where: string[] = []
  const params: (string | number)[] = []
  const add = (clause: string, ...values: (string | number)[]) => {
    where.push(clause)
    params.push(...values)
  }
  if (filter.from) add('h.at >= ?', dayStart(filter.from))
  if (filter.to) add('h.at < ?', dayjs(dayStart(filter.to)).add(1, 'day').toISOString())
  if (filter.counterId) add('h.counter_id = ?', filter.counterId)
  if (filter.staffId) {
    const id = filter.staffId
    add('(h.outgoing_staff_id = ? OR h.incoming_staff_id = ? OR h.closed_alone_by = ?)', id, id, id)
  }
  const text = filter.text.trim()
  if (text) {
    const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    add(`(h.number LIKE ? ESCAPE '\\' OR h.notes LIKE ? ESCAPE '\\')`, like, like)
  }
  const sql = `${ROW_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY h.id DESC LIMIT ?`
  return (prepared(sqlite, sql).all(...params, filter.limit ?? 100_000) as RawRow[]).map(listRow)
}

export function recordView(sqlite: Database.Database, id: number): HandoverRecordView {
  const row = prepared(sqlite, `${ROW_SELECT} WHERE h.id = ?`).get(id) as RawRow | undefined
  if (!row) throw new AppError('NOT_FOUND')
  const { sheet } = prepared(sqlite, `SELECT sheet FROM handovers WHERE id = ?`).get(id) as { sheet: string }
  const { prints } = prepared(sqlite, `SELECT count(*) AS prints FROM handover_prints WHERE handover_id = ?`).get(
    id
  ) as { prints: number }
  const acknowledgedBy = prepared(
    sqlite,
    `SELECT s.display_name AS name, a.at FROM handover_acks a JOIN staff s ON s.id = a.staff_id
     WHERE a.handover_id = ? ORDER BY a.at`
  ).all(id) as { name: string; at: string }[]
  return { ...listRow(row), sheet: JSON.parse(sheet) as HandoverSheet, prints, acknowledgedBy }
}

/** How long notes stay on the 工作台 of those who come on duty after: a day of shifts. */
const NOTES_HOURS = 24

/**
 * The notes of this counter's handovers of the last day that the person neither wrote (as the
 * outgoing side) nor has read yet, newest first: what happened at the desk since they were last on.
 */
export function pendingNoteIds(sqlite: Database.Database, counterId: number, staffId: number, now: Date): number[] {
  const since = new Date(now.getTime() - NOTES_HOURS * 3_600_000).toISOString()
  const rows = prepared(
    sqlite,
    `SELECT h.id FROM handovers h
     WHERE h.counter_id = ? AND h.at >= ? AND h.notes <> '' AND h.outgoing_staff_id <> ?
       AND NOT EXISTS (SELECT 1 FROM handover_acks a WHERE a.handover_id = h.id AND a.staff_id = ?)
     ORDER BY h.id DESC LIMIT 10`
  ).all(counterId, since, staffId, staffId) as { id: number }[]
  return rows.map((r) => r.id)
}
