import { Table, Tag } from 'antd'
import type { RenovationSummary } from '@shared/permits/api'
import { colors, stateTag } from '../../../lib/colors'
import { useI18n } from '../../../lib/i18n'
import { mono, RenovationStatusTag, when } from './renovation-labels'

/** The list's columns: number, room, owner, contractor, dates, status, permit, passes out, violations. */
function useColumns(withRoom: boolean) {
  const { t } = useI18n()
  return [
    {
      title: t('renovationScreen.number'),
      dataIndex: 'number',
      width: 150,
      render: (v: string) => <span style={{ ...mono, whiteSpace: 'nowrap' }}>{v}</span>
    },
    ...(withRoom ? [{ title: t('renovationScreen.room'), dataIndex: 'roomCode', width: 90 }] : []),
    { title: t('renovationScreen.owner'), dataIndex: 'ownerName', width: 110, ellipsis: true },
    { title: t('renovationScreen.contractor'), dataIndex: 'contractorName', width: 160, ellipsis: true },
    {
      title: t('renovationScreen.dates'),
      key: 'dates',
      width: 190,
      render: (_: unknown, r: RenovationSummary) => `${r.startsOn} ~ ${r.endsOn}`
    },
    {
      title: t('renovationScreen.status'),
      key: 'status',
      width: 110,
      render: (_: unknown, r: RenovationSummary) => (
        <RenovationStatusTag status={r.status} testId={`renovation-status-${r.id}`} />
      )
    },
    {
      title: t('renovationScreen.permit'),
      key: 'permit',
      width: 210,
      render: (_: unknown, r: RenovationSummary) =>
        r.permitNumber ? (
          <span>
            <span style={mono}>{r.permitNumber}</span>
            <span style={{ color: colors.textMuted, marginInlineStart: 6 }}>
              {t('renovationScreen.validTo', { date: r.permitValidTo ?? '—' })}
            </span>
          </span>
        ) : (
          '—'
        )
    },
    {
      title: t('renovationScreen.passesOut'),
      dataIndex: 'passesOut',
      width: 80,
      render: (n: number) => (n > 0 ? <Tag color={stateTag.info}>{n}</Tag> : '0')
    },
    {
      title: t('renovationScreen.violations'),
      dataIndex: 'violationCount',
      width: 80,
      render: (n: number) => (n > 0 ? <Tag color={stateTag.bad}>{n}</Tag> : '0')
    },
    { title: t('renovationScreen.createdAt'), dataIndex: 'createdAt', width: 132, render: when }
  ]
}

/**
 * The renovations as a table: the page's list (and the household tab's, without the room).
 * `selected` is the row the arrow keys are on; a click or Enter opens the renovation.
 */
export function RenovationsTable({
  rows,
  loading,
  selected,
  onOpen,
  withRoom = true,
  testId
}: {
  rows: RenovationSummary[]
  loading: boolean
  selected?: number
  onOpen: (id: number) => void
  withRoom?: boolean
  testId: string
}) {
  const { t } = useI18n()
  const columns = useColumns(withRoom)
  return (
    <Table<RenovationSummary>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={rows}
      columns={columns}
      scroll={{ x: 1310 }}
      pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
      locale={{ emptyText: t('renovationScreen.none') }}
      onRow={(r) => ({
        onClick: () => onOpen(r.id),
        style: { cursor: 'pointer', background: r.id === selected ? colors.selectedBg : undefined },
        'data-testid': `renovation-row-${r.number}`
      })}
      data-testid={testId}
    />
  )
}
