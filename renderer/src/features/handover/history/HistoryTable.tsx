import { Table, Tag, Typography, type TableColumnsType } from 'antd'
import type { HandoverListRow } from '@shared/handover/types'
import { localDateTime } from '@shared/kernel/calendar'
import { formatFen } from '@shared/domain/money'
import { colors, stateTag } from '../../../lib/colors'
import { useI18n } from '../../../lib/i18n'
import { mono } from '../ledger/ledger-labels'

/** A cash difference with its sign (short in red, over in orange), or 一致. */
export function CashDifference({ fen, testId }: { fen: number; testId?: string }) {
  const { t } = useI18n()
  if (fen === 0)
    return (
      <Typography.Text type="secondary" data-testid={testId}>
        {t('handoverHistory.even')}
      </Typography.Text>
    )
  return (
    <span style={{ color: fen < 0 ? colors.owed : colors.attention, whiteSpace: 'nowrap' }} data-testid={testId}>
      {fen > 0 ? '+' : ''}
      {formatFen(fen, { symbol: true })}
    </span>
  )
}

/** How many lines (cabinets, tools) were counted differently, or 一致. */
export function LineDifferences({ n }: { n: number }) {
  const { t } = useI18n()
  if (n === 0) return <Typography.Text type="secondary">{t('handoverHistory.even')}</Typography.Text>
  return <Tag color={stateTag.bad}>{t('handoverHistory.lines', { n })}</Tag>
}

/** 王小明 → 李夜班, or who closed the shift without a successor. */
export function People({ row }: { row: HandoverListRow }) {
  const { t } = useI18n()
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {row.outgoingName}
      {' → '}
      {row.incomingName ?? (
        <Tag color={stateTag.attention} style={{ marginInlineStart: 4 }}>
          {t('handoverHistory.closedAlone', { by: row.closedAloneBy ?? '' })}
        </Tag>
      )}
    </span>
  )
}

function useColumns(): TableColumnsType<HandoverListRow> {
  const { t } = useI18n()
  return [
    {
      title: t('handoverHistory.col.number'),
      dataIndex: 'number',
      render: (n: string) => <span style={{ ...mono, whiteSpace: 'nowrap' }}>{n}</span>
    },
    {
      title: t('handoverHistory.col.at'),
      dataIndex: 'at',
      render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{localDateTime(at)}</span>
    },
    { title: t('handoverHistory.col.counter'), dataIndex: 'counterName' },
    { title: t('handoverHistory.col.people'), render: (_, row) => <People row={row} /> },
    {
      title: t('handoverHistory.col.cash'),
      align: 'right',
      render: (_, row) => <CashDifference fen={row.cashDifferenceFen} testId={`history-cash-${row.id}`} />
    },
    { title: t('handoverHistory.col.keys'), render: (_, row) => <LineDifferences n={row.keyDifferences} /> },
    { title: t('handoverHistory.col.tools'), render: (_, row) => <LineDifferences n={row.toolDifferences} /> },
    {
      title: t('handoverHistory.col.notes'),
      render: (_, row) => row.notesImportant && <Tag color={stateTag.bad}>{t('handoverHistory.important')}</Tag>
    },
    {
      title: t('handoverHistory.col.backup'),
      render: (_, row) => (
        <Tag color={row.backupOk ? stateTag.good : stateTag.bad}>
          {t(row.backupOk ? 'handoverHistory.backupOk' : 'handoverHistory.backupMissing')}
        </Tag>
      )
    }
  ]
}

/** The handovers, newest first; `selected` is the row the arrow keys are on, a click or Enter opens it. */
export function HistoryTable({
  rows,
  loading,
  selected,
  onOpen
}: {
  rows: HandoverListRow[]
  loading: boolean
  selected: number | undefined
  onOpen: (id: number) => void
}) {
  const { t } = useI18n()
  const columns = useColumns()
  return (
    <Table<HandoverListRow>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={rows}
      columns={columns}
      // The list holds at most the query's limit (100): one page, so the arrow keys never leave it.
      pagination={false}
      locale={{ emptyText: t('handoverHistory.none') }}
      onRow={(row) => ({
        onClick: () => onOpen(row.id),
        style: { cursor: 'pointer', background: row.id === selected ? colors.selectedBg : undefined },
        'data-testid': `history-row-${row.number}`
      })}
      data-testid="history-table"
    />
  )
}
