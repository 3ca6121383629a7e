import type { RenovationStatus, RenovationSummary } from '../../../../shared/permits/renovation-types'
import type { ServiceContext } from '../../core/context'
import { ownerNamesOfRooms } from '../households/permit-room'

export interface RenovationFilter {
  status?: RenovationStatus
  /** Several statuses at once (the 工作台: active and suspended). */
  statuses?: readonly RenovationStatus[]
  open?: boolean
  roomId?: number
  /** One renovation (the drawer's summary part). */
  id?: number
  q?: string
  limit?: number
}

/** Not yet finished: everything but closed and cancelled (the list's 'open'). */
const FINISHED: readonly RenovationStatus[] = ['closed', 'cancelled']

/** A pass or permit edition is no longer out once one of these happened to it. */
const ENDED = `('revoked', 'returned', 'lost', 'used')`

type Row = Omit<RenovationSummary, 'ownerName'>

function whereOf(filter: RenovationFilter): { clauses: string[]; params: unknown[] } {
  const clauses: string[] = []
  const params: unknown[] = []
  const statuses = [...(filter.statuses ?? []), ...(filter.status ? [filter.status] : [])]
  if (statuses.length > 0) {
    clauses.push(`r.status IN (${statuses.map(() => '?').join(', ')})`)
    params.push(...statuses)
  }
  if (filter.open) clauses.push(`r.status NOT IN (${FINISHED.map((s) => `'${s}'`).join(', ')})`)
  if (filter.roomId !== undefined) {
    clauses.push('r.room_id = ?')
    params.push(filter.roomId)
  }
  if (filter.id !== undefined) {
    clauses.push('r.id = ?')
    params.push(filter.id)
  }
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    clauses.push(
      `(r.number LIKE ? ESCAPE '\\' OR rm.code LIKE ? ESCAPE '\\' OR r.applicant_name LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\')`
    )
    params.push(like, like, like, like)
  }
  return { clauses, params }
}

/**
 * Renovations as lists show them, newest first: one query, the counts and the current permit as
 * subqueries (no query per row), the owners' names in one more for all the rooms listed.
 */
export function listRenovations(ctx: ServiceContext, filter: RenovationFilter): RenovationSummary[] {
  const { clauses, params } = whereOf(filter)
  const rows = ctx.store.sqlite
    .prepare(
      `SELECT r.id, r.number, r.room_id AS roomId, rm.code AS roomCode, r.applicant_name AS applicantName,
         r.applicant_kind AS applicantKind, r.contractor_id AS contractorId, c.name AS contractorName,
         r.starts_on AS startsOn, r.ends_on AS endsOn, r.status, r.created_at AS createdAt,
         (SELECT p.number FROM papers p WHERE p.renovation_id = r.id AND p.kind = 'permit'
           ORDER BY p.edition DESC LIMIT 1) AS permitNumber,
         (SELECT p.valid_to FROM papers p WHERE p.renovation_id = r.id AND p.kind = 'permit'
           ORDER BY p.edition DESC LIMIT 1) AS permitValidTo,
         (SELECT count(*) FROM renovation_workers w WHERE w.renovation_id = r.id) AS workerCount,
         (SELECT count(*) FROM papers p WHERE p.renovation_id = r.id AND p.kind = 'pass'
           AND NOT EXISTS (SELECT 1 FROM paper_events e WHERE e.paper_id = p.id AND e.kind IN ${ENDED})) AS passesOut,
         (SELECT count(*) FROM renovation_violations v WHERE v.renovation_id = r.id) AS violationCount
       FROM renovations r
       JOIN rooms rm ON rm.id = r.room_id
       JOIN contractors c ON c.id = r.contractor_id
       ${clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : ''}
       ORDER BY r.created_at DESC, r.id DESC
       LIMIT ?`
    )
    .all(...params, filter.limit ?? 200) as Row[]
  const owners = ownerNamesOfRooms(
    ctx.db,
    rows.map((r) => r.roomId)
  )
  return rows.map((row) => ({ ...row, ownerName: owners.get(row.roomId) ?? '' }))
}
