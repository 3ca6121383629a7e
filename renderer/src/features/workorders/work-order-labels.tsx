import { Tag, Typography } from 'antd'
import type { WorkOrderEvent, WorkOrderStatus, WorkOrderSummary } from '@shared/workorders/api'
import { localDateTime } from '@shared/kernel/calendar'
import { stateTag } from '../../lib/colors'
import { useI18n, type TranslateKey } from '../../lib/i18n'

/** The order's state as every work-order screen tags it: waiting orange, repaired blue, closed green. */
const STATUS_TAG: Record<WorkOrderStatus, string> = {
  pending: stateTag.attention,
  completed: stateTag.info,
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

/** What each event is called in the history (the actions' own words, and 登记 for the first). */
export const EVENT_LABEL: Record<WorkOrderEvent['kind'], TranslateKey> = {
  created: 'workOrders.event.created',
  completed: 'workOrders.complete',
  reinspectionBooked: 'workOrders.book',
  accepted: 'workOrders.accept'
}

/** A moment the core keeps as an ISO instant, as the counter reads it. */
export const when = (at: string | null) => (at ? localDateTime(at) : '—')

/** The fixed key of a button, shown on it. */
export const KeyHint = ({ keys }: { keys: string }) => (
  <Typography.Text keyboard style={{ marginInlineStart: 6, fontSize: 12 }}>
    {keys}
  </Typography.Text>
)
