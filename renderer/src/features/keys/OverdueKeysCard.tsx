import { Badge, Card, Empty, Table, Typography } from 'antd'
import { api } from '@shared/api'
import type { OverdueKey } from '@shared/keys/api'
import { useApiQuery } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'
import { useRoute } from '../../app/shell/route'
import { when } from './key-labels'
import { keyStateColors } from '@renderer/lib/colors'

/**
 * 逾期未还钥匙: keys past their expected return, the borrower's phone in full so the counter can
 * call them back; a row opens the key set. On the 工作台 and on the 钥匙托管 page.
 */
export function OverdueKeysCard({ style, small }: { style?: React.CSSProperties; small?: boolean }) {
  const { t } = useI18n()
  const { navigate } = useRoute()
  const overdue = useApiQuery(api.keys.overdue, {}, { staleTime: 0, refetchInterval: 60_000 })
  const rows = overdue.data ?? []
  return (
    <Card
      size={small ? 'small' : undefined}
      style={style}
      title={
        <span>
          {t('keys.overdueTitle')}
          {rows.length > 0 && <Badge count={rows.length} style={{ marginLeft: 8 }} />}
        </span>
      }
      data-testid="overdue-keys"
    >
      <Table<OverdueKey>
        rowKey="keySetId"
        size="small"
        pagination={rows.length > 8 ? { pageSize: 8, size: 'small' } : false}
        loading={overdue.isPending}
        dataSource={rows}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={overdue.isError ? overdue.error.message : t('keys.overdueNone')}
            />
          )
        }}
        onRow={(r) => ({ onClick: () => navigate(`keys/${r.keySetId}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('keys.roomAndTag'),
            render: (_, r) => (
              <div>
                <div style={{ fontWeight: 600 }}>{r.roomCode}</div>
                <Typography.Text type="secondary" style={{ fontFamily: 'Consolas, monospace' }}>
                  {r.tagCode}
                </Typography.Text>
              </div>
            )
          },
          {
            title: t('keys.borrower'),
            render: (_, r) => (
              <div>
                <div>{r.borrowerName}</div>
                <Typography.Text style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {r.borrowerPhone || '—'}
                </Typography.Text>
              </div>
            )
          },
          {
            title: t('keys.expectedReturn'),
            dataIndex: 'expectedReturnAt',
            render: (v: string) => (
              <span style={{ color: keyStateColors.overdue.color, fontWeight: 600, whiteSpace: 'nowrap' }}>
                {when(v)}
              </span>
            )
          }
        ]}
      />
    </Card>
  )
}
