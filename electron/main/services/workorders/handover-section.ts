import type Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import * as schema from '../../../../db/schema'
import type { Db } from '../../../../db/open'
import type { HandoverProvider } from '../../core/handover'
import { matterUrgency, type MatterItem, type MattersSection } from '../../../../shared/handover/sections'
import { reasonKey } from '../../../../shared/kernel/i18n'
import { complaintDeadlines, type ComplaintFacts } from '../../../../shared/workorders/complaint-deadlines'
import { mostUrgent } from '../../../../shared/workorders/deadlines'
import { categoryOf, repairDeadlines, type RepairFacts } from '../../../../shared/workorders/repair-deadlines'
import type { WorkOrderSettings } from '../../../../shared/workorders/settings'
import { prepared } from '../../core/statements'
import { readWorkOrderSettings } from './settings-store'

/**
 * 报修投诉's part of the handover (交接班): the repairs and services awaiting dispatch (待派工, and
 * 返工 after an unsatisfied visit), those awaiting their follow-up visit (回访), and the complaints
 * whose result the customer has not been told yet. Open matters pass from shift to shift, so every
 * open one is read, not only the window's. Each due moment is the deadline engine's
 * (repairDeadlines / complaintDeadlines from the step moments stored on the row); how urgent it is
 * is read at the window's end on the handover's one scale (due within 60 minutes is dueSoon).
 * Move-in inspection orders have their own way (re-inspection) and no deadlines: not listed.
 */

const LIMIT = 50

const dbs = new WeakMap<Database.Database, Db>()
function dbOf(sqlite: Database.Database): Db {
  let db = dbs.get(sqlite)
  if (!db) dbs.set(sqlite, (db = drizzle(sqlite, { schema })))
  return db
}

interface OrderRow extends Omit<RepairFacts, 'urgent' | 'source'> {
  id: number
  number: string
  roomCode: string
  kind: 'repair' | 'service'
  source: RepairFacts['source']
  status: 'pending' | 'rework' | 'completed'
  urgent: number
  location: string
  description: string
  awaitingApproval: number
  visitAttempted: number
  serviceItemName: string | null
}

// The statuses read are the index's (work_orders_status_idx); the cycle starts at the last rework.
const ORDERS = `SELECT o.id, o.number, rm.code AS roomCode, o.kind, o.source, o.status, o.category, o.location,
    o.description, o.urgent, o.appointment_at AS appointmentAt, o.dispatched_at AS dispatchedAt,
    o.arrived_at AS arrivedAt, o.completed_at AS completedAt, o.leak_test_on AS leakTestOn, o.visited_at AS visitedAt,
    coalesce((SELECT max(e.at) FROM work_order_events e WHERE e.work_order_id = o.id AND e.kind = 'rework'),
      o.created_at) AS cycleStartedAt,
    o.approval_required = 1 AND o.approved_at IS NULL AS awaitingApproval,
    EXISTS (SELECT 1 FROM work_order_events e WHERE e.work_order_id = o.id AND e.kind = 'visitAttempt'
      AND e.at >= o.completed_at) AS visitAttempted,
    si.name AS serviceItemName
  FROM work_orders o JOIN rooms rm ON rm.id = o.room_id LEFT JOIN service_items si ON si.id = o.service_item_id
  WHERE o.status IN ('pending', 'rework', 'completed') AND o.source <> 'checkin'`

interface ComplaintRow extends ComplaintFacts {
  id: number
  number: string
  roomCode: string | null
  customer: string
  subject: string
  description: string
}

// Not yet told the result (待处理, 处理中, 待告知结果): the index's statuses (complaints_status_idx).
const COMPLAINTS = `SELECT c.id, c.number, rm.code AS roomCode, c.customer, c.subject, c.description, c.severity,
    c.customer_deadline AS customerDeadline, c.escalated_at AS escalatedAt, c.answered_at AS answeredAt,
    c.resolved_at AS resolvedAt, c.replied_at AS repliedAt, c.closed_at AS closedAt, c.visited_at AS visitedAt,
    c.created_at AS createdAt
  FROM complaints c LEFT JOIN rooms rm ON rm.id = c.room_id WHERE c.status IN ('open', 'handling', 'resolved')`

