import { COUNTER_ROLES, roleAllowed, SUPERVISORS, type Role } from '@shared/kernel/roles'
import type { WorkOrderView } from '@shared/workorders/api'
import type { TranslateKey } from '../../lib/i18n'

/**
 * The steps of a repair or service order in the drawer, each with its fixed key (shown on its
 * button) and the states it is offered in. A move-in order keeps its own three (WorkOrderDrawer).
 * The core decides in the end; the buttons only follow the state so the keyboard meets no dead key.
 */
export const REPAIR_ACTIONS = [
  'approve',
  'dispatch',
  'arrive',
  'finish',
  'visit',
  'charge',
  'close',
  'note',
  'print'
] as const
export type RepairAction = (typeof REPAIR_ACTIONS)[number]

export const REPAIR_KEYS: Record<RepairAction, string> = {
  approve: 'F4',
  dispatch: 'F6',
  arrive: 'F7',
  finish: 'F8',
  visit: 'F9',
  charge: 'F10',
  close: 'Alt+C',
  note: 'Alt+M',
  print: 'Ctrl+P'
}

export const REPAIR_ACTION_LABEL: Record<RepairAction, TranslateKey> = {
  approve: 'workOrders.step.approve',
  dispatch: 'workOrders.step.dispatch',
  arrive: 'workOrders.step.arrive',
  finish: 'workOrders.step.finish',
  visit: 'workOrders.step.visit',
  charge: 'workOrders.step.charge',
  close: 'workOrders.step.close',
  note: 'workOrders.step.note',
  print: 'workOrders.step.print'
}

/** A service waiting for a supervisor's 批准 cannot be dispatched yet. */
export const awaitingApproval = (o: WorkOrderView) => o.approvalRequired && o.approvedBy === null

/** A paid order not yet charged: the fee is taken after the resident accepted the work. */
export const chargeDue = (o: WorkOrderView) =>
  o.charge === 'paid' && o.charged === null && (o.status === 'completed' || o.status === 'visited')

/** A paid order charged on a receipt whose money is still to be taken at the counter. */
export const awaitingPayment = (o: WorkOrderView) =>
  o.charged !== null && o.charged.receiptCode === null && o.settlement === 'receipt'

export function repairAllowed(o: WorkOrderView, action: RepairAction): boolean {
  switch (action) {
    case 'approve':
      return o.status === 'pending' && awaitingApproval(o)
    case 'dispatch':
      return (o.status === 'pending' || o.status === 'rework') && !awaitingApproval(o)
    case 'arrive':
      return o.status === 'dispatched'
    case 'finish':
      return o.status === 'inProgress'
    case 'visit':
      return o.status === 'completed'
    case 'charge':
      return chargeDue(o) || awaitingPayment(o)
    case 'close':
      return o.status === 'pending' || (o.status === 'visited' && (o.charge === 'free' || o.charged !== null))
    case 'note':
      return o.status !== 'closed'
    case 'print':
      return true
  }
}

/** Who may: 批准 the supervisors, the rest the counter; printing everybody. */
export function roleMay(role: Role, action: RepairAction): boolean {
  if (action === 'print') return true
  return roleAllowed(role, action === 'approve' ? SUPERVISORS : COUNTER_ROLES)
}
