import type { CSSProperties } from 'react'
import { Badge, Card, List, Space, Typography } from 'antd'
import { api } from '@shared/api'
import type { LedgerSummary } from '@shared/handover/ledger-types'
import { localDateTime } from '@shared/kernel/calendar'
import { useApiQuery } from '../../../lib/api/hooks'
import { colors } from '../../../lib/colors'
import { useI18n } from '../../../lib/i18n'
import { useRoute } from '../../../app/shell/route'
import { UrgencyTag } from './ledger-labels'

const SHOWN = 6

/**
 * 工作台 · 台帐到期答复: the promised answers overdue or due today, the most urgent first; a line
 * opens the entry. Quiet when nothing is due: the card is not shown.
 */
export function LedgerDueCard({ style }: { style?: CSSProperties }) {
  const { t } = useI18n()
  const { navigate } = useRoute()
  const due = useApiQuery(api.ledger.due, {}, { staleTime: 0, refetchInterval: 60_000 })
  if (!due.data || due.data.length === 0) return null
  const overdue = due.data.filter((d) => d.urgency === 'overdue').length
  const items = due.data.slice(0, SHOWN)
  const more = due.data.length - items.length
  return (
    <Card
      size="small"
      style={style}
      data-testid="ledger-due"
      title={
        <Space>
          {t('ledgerScreen.due.title')}
          {overdue > 0 && <Badge count={t('ledgerScreen.due.overdue', { count: overdue })} color={colors.owed} />}
          {due.data.length > overdue && (
            <Badge count={t('ledgerScreen.due.today', { count: due.data.length - overdue })} color={colors.attention} />
          )}
        </Space>
      }
    >
      <List<LedgerSummary>
        size="small"
        dataSource={items}
        renderItem={(item) => (
          <List.Item
            onClick={() => navigate(`handover/ledger/${item.id}`)}
            style={{ cursor: 'pointer' }}
            data-testid={`ledger-due-${item.id}`}
            data-urgency={item.urgency}
          >
            <div style={{ display: 'flex', alignItems: 'center', gap: 8, width: '100%' }}>
              <UrgencyTag urgency={item.urgency} />
              <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
                {item.roomCode ?? '—'}
              </Typography.Text>
              <Typography.Text ellipsis={{ tooltip: item.content }} style={{ flex: 1, minWidth: 0 }}>
                {item.content}
              </Typography.Text>
              <Typography.Text
                style={{ color: item.urgency === 'overdue' ? colors.owed : colors.textSecondary, whiteSpace: 'nowrap' }}
              >
                {t('ledgerScreen.due.at', { at: localDateTime(item.promisedAt ?? item.at).slice(5) })}
              </Typography.Text>
            </div>
          </List.Item>
        )}
      />
      {more > 0 && <Typography.Text type="secondary">{t('ledgerScreen.due.more', { count: more })}</Typography.Text>}
    </Card>
  )
}