const short = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max)}…` : text)

function orderText(order: OrderRow, settings: WorkOrderSettings): string {
  const what =
    order.kind === 'service' ? (order.serviceItemName ?? order.category) : categoryOf(settings, order.category).name
  const head = [what, order.location].filter((part) => part !== '').join(' · ')
  return order.description ? `${head}：${short(order.description)}` : head
}

function orderStatus(order: OrderRow): string {
  if (order.status === 'completed')
    return order.visitAttempted ? 'workOrders.event.visitAttempt' : 'workOrders.handover.awaitingVisit'
  if (order.awaitingApproval) return 'workOrders.status.awaitingApproval'
  return reasonKey('workOrders.status', order.status)
}

/** Most urgent first: the earliest due (an open step's due is never null here), then the number. */
const byDue = (a: MatterItem, b: MatterItem) =>
  (a.due ?? '\uffff').localeCompare(b.due ?? '\uffff') || a.ref.localeCompare(b.ref)

function section(id: string, titleKey: string, order: number, items: MatterItem[]): MattersSection {
  return { kind: 'matters', id, titleKey, order, items: items.sort(byDue).slice(0, LIMIT), total: items.length }
}

function orderSections(sqlite: Database.Database, settings: WorkOrderSettings, at: Date, today: string) {
  const dispatch: MatterItem[] = []
  const visits: MatterItem[] = []
  for (const row of prepared(sqlite, ORDERS).all() as OrderRow[]) {
    const step = row.status === 'completed' ? 'visit' : 'dispatch'
    const facts = { ...row, urgent: row.urgent === 1 }
    const due = repairDeadlines(facts, settings, at).find((s) => s.step === step && s.doneAt === null)?.dueAt ?? null
    const item: MatterItem = {
      ref: row.number,
      roomCode: row.roomCode,
      text: orderText(row, settings),
      statusKey: orderStatus(row),
      due,
      urgency: matterUrgency(due, at.toISOString(), today),
      route: step === 'visit' ? `#/workorders/visits/${row.id}` : `#/workorders/${row.id}`
    }
    ;(step === 'visit' ? visits : dispatch).push(item)
  }
  return [
    section('repairs.dispatch', 'workOrders.handover.dispatch', 120, dispatch),
    section('repairs.followUp', 'workOrders.handover.followUp', 125, visits)
  ]
}

function complaintSection(sqlite: Database.Database, settings: WorkOrderSettings, at: Date, today: string) {
  const items = (prepared(sqlite, COMPLAINTS).all() as ComplaintRow[]).map((row): MatterItem => {
    const next = mostUrgent(complaintDeadlines(row, settings, at))
    const due = next?.dueAt ?? null
    return {
      ref: row.number,
      roomCode: row.roomCode,
      text: `${row.customer}：${short(row.subject || row.description)}`,
      ...(next
        ? {
            statusKey: 'workOrders.handover.complaintStep',
            statusParams: {
              severity: reasonKey('complaints.severity', row.severity),
              step: reasonKey('complaints.step', next.step)
            }
          }
        : { statusKey: reasonKey('complaints.severity', row.severity) }),
      due,
      urgency: matterUrgency(due, at.toISOString(), today),
      route: `#/workorders/complaints/${row.id}`
    }
  })
  return section('complaints.reply', 'workOrders.handover.complaints', 130, items)
}

export const workOrdersHandover: HandoverProvider = (sqlite, window) => {
  const settings = readWorkOrderSettings(dbOf(sqlite))
  const at = new Date(window.to)
  return [...orderSections(sqlite, settings, at, window.today), complaintSection(sqlite, settings, at, window.today)]
}
