import { Card, Col, Row, Skeleton, Typography } from 'antd'
import type { AgeBucket, ArrearsSummary as Summary } from '@shared/fees/arrears'
import { formatFen } from '@shared/domain/money'
import { useI18n } from '../../../lib/i18n'
import { ageBucketColors, colors } from '@renderer/lib/colors'

export const BUCKET_COLORS: Record<AgeBucket, string> = ageBucketColors

function Figure({
  title,
  fen,
  rooms,
  color,
  testId,
  note
}: {
  title: string
  fen?: number
  rooms: string
  color?: string
  testId: string
  note?: string
}) {
  return (
    <Card size="small" style={{ height: '100%' }} styles={{ body: { padding: '12px 16px' } }} data-testid={testId}>
      <Typography.Text type="secondary" style={{ fontSize: 14 }}>
        {title}
      </Typography.Text>
      <div style={{ fontSize: 24, fontWeight: 600, color, fontVariantNumeric: 'tabular-nums', lineHeight: 1.4 }}>
        {fen === undefined ? rooms : `¥${formatFen(fen)}`}
      </div>
      <Typography.Text style={{ fontSize: 14 }} data-testid={`${testId}-rooms`}>
        {fen === undefined ? note : rooms}
      </Typography.Text>
    </Card>
  )
}

/** The arrears at a glance: by age (1 个月 / 2–3 个月 / 3 个月以上), the total, the demand letters due. */
export function ArrearsSummary({ summary }: { summary: Summary | undefined }) {
  const { t } = useI18n()
  if (!summary) return <Skeleton active paragraph={{ rows: 2 }} />
  const rooms = (n: number) => t('arrears.roomCount', { n })
  return (
    <Row gutter={[12, 12]} data-testid="arrears-summary">
      {summary.buckets.map((b) => (
        <Col key={b.bucket} xs={12} lg={5}>
          <Figure
            title={t(`arrears.bucket.${b.bucket}`)}
            fen={b.fen}
            rooms={rooms(b.rooms)}
            color={BUCKET_COLORS[b.bucket]}
            testId={`arrears-bucket-${b.bucket}`}
          />
        </Col>
      ))}
      <Col xs={12} lg={5}>
        <Figure
          title={`${t('arrears.total')}（${t('arrears.asOf', { date: summary.asOf })}）`}
          fen={summary.totalFen}
          rooms={rooms(summary.rooms)}
          testId="arrears-total"
        />
      </Col>
      <Col xs={24} lg={4}>
        <Figure
          title={t('arrears.lettersDue')}
          rooms={rooms(summary.demandLettersDue)}
          color={summary.demandLettersDue > 0 ? colors.owed : undefined}
          note={t('arrears.lettersDueHint')}
          testId="arrears-letters-due"
        />
      </Col>
    </Row>
  )
}
