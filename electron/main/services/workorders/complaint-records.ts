import type { Db } from '../../../../db/open'
import { maskPhone } from '../../../../shared/domain/phone'
import { complaintDeadlines } from '../../../../shared/workorders/complaint-deadlines'
import type { ComplaintSummary, ComplaintView } from '../../../../shared/workorders/complaints-api'
import { mostUrgent } from '../../../../shared/workorders/deadlines'
import type { WorkOrderSettings } from '../../../../shared/workorders/settings'
import type { ServiceContext } from '../../core/context'
import { AppError } from '../../core/errors'
import { mayRevealResidentPhone } from '../households/repair-room'
import {
  complaintById,
  complaintEventsOf,
  complaintsWhere,
  type ComplaintFilter,
  type ComplaintRow
} from './complaint-queries'
import { readWorkOrderSettings } from './settings-store'
import { isDue } from './view'

/**
 * Complaints as the screens see them: the row with its deadlines (computed, never stored: a
 * changed rule applies to open complaints at once), the category's name and the contact masked
 * for roles that may not see phones — the household file's own rule (households/repair-room.ts).
 */

export function loadComplaint(db: Db, complaintId: number): ComplaintRow {
  const row = complaintById(db, complaintId)
  if (!row) throw new AppError('NOT_FOUND', {}, { entity: 'complaint', id: complaintId })
  return row
}

interface Seen {
  settings: WorkOrderSettings
  now: Date
  reveal: boolean
}

const seenBy = (ctx: ServiceContext): Seen => ({
  settings: readWorkOrderSettings(ctx.db),
  now: ctx.now(),
  reveal: mayRevealResidentPhone(ctx)
})

function summaryOf(row: ComplaintRow, seen: Seen): ComplaintSummary & Omit<ComplaintView, 'events'> {
  const deadlines = complaintDeadlines(row, seen.settings, seen.now)
  const categoryName = seen.settings.complaintCategories.find((c) => c.key === row.category)?.name ?? row.category
  const contact = row.contact && !seen.reveal ? maskPhone(row.contact) : row.contact
  return { ...row, contact, categoryName, deadlines, next: mostUrgent(deadlines) }
}

export function complaintView(ctx: ServiceContext, complaintId: number): ComplaintView {
  const row = loadComplaint(ctx.db, complaintId)
  return { ...summaryOf(row, seenBy(ctx)), events: complaintEventsOf(ctx.db, complaintId) }
}

export interface ComplaintListInput extends ComplaintFilter {
  due?: 'overdue' | 'today'
  limit: number
}

/** The list's rows carry no long texts: the summary fields only. */
function summaryFields(view: ReturnType<typeof summaryOf>): ComplaintSummary {
  const { id, number, channel, customer, contact, roomId, roomCode, occurredAt, place, subject } = view
  const { department, category, categoryName, severity, status, invalid, createdAt, createdBy } = view
  return {
    ...{ id, number, channel, customer, contact, roomId, roomCode, occurredAt, place, subject },
    ...{ department, category, categoryName, severity, status, invalid, createdAt, createdBy },
    deadlines: view.deadlines,
    next: view.next
  }
}

/** One settings read per call; without a due filter the SQL stops at `limit` rows. */
export function complaintList(ctx: ServiceContext, input: ComplaintListInput): ComplaintSummary[] {
  const seen = seenBy(ctx)
  const { due, limit, ...filter } = input
  // A due list looks through the complaints still open, as the work orders' does (the same rule, isDue).
  const rows = complaintsWhere(ctx.db, due ? { ...filter, openOnly: true } : { ...filter, limit })
  const summaries = rows.map((row) => summaryOf(row, seen))
  return (due ? summaries.filter((c) => isDue(c.deadlines, due, seen.now)).slice(0, limit) : summaries).map(
    summaryFields
  )
}
