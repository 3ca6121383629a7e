import { useState } from 'react'
import { Button, Card, Descriptions, Progress, Space, Spin, Tabs, Tag, Typography } from 'antd'
import { AccountBookOutlined, ArrowLeftOutlined, EditOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import { formatArea } from '@shared/domain/area'
import { displayRoom } from '@shared/domain/room-code'
import { useApiQuery } from '../../lib/api/hooks'
import { useI18n } from '../../lib/i18n'
import { useRoute } from '../../app/shell/route'
import { householdTabs } from '../../app/capabilities'
import { useMe } from '../foundation/auth/session'
import { RoomEditDialog } from './RoomEditDialog'
import { StatusTag } from './StatusTag'

/** 一户一档: one room's file — who lives there, the papers on file, what happened, notes. */
export function HouseholdPage({ roomId }: { roomId: number }) {
  const { t, locale } = useI18n()
  const { navigate } = useRoute()
  const me = useMe()
  const household = useApiQuery(api.households.get, { roomId })
  const [editing, setEditing] = useState(false)
  if (household.isPending) return <Spin />
  if (household.isError) return <Typography.Text type="danger">{household.error.message}</Typography.Text>
  const { room, current, completeness } = household.data
  const owners = current.filter((r) => r.relation === 'owner' || r.relation === 'coowner')
  const percent = completeness.required ? Math.round((completeness.onFile / completeness.required) * 100) : 100

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        data-testid="household-header"
        title={
          <Space size={12} wrap>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              onClick={() => navigate('households')}
              aria-label={t('common.back')}
            />
            <span style={{ fontSize: 22 }} data-testid="household-room">
              {displayRoom({ building: room.buildingCode, unit: room.unitCode, room: room.number }, locale)}
            </span>
            <Typography.Text type="secondary">{room.code}</Typography.Text>
            <StatusTag status={room.status} />
            <Tag>{t(`roomType.${room.type}`)}</Tag>
            {room.vip && <Tag color="gold">{t('household.vipTag')}</Tag>}
            {room.tags.map((tag) => (
              <Tag key={tag} color="cyan">
                {tag}
              </Tag>
            ))}
          </Space>
        }
        extra={
          <Space>
            <Button
              type="primary"
              icon={<AccountBookOutlined />}
              onClick={() => navigate(`fees/${roomId}`)}
              data-testid="go-fees"
            >
              {t('fees.goFees')}
            </Button>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="room-edit">
              {t('household.edit')}
            </Button>
          </Space>
        }
      >
        <Descriptions column={{ xs: 1, lg: 3 }} size="small">
          <Descriptions.Item label={t('household.area')}>
            {t('household.areaValue', { area: formatArea(room.areaCenti) })}
          </Descriptions.Item>
          <Descriptions.Item label={t('relation.owner')}>
            {owners.map((o) => o.person.name).join('、') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('household.completeness')}>
            <Progress
              percent={percent}
              size="small"
              style={{ width: 160, margin: 0 }}
              format={() => `${completeness.onFile}/${completeness.required}`}
              data-testid="completeness"
            />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card>
        <Tabs
          data-testid="household-tabs"
          items={householdTabs(me.role).map((tab) => ({
            key: tab.key,
            label: t(tab.label),
            children: tab.render(household.data)
          }))}
        />
      </Card>
      {editing && <RoomEditDialog room={room} onClose={() => setEditing(false)} />}
    </Space>
  )
}
