import type { CSSProperties } from 'react'
import { Card, Descriptions, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import { api } from '@shared/api'
import { useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { useRoute } from '../../../app/shell/route'

/**
 * 工作台 · 今日值班: the day's roster (each shift and the 总值班) and who holds this counter's open
 * shift; the title opens the roster tab.
 */
export function DutyCard({ style }: { style?: CSSProperties }) {
  const { t } = useI18n()
  const { navigate } = useRoute()
  const today = useApiQuery(api.duty.today, {}, { staleTime: 0, refetchInterval: 60_000 })
  if (!today.data) return null
  const { onDuty, manager, kindNow, openShift, day } = today.data
  return (
    <Card
      size="small"
      style={style}
      data-testid="duty-card"
      title={
        <a onClick={() => navigate('handover/roster')} data-testid="duty-card-title">
          {t('dutyScreen.card.title')} · {day}
        </a>
      }
      extra={<Tag color="blue">{t('dutyScreen.card.now', { kind: t(`shift.kind.${kindNow}`) })}</Tag>}
    >
      <Descriptions size="small" column={1}>
        {onDuty.map((d) => (
          <Descriptions.Item key={d.kind} label={t(`shift.kind.${d.kind}`)}>
            <span data-testid={`duty-card-${d.kind}`}>{d.names.join('、') || '—'}</span>
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('duty.kind.manager')}>
          <span data-testid="duty-card-manager">{manager ?? '—'}</span>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary" data-testid="duty-card-shift">
        {openShift
          ? t('dutyScreen.card.openShift', {
              holder: openShift.holderName,
              kind: t(`shift.kind.${openShift.kind}`),
              time: dayjs(openShift.openedAt).format('HH:mm')
            })
          : t('dutyScreen.card.noShift')}
      </Typography.Text>
    </Card>
  )
}
