import { useState } from 'react'
import { Button, Empty, Space, Table, Tag, Typography } from 'antd'
import { KeyOutlined, PlusOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import type { KeySetView } from '@shared/keys/api'
import { useApiQuery } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'
import { useRoute } from '../../app/shell/route'
import { DepositDialog } from './DepositDialog'
import { hookPlace, STATE_STYLE, when } from './key-labels'

/** The household's 钥匙 tab: every key set of the room, kept or given back, each a link into 钥匙托管. */
export function RoomKeysTab({ roomId, roomCode }: { roomId: number; roomCode: string }) {
  const { t } = useI18n()
  const { navigate } = useRoute()
  const sets = useApiQuery(api.keys.find, { roomId }, { staleTime: 0 })
  const [depositing, setDepositing] = useState(false)
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('keys.roomSets')}
        </Typography.Title>
        <Space>
          <Button icon={<KeyOutlined />} onClick={() => navigate('keys')}>
            {t('keys.goKeys')}
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDepositing(true)}
            data-testid="room-keys-deposit"
          >
            {t('keys.deposit')}
          </Button>
        </Space>
      </Space>
      <Table<KeySetView>
        rowKey="id"
        size="middle"
        pagination={false}
        loading={sets.isPending}
        dataSource={sets.data ?? []}
        data-testid="room-keys"
        locale={{ emptyText: <Empty description={sets.isError ? sets.error.message : t('keys.roomNone')} /> }}
        columns={[
          {
            title: t('keys.tag'),
            dataIndex: 'tagCode',
            render: (v: string, s) => (
              <Button
                type="link"
                style={{ padding: 0, fontFamily: 'Consolas, monospace', fontWeight: 600 }}
                onClick={() => navigate(`keys/${s.id}`)}
              >
                {v}
              </Button>
            )
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
          {
            title: t('keys.pieces'),
            render: (_, s) => s.pieces.map((p) => `${t(`keys.kind.${p.kind}`)}×${p.count}`).join('、')
          },
          {
            title: t('keys.purpose'),
            dataIndex: 'purpose',
            render: (v: KeySetView['purpose']) => t(`keys.purpose.${v}`)
          },
          { title: t('keys.depositor'), dataIndex: 'depositorName' },
          { title: t('keys.depositedAt'), dataIndex: 'depositedAt', render: (v: string) => when(v) },
          {
            title: t('keys.outNow'),
            render: (_, s) =>
              s.borrow
                ? `${s.borrow.personName} · ${t('keys.dueBack')} ${when(s.borrow.expectedReturnAt)}`
                : s.withdrawnAt
                  ? `${t('keys.withdrawnAt')} ${when(s.withdrawnAt)}`
                  : ''
          }
        ]}
      />
      {depositing && (
        <DepositDialog
          room={{ id: roomId, code: roomCode }}
          onClose={() => setDepositing(false)}
          onOpen={(id) => navigate(`keys/${id}`)}
        />
      )}
    </div>
  )
}
