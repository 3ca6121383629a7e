import { useState, type CSSProperties, type MouseEvent } from 'react'
import { Button, Card, Empty, List, Tag, Tooltip, Typography } from 'antd'
import { QuestionCircleOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { api } from '@shared/api'
import type { ArrearsRow } from '@shared/fees/arrears'
import { CALL_QUIET_DAYS } from '@shared/fees/arrears-rules'
import { formatFen } from '@shared/domain/money'
import { call } from '../../../lib/api/client'
import { useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { colors } from '../../../lib/colors'
import { useRoute } from '../../../app/shell/route'
import { Revealable } from '../../households/Revealable'
import { BUCKET_COLORS } from './ArrearsSummary'
import { RemindDialog } from './RemindDialog'

/** The buttons inside a line do their own thing, not open the household. */
const own = (e: MouseEvent) => e.stopPropagation()

/** A reminder's day, without the year when it is this year's: the line is short. */
const dayOf = (at: string, asOf: string) => {
  const day = dayjs(at).format('YYYY-MM-DD')
  return day.slice(0, 4) === asOf.slice(0, 4) ? day.slice(5) : day
}

interface LineProps {
  row: ArrearsRow
  asOf: string
  mayCall: boolean
  onRemind: () => void
}

function CallLine({ row, asOf, mayCall, onRemind }: LineProps) {
  const { t } = useI18n()
  const last = row.lastReminder
  return (
    <div style={{ width: '100%', minWidth: 0 }}>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 8 }}>
        <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
          {row.roomCode}
        </Typography.Text>
        <Typography.Text ellipsis={{ tooltip: row.owners }} style={{ flex: 1, minWidth: 0 }}>
          {row.owners}
        </Typography.Text>
        <span style={{ color: colors.owed, fontWeight: 600, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
          ¥{formatFen(row.overdueFen)}
        </span>
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, color: colors.textSecondary, fontSize: 13 }}>
        <span onClick={own}>
          <Revealable
            masked={row.phoneMasked}
            allowed={mayCall}
            label={t('arrears.revealForCall')}
            testId="arrears-call-phone"
            reveal={async () => (await call(api.arrears.revealPhone, { roomId: row.roomId })).value}
          />
        </span>
        <Tag color={BUCKET_COLORS[row.bucket]} style={{ marginInlineEnd: 0 }}>
          {t('arrears.ageValue', { n: row.ageMonths })}
        </Tag>
        {/* What came of the last reminder, on hover: worth knowing before calling again. */}
        <Tooltip title={last?.outcome}>
          <Typography.Text type="secondary" ellipsis style={{ flex: 1, minWidth: 0, fontSize: 13 }}>
            {last
              ? t('arrears.calls.last', { date: dayOf(last.at, asOf), kind: t(`arrears.kind.${last.kind}`) })
              : t('arrears.noReminder')}
          </Typography.Text>
        </Tooltip>
        <Button
          size="small"
          type="link"
          style={{ padding: 0 }}
          onClick={(e) => {
            own(e)
            onRemind()
          }}
          data-testid="arrears-call-remind"
        >
          {t('arrears.action.remind')}
        </Button>
      </div>
    </div>
  )
}

/**
 * 工作台 · 今日催缴: the rooms to phone today (past due, a phone on file, not reminded for a month,
 * not yet due a demand letter), largest debt first. The phone is revealed for the call as on the
 * arrears page, the call is recorded on the spot, and a line opens the household.
 */
export function ArrearsCallCard({ style }: { style?: CSSProperties }) {
  const { t } = useI18n()
  const { navigate } = useRoute()
  const calls = useApiQuery(api.arrears.callList, {}, { staleTime: 0, refetchInterval: 5 * 60_000 })
  const [reminding, setReminding] = useState<ArrearsRow | null>(null)
  const rows = calls.data?.rows ?? []
  return (
    <Card
      size="small"
      style={style}
      data-testid="arrears-calls"
      title={
        <span>
          {t('arrears.calls.title')}
          <Tooltip title={t('arrears.calls.hint', { days: CALL_QUIET_DAYS })}>
            <QuestionCircleOutlined style={{ marginInlineStart: 6, color: colors.textMuted }} />
          </Tooltip>
        </span>
      }
      extra={
        calls.data && (
          <Typography.Link onClick={() => navigate('fees/arrears')} data-testid="arrears-calls-total">
            {t('arrears.calls.total', { n: calls.data.total })}
          </Typography.Link>
        )
      }
    >
      <List<ArrearsRow>
        size="small"
        loading={calls.isPending}
        dataSource={rows}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={calls.isError ? calls.error.message : t('arrears.calls.empty')}
            />
          )
        }}
        renderItem={(row) => (
          <List.Item
            onClick={() => navigate(`households/${row.roomId}`)}
            style={{ cursor: 'pointer', paddingInline: 0 }}
            data-testid={`arrears-call-${row.roomCode}`}
          >
            <CallLine
              row={row}
              asOf={calls.data?.asOf ?? ''}
              mayCall={calls.data?.mayCall ?? false}
              onRemind={() => setReminding(row)}
            />
          </List.Item>
        )}
      />
      {reminding && (
        <RemindDialog
          target={reminding}
          initial={{ kind: 'phone' }}
          onClose={(saved) => {
            setReminding(null)
            // A reminded room is off the list for a month: the list is read again at once.
            if (saved) void calls.refetch()
          }}
        />
      )}
    </Card>
  )
}
