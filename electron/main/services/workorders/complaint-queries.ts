import { and, asc, desc, eq, max, ne, or, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../../../db/open'
import { complaintEvents, complaints, rooms, staff } from '../../../../db/schema'
import type { ComplaintEvent, ComplaintSeverity, ComplaintStatus } from '../../../../shared/workorders/complaints-api'

/**
 * The SQL of complaints, through drizzle's query builder: one complaint with its room and who
 * registered it, its events, the list with its filters, and the writes. The row is where the
 * complaint stands; complaint_events (append-only, migration 0017's triggers) how it got there.
 */

export type NewComplaintRow = typeof complaints.$inferInsert
export type ComplaintChanges = Partial<Omit<NewComplaintRow, 'id' | 'number' | 'year' | 'sequence'>>
export type NewComplaintEventRow = typeof complaintEvents.$inferInsert

const columns = {
  id: complaints.id,
  number: complaints.number,
  channel: complaints.channel,
  customer: complaints.customer,
  contact: complaints.contact,
  roomId: complaints.roomId,
  roomCode: rooms.code,
  occurredAt: complaints.occurredAt,
  place: complaints.place,
  subject: complaints.subject,
  department: complaints.department,
  description: complaints.description,
  request: complaints.request,
  category: complaints.category,
  severity: complaints.severity,
  customerDeadline: complaints.customerDeadline,
  status: complaints.status,
  escalatedTo: complaints.escalatedTo,
  escalatedAt: complaints.escalatedAt,
  answeredAt: complaints.answeredAt,
  plan: complaints.plan,
  planCostFen: complaints.planCostFen,
  result: complaints.result,
  invalid: complaints.invalid,
  resolvedAt: complaints.resolvedAt,
  reply: complaints.reply,
  repliedAt: complaints.repliedAt,
  closedAt: complaints.closedAt,
  visitedAt: complaints.visitedAt,
  visitResult: complaints.visitResult,
  createdAt: complaints.createdAt,
  createdBy: staff.displayName
}

type RawRow = Omit<ReturnType<typeof selectRows>[number], 'status'> & { status: string }
// The column is plain text; only the services write it, and only these values.
const withStatus = (row: RawRow) => ({ ...row, status: row.status as ComplaintStatus })
export type ComplaintRow = ReturnType<typeof withStatus>

function selectRows(db: Db, where: SQL | undefined, limit?: number) {
  const query = db
    .select(columns)
    .from(complaints)
    .leftJoin(rooms, eq(rooms.id, complaints.roomId))
    .innerJoin(staff, eq(staff.id, complaints.createdBy))
    .where(where)
    .orderBy(desc(complaints.id))
  return limit === undefined ? query.all() : query.limit(limit).all()
}

export function complaintById(db: Db, complaintId: number): ComplaintRow | undefined {
  const row = selectRows(db, eq(complaints.id, complaintId))[0]
  return row && withStatus(row)
}

export interface ComplaintFilter {
  roomId?: number
  status?: ComplaintStatus
  severity?: ComplaintSeverity
  search?: string
  /** Only complaints with a step that may still be open (not yet visited). */
  openOnly?: boolean
  limit?: number
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/** Newest first; the due filter is applied by the caller, on the computed deadlines. */
export function complaintsWhere(db: Db, filter: ComplaintFilter): ComplaintRow[] {
  const where: SQL[] = []
  if (filter.roomId !== undefined) where.push(eq(complaints.roomId, filter.roomId))
  if (filter.status) where.push(eq(complaints.status, filter.status))
  if (filter.severity) where.push(eq(complaints.severity, filter.severity))
  const text = filter.search?.trim()
  if (text) {
    // A typed % or _ is a character, not a wildcard.
    const pattern = `%${escapeLike(text)}%`
    const found = or(
      sql`${complaints.number} LIKE ${pattern} ESCAPE '\\'`,
      sql`${complaints.customer} LIKE ${pattern} ESCAPE '\\'`,
      sql`${rooms.code} LIKE ${pattern} ESCAPE '\\'`
    )
    if (found) where.push(found)
  }
  if (filter.openOnly) where.push(ne(complaints.status, 'visited'))
  return selectRows(db, and(...where), filter.limit).map(withStatus)
}

/** Oldest first, with who acted; the details are the step's facts as stored. */
export function complaintEventsOf(db: Db, complaintId: number): ComplaintEvent[] {
  return db
    .select({
      id: complaintEvents.id,
      kind: complaintEvents.kind,
      at: complaintEvents.at,
      staffName: staff.displayName,
      note: complaintEvents.note,
      details: complaintEvents.details
    })
    .from(complaintEvents)
    .innerJoin(staff, eq(staff.id, complaintEvents.staffId))
    .where(eq(complaintEvents.complaintId, complaintId))
    .orderBy(asc(complaintEvents.id))
    .all()
    .map((e) => ({ ...e, details: e.details ? (JSON.parse(e.details) as Record<string, unknown>) : null }))
}

/** The year's highest sequence so far (0 before its first complaint). */
export function lastComplaintSequence(db: Db, year: number): number {
  const row = db
    .select({ last: max(complaints.sequence) })
    .from(complaints)
    .where(eq(complaints.year, year))
    .get()
  return row?.last ?? 0
}

export function insertComplaint(db: Db, row: NewComplaintRow): number {
  return db.insert(complaints).values(row).returning({ id: complaints.id }).get().id
}

export function updateComplaint(db: Db, complaintId: number, set: ComplaintChanges): void {
  if (Object.keys(set).length > 0) db.update(complaints).set(set).where(eq(complaints.id, complaintId)).run()
}

export function insertComplaintEvent(db: Db, row: NewComplaintEventRow): void {
  db.insert(complaintEvents).values(row).run()
}

export function roomExists(db: Db, roomId: number): boolean {
  return db.select({ id: rooms.id }).from(rooms).where(eq(rooms.id, roomId)).get() !== undefined
}
