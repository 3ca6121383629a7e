import { Tag, Typography } from 'antd'
import type { Urgency } from '@shared/workorders/deadlines'
import type { RepairStep, WorkOrderEvent, WorkOrderStatus, WorkOrderSummary } from '@shared/workorders/api'
import { localDateTime } from '@shared/kernel/calendar'
import { formatFen } from '@shared/domain/money'
import { stateTag } from '../../lib/colors'
import { useI18n, type TranslateKey } from '../../lib/i18n'

/** The order's state as every work-order screen tags it: waiting orange, in hand blue, rework red, done green. */
const STATUS_TAG: Record<WorkOrderStatus, string> = {
  pending: stateTag.attention,
  dispatched: stateTag.info,
  inProgress: stateTag.info,
  completed: stateTag.info,
  visited: stateTag.good,
  rework: stateTag.bad,
  closed: stateTag.good
}

export function StatusTag({ order }: { order: Pick<WorkOrderSummary, 'status' | 'id'> }) {
  const { t } = useI18n()
  return (
    <Tag color={STATUS_TAG[order.status]} data-testid={`workorder-status-${order.id}`}>
      {t(`workOrders.status.${order.status}`)}
    </Tag>
  )
}

/** What each event is called in the history: the core's words, and 登记 for the first. */
export const EVENT_LABEL: Record<WorkOrderEvent['kind'], TranslateKey> = {
  created: 'workOrders.event.created',
  approved: 'workOrders.event.approved',
  dispatched: 'workOrders.event.dispatched',
  arrived: 'workOrders.event.arrived',
  completed: 'workOrders.event.completed',
  reinspectionBooked: 'workOrders.event.reinspectionBooked',
  accepted: 'workOrders.event.accepted',
  charged: 'workOrders.event.charged',
  visitAttempt: 'workOrders.event.visitAttempt',
  visited: 'workOrders.event.visited',
  rework: 'workOrders.event.rework',
  closed: 'workOrders.event.closed',
  noted: 'workOrders.event.noted'
}

/** A move-in order's finish is 维修完成（已复检）, as its button says; a repair's is the core's 完工. */
export const eventLabel = (kind: WorkOrderEvent['kind'], source: WorkOrderSummary['source']): TranslateKey =>
  kind === 'completed' && source === 'checkin' ? 'workOrders.complete' : EVENT_LABEL[kind]

/** Due colours: past due red, due soon or today orange, done green, done late red-orange. */
export const URGENCY_TAG: Record<Urgency, string> = {
  overdue: stateTag.bad,
  dueSoon: stateTag.attention,
  dueToday: stateTag.attention,
  upcoming: stateTag.neutral,
  late: 'volcano',
  done: stateTag.good
}

export const STEP_LABEL: Record<RepairStep, TranslateKey> = {
  dispatch: 'workOrders.step.dispatch',
  arrive: 'workOrders.step.arrive',
  complete: 'workOrders.step.finish',
  visit: 'workOrders.step.visit'
}

/** One step's deadline: 派工 11-22 10:30 in its urgency's colour, the urgency named. */
export function DueTag({ due, testId }: { due: WorkOrderSummary['next']; testId?: string }) {
  const { t } = useI18n()
  if (!due) return <span data-testid={testId}>—</span>
  return (
    <Tag color={URGENCY_TAG[due.urgency]} data-testid={testId} data-urgency={due.urgency}>
      {t(STEP_LABEL[due.step])} {when(due.dueAt)} · {t(`workOrders.urgency.${due.urgency}`)}
    </Tag>
  )
}

/** A moment the core keeps as an ISO instant, as the counter reads it. */
export const when = (at: string | null) => (at ? localDateTime(at) : '—')

/** ¥1,234.00, or — for none. */
export const yuanText = (fen: number | null | undefined) =>
  fen === null || fen === undefined ? '—' : `¥${formatFen(fen)}`

/** The fixed key of a button, shown on it. */
export const KeyHint = ({ keys }: { keys: string }) => (
  <Typography.Text keyboard style={{ marginInlineStart: 6, fontSize: 12 }}>
    {keys}
  </Typography.Text>
)
