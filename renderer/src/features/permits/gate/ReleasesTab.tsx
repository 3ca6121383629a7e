import { useState } from 'react'
import { Button, DatePicker, Space, Table, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { Dayjs } from 'dayjs'
import dayjs from 'dayjs'
import { api } from '@shared/api'
import type { ReleaseSummary } from '@shared/permits/releases-api'
import { useApiQuery } from '../../../lib/api/hooks'
import { now } from '../../../lib/clock'
import { useI18n } from '../../../lib/i18n'
import { useHotkeys } from '../../../lib/keyboard'
import { KeyHint, mono, StandingTag } from '../renovations/renovation-labels'
import type { PermitsTabProps } from '../tabs'
import { NewReleaseDialog } from './NewReleaseDialog'
import { ReleaseDrawer } from './ReleaseDrawer'

const at = (iso: string | null) => (iso ? dayjs(iso).format('MM-DD HH:mm') : '')

/** 物品放行条: the slips issued on a day (today unless picked); F2 issues one; a row opens it. */
export function ReleasesTab({ openId, open }: PermitsTabProps) {
  const { t } = useI18n()
  const [day, setDay] = useState<Dayjs>(() => now())
  const [creating, setCreating] = useState(false)
  const list = useApiQuery(api.releases.list, { date: day.format('YYYY-MM-DD'), limit: 200 })
  useHotkeys({ F2: () => setCreating(true) })

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space>
        <DatePicker
          value={day}
          allowClear={false}
          onChange={(value) => value && setDay(value)}
          data-testid="releases-date"
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="releases-new">
          {t('gateScreen.newRelease')}
          <KeyHint keys="F2" />
        </Button>
      </Space>
      <Table<ReleaseSummary>
        size="small"
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={false}
        data-testid="releases-table"
        onRow={(row) => ({
          onClick: () => open(row.id),
          style: { cursor: 'pointer' },
          ...({ 'data-testid': `release-row-${row.id}` } as Record<string, string>)
        })}
        locale={{ emptyText: t('gateScreen.releasesEmpty') }}
        columns={[
          { title: t('gateScreen.number'), render: (_, r) => <span style={mono}>{r.number}</span> },
          { title: t('renovationScreen.room'), dataIndex: 'roomCode' },
          {
            title: t('gateScreen.applicant'),
            render: (_, r) => `${t(`gateScreen.applicant.${r.applicantKind}`)} · ${r.applicantName}`
          },
          { title: t('gateScreen.items'), dataIndex: 'itemsText', ellipsis: true },
          { title: t('gateScreen.plate'), dataIndex: 'plate' },
          { title: t('gateScreen.validOn'), dataIndex: 'validOn' },
          {
            title: t('gateScreen.standing'),
            render: (_, r) => (
              <Space size={4}>
                <StandingTag paper={r.paper} testId={`release-standing-${r.id}`} />
                {r.usedAt && (
                  <Typography.Text type="secondary">
                    {at(r.usedAt)} {r.usedBy ?? ''}
                  </Typography.Text>
                )}
              </Space>
            )
          }
        ]}
      />
      {creating && (
        <NewReleaseDialog
          onClose={(createdId) => {
            setCreating(false)
            if (createdId !== null) open(createdId)
          }}
        />
      )}
      {openId !== null && <ReleaseDrawer releaseId={openId} onClose={() => open(null)} />}
    </Space>
  )
}
