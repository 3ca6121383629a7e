import dayjs from 'dayjs'
import { maskPhone } from '../../../../shared/domain/phone'
import { localDate } from '../../../../shared/kernel/calendar'
import type { RepairStep, WorkOrderSummary, WorkOrderView } from '../../../../shared/workorders/api'
import { mostUrgent, type StepDeadline } from '../../../../shared/workorders/deadlines'
import { repairDeadlines } from '../../../../shared/workorders/repair-deadlines'
import type { WorkOrderSettings } from '../../../../shared/workorders/settings'
import type { ServiceContext } from '../../core/context'
import { receiptCodesOf } from '../fees/service-charge'
import { handoverDateOf, mayRevealResidentPhone } from '../households/repair-room'
import { eventsOf, type OrderRow } from './queries'
import { loadOrder } from './records'
import { readWorkOrderSettings } from './settings-store'

/**
 * Work orders as the screens read them: the row's facts, the category's name, the fee, whether it
 * was charged and paid, the step deadlines as of now and (for one order) its warranty and events.
 * What a list needs per row comes from the row itself and one batched look-up of receipts.
 */

/** What every row of one answer shares: the settings, the clock, the privacy rule, the receipt codes. */
export interface ViewContext {
  settings: WorkOrderSettings
  now: Date
  revealPhones: boolean
  receiptCodes: Map<number, string>
}

export function viewContext(ctx: ServiceContext, rows: readonly OrderRow[]): ViewContext {
  const receivableIds = rows.flatMap((r) => (r.receivableId === null ? [] : [r.receivableId]))
  return {
    settings: readWorkOrderSettings(ctx.db),
    now: ctx.now(),
    revealPhones: mayRevealResidentPhone(ctx),
    receiptCodes: receiptCodesOf(ctx.db, receivableIds)
  }
}

export function categoryName(row: OrderRow, settings: WorkOrderSettings): string {
  if (row.source === 'checkin') return row.category
  if (row.kind === 'service' && row.serviceItem) return row.serviceItem.name
  return settings.repairCategories.find((c) => c.key === row.category)?.name ?? row.category
}

/** The steps and their urgency now; a closed order keeps only the steps it did (a withdrawn one's others are moot). */
export function deadlinesOf(row: OrderRow, settings: WorkOrderSettings, now: Date): StepDeadline<RepairStep>[] {
  const steps = repairDeadlines(
    {
      source: row.source,
      category: row.category,
      urgent: row.urgent,
      cycleStartedAt: row.lastReworkAt ?? row.createdAt,
      appointmentAt: row.appointmentAt,
      dispatchedAt: row.dispatchedAt,
      arrivedAt: row.arrivedAt,
      completedAt: row.completedAt,
      leakTestOn: row.leakTestOn,
      visitedAt: row.visitedAt
    },
    settings,
    now
  )
  return row.status === 'closed' ? steps.filter((s) => s.doneAt !== null) : steps
}

/**
 * The lists' due filters, for orders and complaints alike: 'overdue' — an open step past due now
 * (the urgency the row shows as overdue); 'today' — an open step due by the end of today, the
 * overdue ones included (so a 将到期 step after midnight waits for tomorrow's list).
 */
export function isDue(deadlines: readonly StepDeadline[], due: 'overdue' | 'today', now: Date): boolean {
  const limit = due === 'overdue' ? dayjs(now) : dayjs(now).endOf('day')
  return deadlines.some((s) => s.doneAt === null && !dayjs(s.dueAt).isAfter(limit))
}

export function feeOf(row: Pick<OrderRow, 'charge' | 'partsFen' | 'labourFen'>): number | null {
  if (row.charge !== 'paid') return null
  return (row.partsFen ?? 0) + (row.labourFen ?? 0)
}

export function summaryOf(row: OrderRow, view: ViewContext): WorkOrderSummary {
  const deadlines = deadlinesOf(row, view.settings, view.now)
  return {
    id: row.id,
    number: row.number,
    roomId: row.roomId,
    roomCode: row.roomCode,
    source: row.source,
    checkinId: row.checkinId,
    location: row.location,
    category: row.category,
    description: row.description,
    route: row.route,
    status: row.status,
    reinspectionAt: row.reinspectionAt,
    createdAt: row.createdAt,
    createdBy: row.createdByName,
    kind: row.kind,
    reporter: row.reporter,
    contact: row.contact && !view.revealPhones ? maskPhone(row.contact) : row.contact,
    urgent: row.urgent,
    charge: row.charge,
    feeFen: feeOf(row),
    assignee: row.assignee,
    appointmentAt: row.appointmentAt,
    completedAt: row.completedAt,
    leakTestOn: row.leakTestOn,
    visitedAt: row.visitedAt,
    visitResult: row.visitResult,
    reworkCount: row.reworkCount,
    settlement: row.settlement,
    charged:
      row.receivableId === null
        ? null
        : { receivableId: row.receivableId, receiptCode: view.receiptCodes.get(row.receivableId) ?? null },
    categoryName: categoryName(row, view.settings),
    deadlines,
    next: mostUrgent(deadlines)
  }
}

/** Handover + the settings' months; in warranty while today is not after that day. */
function warrantyOf(ctx: ServiceContext, roomId: number, months: number, now: Date): WorkOrderView['warranty'] {
  const handover = handoverDateOf(ctx.db, roomId)
  if (handover === null) return { until: null, inWarranty: false }
  const until = dayjs(handover).add(months, 'month').format('YYYY-MM-DD')
  return { until, inWarranty: localDate(now) <= until }
}

/** One order as the drawer shows it, with its warranty and its events oldest first. */
export function workOrderView(ctx: ServiceContext, workOrderId: number): WorkOrderView {
  const row = loadOrder(ctx.db, workOrderId)
  const view = viewContext(ctx, [row])
  return {
    ...summaryOf(row, view),
    attachmentId: row.attachmentId,
    preferredTime: row.preferredTime,
    partsFen: row.partsFen,
    labourFen: row.labourFen,
    quoteAgreedBy: row.quoteAgreedBy,
    serviceItem: row.serviceItem,
    quantityCenti: row.quantityCenti,
    approvalRequired: row.approvalRequired,
    approvedBy: row.approvedByName,
    approvedAt: row.approvedAt,
    dispatchedAt: row.dispatchedAt,
    arrivedAt: row.arrivedAt,
    workDone: row.workDone,
    materials: row.materials,
    signedBy: row.signedBy,
    signedAt: row.signedAt,
    closedAt: row.closedAt,
    warranty: warrantyOf(ctx, row.roomId, view.settings.warrantyMonths, view.now),
    events: eventsOf(ctx.db, workOrderId)
  }
}
