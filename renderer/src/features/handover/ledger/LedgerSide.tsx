import { App, Button, Card, Descriptions, List, Space, Typography } from 'antd'
import { api } from '@shared/api'
import type { ReviewKind } from '@shared/handover/ledger-types'
import { localDateTime } from '@shared/kernel/calendar'
import { roleAllowed, SUPERVISORS } from '@shared/kernel/roles'
import { ApiFailure } from '../../../lib/api/client'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { now } from '../../../lib/clock'
import { useI18n } from '../../../lib/i18n'
import { useMe } from '../../foundation/auth/session'

/** Who may mark a period read: the team lead (or above) the day, the department head the week. */
const mayReview = (role: Parameters<typeof roleAllowed>[0], kind: ReviewKind) =>
  kind === 'daily' ? roleAllowed(role, SUPERVISORS) : role === 'manager'

function PeriodFigures({ kind, day }: { kind: ReviewKind; day: string }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const role = useMe().role
  const figures = useApiQuery(api.ledger.figures, { kind, day }, { staleTime: 0 })
  const review = useApiMutation(api.ledger.review, [api.ledger.figures])
  const f = figures.data
  async function mark() {
    try {
      await review.mutateAsync({ kind, day })
      message.success(t('ledgerScreen.figures.reviewDone'))
    } catch (error) {
      message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }} data-testid={`ledger-figures-${kind}`}>
      <Typography.Text strong>
        {t(kind === 'daily' ? 'ledgerScreen.figures.daily' : 'ledgerScreen.figures.weekly')}
        {f && <Typography.Text type="secondary"> {f.from === f.to ? f.from : `${f.from} ~ ${f.to}`}</Typography.Text>}
      </Typography.Text>
      {f && (
        <>
          <Descriptions size="small" column={3} colon={false}>
            <Descriptions.Item label={t('ledgerScreen.figures.entries')}>{f.entries}</Descriptions.Item>
            <Descriptions.Item label={t('ledgerScreen.figures.promised')}>{f.promised}</Descriptions.Item>
            <Descriptions.Item label={t('ledgerScreen.figures.onTime')}>{f.answeredOnTime}</Descriptions.Item>
            <Descriptions.Item label={t('ledgerScreen.figures.rate')}>
              <Typography.Text strong data-testid={`ledger-rate-${kind}`}>
                {f.onTimePercent === null ? '—' : `${f.onTimePercent}%`}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('ledgerScreen.figures.open')}>{f.open}</Descriptions.Item>
          </Descriptions>
          <Space>
            <Typography.Text type={f.review ? 'success' : 'secondary'} data-testid={`ledger-review-${kind}`}>
              {f.review
                ? t('ledgerScreen.figures.reviewed', { name: f.review.staffName, at: localDateTime(f.review.at) })
                : t('ledgerScreen.figures.notReviewed')}
            </Typography.Text>
            {!f.review && mayReview(role, kind) && (
              <Button
                size="small"
                loading={review.isPending}
                onClick={() => void mark()}
                data-testid={`ledger-mark-${kind}`}
              >
                {t('ledgerScreen.figures.review')}
              </Button>
            )}
          </Space>
        </>
      )}
    </Space>
  )
}

/** The day's and the week's figures with the on-time rate, and the 已阅 marks. */
export function FiguresCard() {
  const { t } = useI18n()
  const today = now().format('YYYY-MM-DD')
  return (
    <Card size="small" title={t('ledgerScreen.figures.title')}>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <PeriodFigures kind="daily" day={today} />
        <PeriodFigures kind="weekly" day={today} />
      </Space>
    </Card>
  )
}

/** The outside numbers for enquiries (电视, 电信, 派出所 …), from the handover settings. */
export function ContactsCard() {
  const { t } = useI18n()
  const contacts = useApiQuery(api.duty.contacts, {}, { retry: false })
  // Until the duty part answers, the same list is read from the settings it comes from.
  const settings = useApiQuery(api.handover.settings, {}, { enabled: contacts.isError })
  const numbers = contacts.data ?? settings.data?.outsideNumbers ?? []
  return (
    <Card size="small" title={t('ledgerScreen.contacts.title')} data-testid="ledger-contacts">
      <List
        size="small"
        dataSource={numbers}
        renderItem={(n) => (
          <List.Item extra={<Typography.Text copyable>{n.phone}</Typography.Text>}>
            <span>
              {n.name}
              {n.note && <Typography.Text type="secondary"> {n.note}</Typography.Text>}
            </span>
          </List.Item>
        )}
      />
    </Card>
  )
}
