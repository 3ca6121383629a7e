import { Table } from 'antd'
import type { WorkOrderSummary } from '@shared/workorders/api'
import { colors } from '../../lib/colors'
import { useI18n } from '../../lib/i18n'
import { StatusTag, when } from './work-order-labels'

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
      width: 140,
      render: (v: string) => <span style={{ fontFamily: 'Consolas, monospace' }}>{v}</span>
    },
    ...(withRoom ? [{ title: t('workOrders.room'), dataIndex: 'roomCode', width: 100 }] : []),
    { title: t('workOrders.location'), dataIndex: 'location', width: 90 },
    { title: t('workOrders.category'), dataIndex: 'category', width: 90 },
    { title: t('workOrders.description'), dataIndex: 'description', ellipsis: true },
    {
      title: t('workOrders.source'),
      dataIndex: 'source',
      width: 100,
      render: (v: WorkOrderSummary['source']) => t(`workOrders.source.${v}`)
    },
    {
      title: t('workOrders.route'),
      dataIndex: 'route',
      width: 110,
      render: (v: WorkOrderSummary['route']) => t(`workOrders.route.${v}`)
    },
    {
      title: t('workOrders.status'),
      key: 'status',
      width: 90,
      render: (_: unknown, o: WorkOrderSummary) => <StatusTag order={o} />
    },
    { title: t('workOrders.reinspectionAt'), dataIndex: 'reinspectionAt', width: 140, render: when },
    { title: t('workOrders.createdAt'), dataIndex: 'createdAt', width: 140, render: when }
  ]
  return (
    <Table<WorkOrderSummary>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={orders}
      columns={columns}
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
