import { Button, Card, Empty, Space, Table, Tag } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { KeySetView } from '@shared/keys/api'
import { useI18n } from '../../lib/i18n'
import { hookPlace, STATE_STYLE, when } from './key-labels'

/** The key sets a room search found. */
export type Found = { roomId: number; roomCode: string; sets: KeySetView[] }

export function RoomSets({
  found,
  onOpen,
  onDeposit,
  onClose
}: {
  found: Found
  onOpen: (id: number) => void
  onDeposit: () => void
  onClose: () => void
}) {
  const { t } = useI18n()
  return (
    <Card
      size="small"
      title={t('keys.roomSetsOf', { room: found.roomCode })}
      extra={
        <Space>
          <Button icon={<PlusOutlined />} onClick={onDeposit}>
            {t('keys.deposit')}
          </Button>
          <Button type="text" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Space>
      }
      data-testid="keys-room-results"
    >
      <Table<KeySetView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={found.sets}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('keys.roomNone')} /> }}
        onRow={(s) => ({ onClick: () => onOpen(s.id), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('keys.tag'),
            dataIndex: 'tagCode',
            render: (v: string) => <b style={{ fontFamily: 'Consolas, monospace' }}>{v}</b>
          },
          {
            title: t('keys.statusCol'),
            dataIndex: 'status',
            render: (v: KeySetView['status']) => <Tag color={STATE_STYLE[v].tag}>{t(`keys.status.${v}`)}</Tag>
          },
          {
            title: t('keys.hook'),
            render: (_, s) => (s.status === 'withdrawn' ? '—' : hookPlace(s.cabinetName, s.hookRow, s.hookColumn))
          },
          { title: t('keys.depositor'), dataIndex: 'depositorName' },
          { title: t('keys.depositedAt'), dataIndex: 'depositedAt', render: (v: string) => when(v) },
          { title: t('keys.withdrawnAt'), dataIndex: 'withdrawnAt', render: (v: string | null) => when(v) }
        ]}
      />
    </Card>
  )
}
