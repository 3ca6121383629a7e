import type { CSSProperties } from 'react'
import { Badge, Card, Empty, Table, Typography } from 'antd'
import { api } from '@shared/api'
import type { TrusteeshipSummary } from '@shared/checkin/trusteeship'
import { useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { useRoute } from '../../../app/shell/route'
import { TrusteeshipTags } from './trusteeship-kit'

/**
 * The 工作台's 托管房屋待处理: running trusteeships over a meter limit or without this week's
 * patrol; a row opens the household file, where the card records the reading or the patrol.
 */
export function TrusteeshipAttentionCard({ style }: { style?: CSSProperties }) {
  const { t } = useI18n()
  const { navigate } = useRoute()
  const attention = useApiQuery(api.trusteeship.attention, {}, { staleTime: 0, refetchInterval: 60_000 })
  const rows = attention.data ?? []
  return (
    <Card
      size="small"
      style={style}
      data-testid="trusteeship-attention"
      title={
        <span>
          {t('trusteeship.attentionTitle')}
          {rows.length > 0 && <Badge count={rows.length} style={{ marginLeft: 8 }} />}
        </span>
      }
    >
      <Table<TrusteeshipSummary>
        rowKey="id"
        size="small"
        loading={attention.isPending}
        dataSource={rows}
        pagination={rows.length > 8 ? { pageSize: 8, size: 'small' } : false}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={attention.isError ? attention.error.message : t('trusteeship.attentionNone')}
            />
          )
        }}
        onRow={(r) => ({ onClick: () => navigate(`households/${r.roomId}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('audit.checkin.col.room'),
            render: (_, r) => (
              <div>
                <div style={{ fontWeight: 600 }}>{r.roomCode}</div>
                <Typography.Text type="secondary">{r.ownerNames || '—'}</Typography.Text>
              </div>
            )
          },
          {
            title: t('trusteeship.lastPatrol'),
            dataIndex: 'lastWeeklyPatrolOn',
            render: (v: string | null) => v ?? t('trusteeship.never')
          },
          { title: t('audit.checkin.col.status'), render: (_, r) => <TrusteeshipTags summary={r} /> }
        ]}
      />
    </Card>
  )
}
