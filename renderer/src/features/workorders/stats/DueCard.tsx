import type { CSSProperties } from 'react'
import { Badge, Card, List, Space, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import { api } from '@shared/api'
import type { DueItem } from '@shared/workorders/stats-api'
import { useApiQuery } from '../../../lib/api/hooks'
import { colors } from '../../../lib/colors'
import { useI18n, type TranslateKey } from '../../../lib/i18n'
import { useRoute } from '../../../app/shell/route'
import { URGENCY_TAG } from '../work-order-labels'

/** How many items the card lists; the counts above say how many there are in all. */
const SHOWN = 6

const routeOf = (item: DueItem) =>
  item.type === 'complaint' ? `workorders/complaints/${item.id}` : `workorders/${item.id}`
const stepKey = (item: DueItem) =>
  (item.type === 'complaint' ? `woStats.complaintStep.${item.step}` : `woStats.repairStep.${item.step}`) as TranslateKey

/**
 * 工作台 · 到期提醒: the overdue and due-today steps of repairs, services and complaints, most urgent
 * first; a line opens its order or complaint. Quiet when nothing is due: the card is not shown.
 */
export function DueCard({ style }: { style?: CSSProperties }) {
  const { t } = useI18n()
  const { navigate } = useRoute()
  const due = useApiQuery(api.workOrderStats.due, { limit: 100 }, { staleTime: 0, refetchInterval: 60_000 })
  if (!due.data) return null
  const { overdue, today } = due.data
  if (overdue.length + today.length === 0) return null
  const items = [...overdue, ...today].slice(0, SHOWN)
  const more = overdue.length + today.length - items.length
  return (
    <Card
      size="small"
      style={style}
      data-testid="workorders-due"
      title={
        <Space>
          {t('woStats.due.title')}
          {overdue.length > 0 && (
            <Badge
              count={t('woStats.due.overdue', { count: overdue.length })}
              color={colors.owed}
              data-testid="due-overdue"
            />
          )}
          {today.length > 0 && (
            <Badge
              count={t('woStats.due.today', { count: today.length })}
              color={colors.attention}
              data-testid="due-today"
            />
          )}
        </Space>
      }
    >
      <List<DueItem>
        size="small"
        dataSource={items}
        renderItem={(item) => (
          <List.Item
            onClick={() => navigate(routeOf(item))}
            style={{ cursor: 'pointer' }}
            data-testid={`due-${item.type}-${item.id}`}
            data-urgency={item.urgency}
          >
            <div style={{ display: 'flex', alignItems: 'center', gap: 8, width: '100%' }}>
              <Tag color={URGENCY_TAG[item.urgency]} style={{ marginInlineEnd: 0 }}>
                {t(stepKey(item))}
              </Tag>
              <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
                {item.roomCode ?? '—'}
              </Typography.Text>
              <Typography.Text ellipsis={{ tooltip: item.title }} style={{ flex: 1, minWidth: 0 }}>
                {item.title}
              </Typography.Text>
              <Typography.Text
                style={{ color: item.urgency === 'overdue' ? colors.owed : colors.textSecondary, whiteSpace: 'nowrap' }}
              >
                {t('woStats.due.at', { at: dayjs(item.dueAt).format('MM-DD HH:mm') })}
              </Typography.Text>
            </div>
          </List.Item>
        )}
      />
      {more > 0 && <Typography.Text type="secondary">{t('woStats.due.more', { count: more })}</Typography.Text>}
    </Card>
  )
}
