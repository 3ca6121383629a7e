import { Table } from 'antd'
import type { ComplaintSummary } from '@shared/workorders/complaints-api'
import { colors } from '../../../lib/colors'
import { useI18n } from '../../../lib/i18n'
import { when } from '../work-order-labels'
import { ComplaintDueTag, ComplaintStatusTag, rowTint, SeverityTag, urgencyText } from './complaint-labels'

/**
 * The complaints as a table: the tab's list and the household file's. Each row carries its next
 * step's urgency (overdue tinted red, the number orange when due today); `selected` is the row
 * the arrow keys are on; a click or Enter opens it.
 */
export function ComplaintsTable({
  complaints,
  loading,
  selected,
  onOpen,
  withRoom = true,
  testId
}: {
  complaints: ComplaintSummary[]
  loading: boolean
  selected?: number
  onOpen: (id: number) => void
  withRoom?: boolean
  testId: string
}) {
  const { t } = useI18n()
  const columns = [
    {
      title: t('complaints.number'),
      dataIndex: 'number',
      width: 136,
      render: (v: string, c: ComplaintSummary) => (
        <span style={{ fontFamily: 'Consolas, monospace', color: urgencyText(c.next) }}>{v}</span>
      )
    },
    {
      title: t('complaints.severity'),
      dataIndex: 'severity',
      width: 92,
      render: (v: ComplaintSummary['severity']) => <SeverityTag severity={v} />
    },
    ...(withRoom
      ? [{ title: t('complaints.room'), dataIndex: 'roomCode', width: 96, render: (v: string | null) => v ?? '—' }]
      : []),
    { title: t('complaints.customer'), dataIndex: 'customer', width: 110, ellipsis: true },
    { title: t('complaints.category'), dataIndex: 'categoryName', width: 90 },
    { title: t('complaints.department'), dataIndex: 'department', width: 116, render: (v: string) => v || '—' },
    {
      title: t('complaints.statusLabel'),
      key: 'status',
      width: 150,
      render: (_: unknown, c: ComplaintSummary) => <ComplaintStatusTag complaint={c} />
    },
    {
      title: t('complaints.next'),
      key: 'next',
      width: 260,
      render: (_: unknown, c: ComplaintSummary) => <ComplaintDueTag due={c.next} testId={`complaint-next-${c.id}`} />
    },
    { title: t('complaints.createdAt'), dataIndex: 'createdAt', width: 150, render: when }
  ]
  return (
    <Table<ComplaintSummary>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={complaints}
      columns={columns}
      scroll={{ x: 1180 }}
      pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
      locale={{ emptyText: t(withRoom ? 'complaints.none' : 'complaints.roomNone') }}
      onRow={(c) => ({
        onClick: () => onOpen(c.id),
        style: { cursor: 'pointer', background: c.id === selected ? colors.selectedBg : rowTint(c.next) },
        'data-testid': `complaint-row-${c.number}`
      })}
      data-testid={testId}
    />
  )
}
