import { useState } from 'react'
import { Card, Col, Descriptions, Empty, Row, Segmented, Table, Typography, type TableColumnsType } from 'antd'
import dayjs from 'dayjs'
import { api } from '@shared/api'
import type { AuditEntry } from '@shared/foundation/audit'
import { SUPERVISORS } from '@shared/kernel/roles'
import { useApiQuery } from '../lib/api/hooks'
import { useI18n } from '../lib/i18n'
import { useMe } from '../features/foundation/auth/session'
import { navEntries, shortcutHelp, workbenchCards } from './capabilities'

/** The activity table's columns; the whole office's names the counter too. */
function activityColumns(t: ReturnType<typeof useI18n>['t'], scope: 'myShift' | 'all'): TableColumnsType<AuditEntry> {
  return [
    {
      title: t('workbench.column.time'),
      dataIndex: 'at',
      width: 110,
      render: (at: string) => dayjs(at).format('MM-DD HH:mm')
    },
    { title: t('workbench.column.staff'), dataIndex: 'staffName', width: 120 },
    // The whole office's activity names the counter once several share the office server.
    ...(scope === 'all'
      ? [{ title: t('workbench.column.counter'), dataIndex: 'counterName' as const, width: 100 }]
      : []),
    { title: t('workbench.column.summary'), dataIndex: 'summary' },
    { title: t('workbench.column.approver'), dataIndex: 'approverName', width: 120 }
  ]
}

/** The home page: who is on shift where, what this shift has done, and the keys that matter. */
export function WorkbenchPage() {
  const { t } = useI18n()
  const me = useMe()
  const mayViewAll = SUPERVISORS.includes(me.role) || me.role === 'admin'
  const [scope, setScope] = useState<'myShift' | 'all'>('myShift')
  const activity = useApiQuery(api.audit.recent, { scope, hideSessions: true, limit: 50 })

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <Card
          title={t('workbench.greeting', { name: me.displayName })}
          extra={
            mayViewAll && (
              <Segmented
                value={scope}
                onChange={(v) => setScope(v as 'myShift' | 'all')}
                options={[
                  { value: 'myShift', label: t('workbench.activity') },
                  { value: 'all', label: t('workbench.activityAll') }
                ]}
              />
            )
          }
        >
          <Typography.Paragraph data-testid="workbench-shift">
            {t('workbench.shift', {
              counter: me.shift.counterName,
              time: dayjs(me.shift.openedAt).format('YYYY-MM-DD HH:mm')
            })}
            {me.shift.resumed &&
              me.shift.holderId !== me.id &&
              t('workbench.shiftResumed', { holder: me.shift.holderName })}
          </Typography.Paragraph>
          <Table<AuditEntry>
            size="middle"
            rowKey="id"
            loading={activity.isPending}
            dataSource={activity.data ?? []}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            locale={{ emptyText: <Empty description={t('workbench.activityEmpty')} /> }}
            columns={activityColumns(t, scope)}
            data-testid="workbench-activity"
          />
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        {/* What the person coming on duty acts on first (notes, due answers, keys …), then the keys to the screens. */}
        {workbenchCards(me.role).map(({ key, card: WorkbenchCard }) => (
          <WorkbenchCard key={key} style={{ marginBottom: 16 }} />
        ))}
        <Card title={t('workbench.shortcuts')}>
          <Descriptions column={1} size="small" bordered data-testid="workbench-shortcuts">
            {shortcutHelp().map((s) => (
              <Descriptions.Item key={s.keys} label={s.keys}>
                {t(s.label)}
              </Descriptions.Item>
            ))}
            {navEntries(me.role).map((n) => (
              <Descriptions.Item key={n.hotkey} label={n.hotkey}>
                {t('workbench.shortcut.nav', { page: t(n.label) })}
              </Descriptions.Item>
            ))}
          </Descriptions>
        </Card>
      </Col>
    </Row>
  )
}
