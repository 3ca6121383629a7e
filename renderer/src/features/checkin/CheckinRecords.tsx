import { useState } from 'react'
import { App, Button, DatePicker, Select, Space, Table, Tag } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import type { Dayjs } from 'dayjs'
import { api } from '@shared/api'
import { localDateTime } from '@shared/kernel/calendar'
import type { CheckinStatus, CheckinSummary } from '@shared/checkin/api'
import { call } from '../../lib/api/client'
import { useApiQuery } from '../../lib/api/hooks'
import { downloadFile } from '../../lib/download'
import { useI18n } from '../../lib/i18n'
import { now } from '../../lib/clock'
import { stateTag } from '../../lib/colors'
import { useRoute } from '../../app/shell/route'
import { failureText } from './failure-text'

const STATUS_TAG: Record<CheckinStatus, string> = {
  open: stateTag.attention,
  done: stateTag.good,
  cancelled: stateTag.neutral
}

/** The check-in's state as a tag: 进行中, 已完成 (入住 or 托管), 已取消. */
export function CheckinStatusTag({ row }: { row: CheckinSummary }) {
  const { t } = useI18n()
  const label = row.status === 'done' && row.outcome ? t(`status.${row.outcome}`) : t(`checkin.status.${row.status}`)
  return <Tag color={STATUS_TAG[row.status]}>{label}</Tag>
}

/** 记录: the check-ins started in a date range, by status; 导出 Excel gives the same list. */
export function CheckinRecords() {
  const { t } = useI18n()
  const { message } = App.useApp()
  const { navigate } = useRoute()
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [now().subtract(30, 'day'), now()])
  const [status, setStatus] = useState<CheckinStatus | undefined>(undefined)
  const [exporting, setExporting] = useState(false)
  const filter = { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD'), status }
  const list = useApiQuery(api.checkin.list, { ...filter, limit: 500 }, { staleTime: 0 })
  async function exportList() {
    setExporting(true)
    try {
      downloadFile(await call(api.checkin.export, filter))
    } catch (failure) {
      message.error(failureText(failure))
    } finally {
      setExporting(false)
    }
  }
  return (
    <Space orientation="vertical" size={10} style={{ width: '100%' }}>
      <Space wrap>
        {/* The pickers keep data-* attributes to themselves: their wrappers carry the test ids. */}
        <span data-testid="checkin-records-range">
          <DatePicker.RangePicker
            allowClear={false}
            value={range}
            onChange={(r) => r?.[0] && r[1] && setRange([r[0], r[1]])}
          />
        </span>
        <span data-testid="checkin-records-status">
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('checkin.allStatuses')}
            value={status}
            onChange={(s: CheckinStatus | undefined) => setStatus(s)}
            options={(['open', 'done', 'cancelled'] as const).map((s) => ({
              value: s,
              label: t(`checkin.status.${s}`)
            }))}
          />
        </span>
        <Button
          icon={<DownloadOutlined />}
          loading={exporting}
          onClick={() => void exportList()}
          data-testid="checkin-export"
        >
          {t('checkin.export')}
        </Button>
      </Space>
      <Table<CheckinSummary>
        rowKey="id"
        size="small"
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, size: 'small', hideOnSinglePage: true }}
        data-testid="checkin-records"
        locale={{ emptyText: list.isError ? list.error.message : t('checkin.noRecords') }}
        onRow={(r) => ({ onClick: () => navigate(`checkin/${r.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('audit.checkin.col.room'), dataIndex: 'roomCode' },
          { title: t('audit.checkin.col.owner'), dataIndex: 'ownerNames' },
          { title: t('audit.checkin.col.case'), render: (_, r) => (r.case ? t(`audit.checkin.case.${r.case}`) : '') },
          { title: t('audit.checkin.col.status'), render: (_, r) => <CheckinStatusTag row={r} /> },
          { title: t('checkin.startedAt'), render: (_, r) => localDateTime(r.startedAt) },
          { title: t('audit.checkin.col.startedBy'), dataIndex: 'startedBy' },
          { title: t('checkin.finishedAt'), render: (_, r) => (r.finishedAt ? localDateTime(r.finishedAt) : '') },
          { title: t('audit.checkin.col.defects'), dataIndex: 'defects' }
        ]}
      />
    </Space>
  )
}
