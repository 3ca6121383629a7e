import { Button, Space, Table } from 'antd'
import { LoginOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import { localDateTime } from '@shared/kernel/calendar'
import type { CheckinSummary } from '@shared/checkin/api'
import { CHECKIN_FROM_STATUSES } from '@shared/checkin/rules'
import type { HouseholdView } from '@shared/households/households'
import { useApiQuery } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'
import { useRoute } from '../../app/shell/route'
import { useStartCheckin } from './CandidatePicker'
import { CheckinStatusTag } from './CheckinRecords'

/** The household's 入住 tab: the room's check-ins, and 办理入住 (or 继续办理) while it is 未交付 or 空置. */
export function RoomCheckinsTab({ household }: { household: HouseholdView }) {
  const { t } = useI18n()
  const { navigate } = useRoute()
  const start = useStartCheckin()
  const roomId = household.room.id
  const list = useApiQuery(api.checkin.list, { roomId, limit: 50 }, { staleTime: 0 })
  const rows = list.data ?? []
  const open = rows.find((r) => r.status === 'open')
  const may = (CHECKIN_FROM_STATUSES as readonly string[]).includes(household.room.status)
  return (
    <Space orientation="vertical" size={10} style={{ width: '100%' }}>
      {(open || may) && (
        <Button
          type="primary"
          icon={<LoginOutlined />}
          onClick={() => void start({ roomId, openCheckinId: open?.id ?? null })}
          data-testid="room-checkin-start"
        >
          {open ? t('checkin.resumeRoom') : t('checkin.startRoom')}
        </Button>
      )}
      <Table<CheckinSummary>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rows}
        data-testid="room-checkins"
        locale={{ emptyText: list.isError ? list.error.message : t('checkin.noRecords') }}
        onRow={(r) => ({ onClick: () => navigate(`checkin/${r.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('audit.checkin.col.status'), render: (_, r) => <CheckinStatusTag row={r} /> },
          { title: t('audit.checkin.col.case'), render: (_, r) => (r.case ? t(`audit.checkin.case.${r.case}`) : '') },
          { title: t('checkin.startedAt'), render: (_, r) => localDateTime(r.startedAt) },
          { title: t('audit.checkin.col.startedBy'), dataIndex: 'startedBy' },
          { title: t('checkin.finishedAt'), render: (_, r) => (r.finishedAt ? localDateTime(r.finishedAt) : '') },
          { title: t('audit.checkin.col.defects'), dataIndex: 'defects' }
        ]}
      />
    </Space>
  )
}
