import { Space, Table, Tag } from 'antd'
import type { WorkOrderSummary } from '@shared/workorders/api'
import { colors, stateTag } from '../../lib/colors'
import { useI18n } from '../../lib/i18n'
import { DueTag, StatusTag, when } from './work-order-labels'

/** What the row waits for: the most urgent open step, or a move-in order's re-inspection. */
function NextStep({ order }: { order: WorkOrderSummary }) {
  const { t } = useI18n()
  if (order.source === 'checkin')
    return order.reinspectionAt ? (
      <span>
        {t('workOrders.reinspectionAt')} {when(order.reinspectionAt)}
      </span>
    ) : (
      <span>—</span>
    )
  return <DueTag due={order.next} testId={`workorder-next-${order.id}`} />
}

/** 急 for the 24-hour line, 有偿 for a paid order (收 once charged). */
function Flags({ order }: { order: WorkOrderSummary }) {
  const { t } = useI18n()
  return (
    <Space size={2}>
      {order.urgent && <Tag color={stateTag.bad}>{t('workOrders.urgentFlag')}</Tag>}
      {order.charge === 'paid' && (
        <Tag color={order.charged ? stateTag.good : stateTag.attention}>
          {t(order.charged ? 'workOrders.status.charged' : 'workOrders.paidFlag')}
        </Tag>
      )}
    </Space>
  )
}

/**
 * The orders as a table: the page's list and the household tab's. `selected` is the row the
 * arrow keys are on; a click or Enter opens the order.
 */
export function WorkOrdersTable({
  orders,
  loading,
  selected,
  onOpen,
  withRoom = true,
  testId
}: {
  orders: WorkOrderSummary[]
  loading: boolean
  selected?: number
  onOpen: (id: number) => void
  withRoom?: boolean
  testId: string
}) {
  const { t } = useI18n()
  const columns = [
    {
      title: t('workOrders.number'),
      dataIndex: 'number',
      width: 136,
      render: (v: string) => <span style={{ fontFamily: 'Consolas, monospace' }}>{v}</span>
    },
    ...(withRoom ? [{ title: t('workOrders.room'), dataIndex: 'roomCode', width: 96 }] : []),
    { title: t('workOrders.category'), dataIndex: 'categoryName', width: 90 },
    { title: t('workOrders.description'), dataIndex: 'description', width: 200, ellipsis: true },
    { title: t('workOrders.reporter'), dataIndex: 'reporter', width: 84, render: (v: string | null) => v ?? '—' },
    {
      title: t('workOrders.source'),
      dataIndex: 'source',
      width: 96,
      render: (v: WorkOrderSummary['source']) => t(`workOrders.source.${v}`)
    },
    {
      title: t('workOrders.status'),
      key: 'status',
      // Wide enough for the English tags ("Awaiting dispatch"): a tag never runs into the next cell.
      width: 128,
      render: (_: unknown, o: WorkOrderSummary) => <StatusTag order={o} />
    },
    { title: t('workOrders.assignee'), dataIndex: 'assignee', width: 110, render: (v: string | null) => v ?? '—' },
    {
      title: t('workOrders.next'),
      key: 'next',
      width: 200,
      render: (_: unknown, o: WorkOrderSummary) => <NextStep order={o} />
    },
    { title: '', key: 'flags', width: 86, render: (_: unknown, o: WorkOrderSummary) => <Flags order={o} /> },
    { title: t('workOrders.createdAt'), dataIndex: 'createdAt', width: 132, render: when }
  ]
  return (
    <Table<WorkOrderSummary>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={orders}
      columns={columns}
      scroll={{ x: 1364 }}
      pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
      locale={{ emptyText: t(withRoom ? 'workOrders.none' : 'workOrders.roomNone') }}
      onRow={(o) => ({
        onClick: () => onOpen(o.id),
        style: { cursor: 'pointer', background: o.id === selected ? colors.selectedBg : undefined },
        'data-testid': `workorder-row-${o.number}`
      })}
      data-testid={testId}
    />
  )
}
