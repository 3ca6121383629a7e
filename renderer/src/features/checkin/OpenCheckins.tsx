import { useEffect, useState, type CSSProperties } from 'react'
import { Badge, Card, Table, Typography } from 'antd'
import { api } from '@shared/api'
import { localDateTime } from '@shared/kernel/calendar'
import type { CheckinSummary } from '@shared/checkin/api'
import { useApiQuery } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'
import { useHotkeys } from '../../lib/keyboard'
import { colors } from '../../lib/colors'
import { useRoute } from '../../app/shell/route'
import { stepLabel } from './step-drafts'

/**
 * 进行中: the paused check-ins, oldest first, with who started them, when, and the step they
 * stopped at; ↑↓ and Enter resume one (the owner came back with the missing document).
 */
export function OpenCheckins({ card, style }: { card?: boolean; style?: CSSProperties }) {
  const { t } = useI18n()
  const { navigate } = useRoute()
  const open = useApiQuery(api.checkin.open, {}, { staleTime: 0, refetchInterval: 60_000 })
  const rows = open.data ?? []
  const [active, setActive] = useState(0)
  useEffect(() => setActive((i) => Math.min(i, Math.max(rows.length - 1, 0))), [rows.length])
  useHotkeys(
    {
      ArrowDown: () => setActive((i) => Math.min(i + 1, rows.length - 1)),
      ArrowUp: () => setActive((i) => Math.max(i - 1, 0)),
      Enter: () => (rows[active] ? navigate(`checkin/${rows[active].id}`) : false)
    },
    { enabled: !card, whileTyping: false }
  )
  const table = (
    <Table<CheckinSummary>
      rowKey="id"
      size="small"
      dataSource={rows}
      pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
      data-testid="checkin-open"
      locale={{ emptyText: open.isError ? open.error.message : t('checkin.noOpen') }}
      onRow={(r, i) => ({
        onClick: () => navigate(`checkin/${r.id}`),
        style: { cursor: 'pointer', background: !card && i === active ? colors.selectedBg : undefined }
      })}
      columns={[
        { title: t('audit.checkin.col.room'), dataIndex: 'roomCode', render: (v: string) => <strong>{v}</strong> },
        ...(card ? [] : [{ title: t('audit.checkin.col.owner'), dataIndex: 'ownerNames' }]),
        {
          title: t('audit.checkin.col.step'),
          render: (_: unknown, r: CheckinSummary) => stepLabel(t, r.currentStep ?? 'finish')
        },
        { title: t('audit.checkin.col.startedBy'), dataIndex: 'startedBy' },
        { title: t('checkin.startedAt'), render: (_: unknown, r: CheckinSummary) => localDateTime(r.startedAt) },
        ...(card
          ? []
          : [
              {
                title: t('checkin.lastSavedAt'),
                render: (_: unknown, r: CheckinSummary) => localDateTime(r.lastSavedAt)
              }
            ])
      ]}
    />
  )
  if (!card) return table
  return (
    <Card
      size="small"
      style={style}
      data-testid="checkin-open-card"
      title={
        <span>
          {t('checkin.openTitle')}
          {rows.length > 0 && <Badge count={rows.length} style={{ marginLeft: 8 }} />}
        </span>
      }
    >
      {rows.length === 0 ? <Typography.Text type="secondary">{t('checkin.noOpen')}</Typography.Text> : table}
    </Card>
  )
}

/** The 工作台's card of paused check-ins. */
export function OpenCheckinsCard({ style }: { style?: CSSProperties }) {
  return <OpenCheckins card style={style} />
}
