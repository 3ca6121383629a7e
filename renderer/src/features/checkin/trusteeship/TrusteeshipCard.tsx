import { useState, type CSSProperties } from 'react'
import { Alert, Button, Card, Empty, Space, Table, Typography } from 'antd'
import { api } from '@shared/api'
import type { TrusteeshipPatrol, TrusteeshipReading, TrusteeshipView } from '@shared/checkin/trusteeship'
import { useApiQuery } from '../../../lib/api/hooks'
import { useI18n } from '../../../lib/i18n'
import { RegisterDialog } from './RegisterDialog'
import { ActionDialog } from './TrusteeshipDialogs'
import { centiText, TrusteeshipTags, useMeterName, type TrusteeshipAction } from './trusteeship-kit'

interface CardProps {
  roomId: number
  /** The room as the household page shows it: a 托管 room without a record may be registered. */
  room?: { code: string; status: string }
  style?: CSSProperties
}

/**
 * The household page's 房屋托管: the room's running trusteeship with its readings and patrols,
 * the over-limit warning (which meter, how much) and the three actions. Nothing when the room
 * is not in trusteeship; 登记托管 when it is in 托管 status without a record (older homes).
 */
export function TrusteeshipCard({ roomId, room, style }: CardProps) {
  const { t } = useI18n()
  const view = useApiQuery(api.trusteeship.ofRoom, { roomId }, { staleTime: 0 })
  const [action, setAction] = useState<TrusteeshipAction | null>(null)
  if (view.isError) return <Alert type="error" title={t('trusteeship.loadFailed', { message: view.error.message })} />
  const trusteeship = view.data
  if (!trusteeship) return <NoTrusteeship roomId={roomId} room={room} style={style} loading={view.isPending} />
  const button = (a: TrusteeshipAction) => (
    <Button danger={a === 'end'} onClick={() => setAction(a)} data-testid={`trusteeship-card-${a}`}>
      {t(`trusteeship.action.${a}`)}
    </Button>
  )
  return (
    <Card
      style={style}
      data-testid="trusteeship-card"
      title={
        <Space>
          {t('audit.checkin.step.trusteeship')}
          <TrusteeshipTags summary={trusteeship} />
        </Space>
      }
      extra={
        <Space>
          {button('reading')}
          {button('patrol')}
          {button('end')}
        </Space>
      }
    >
      <Typography.Paragraph>
        {t('trusteeship.summaryLine', { from: trusteeship.startedOn, percent: trusteeship.feePercent })}
        {trusteeship.plannedTo && ` · ${t('trusteeship.plannedTo')} ${trusteeship.plannedTo}`}
      </Typography.Paragraph>
      <Warnings trusteeship={trusteeship} />
      <ReadingsTable readings={trusteeship.readings} />
      <PatrolsTable patrols={trusteeship.patrols} />
      {action && (
        <ActionDialog
          action={action}
          trusteeshipId={trusteeship.id}
          roomCode={trusteeship.roomCode}
          onClose={() => setAction(null)}
        />
      )}
    </Card>
  )
}

function NoTrusteeship({ roomId, room, style, loading }: CardProps & { loading: boolean }) {
  const { t } = useI18n()
  const [registering, setRegistering] = useState(false)
  const unregistered = !loading && room?.status === 'trusteeship'
  return (
    <Card style={style} loading={loading} data-testid="trusteeship-card">
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t(unregistered ? 'trusteeship.cardUnregistered' : 'trusteeship.cardNone')}
      >
        {unregistered && (
          <Button type="primary" onClick={() => setRegistering(true)} data-testid="trusteeship-card-register">
            {t('trusteeship.action.register')}
          </Button>
        )}
      </Empty>
      {registering && room && (
        <RegisterDialog roomId={roomId} roomCode={room.code} onClose={() => setRegistering(false)} />
      )}
    </Card>
  )
}

function Warnings({ trusteeship }: { trusteeship: TrusteeshipView }) {
  const { t } = useI18n()
  const meterName = useMeterName()
  return (
    <>
      {trusteeship.overLimit.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('trusteeship.overLimitWarning')}
          description={trusteeship.overLimit
            .map((o) =>
              t('trusteeship.overLimitLine', {
                meter: meterName(o.kind),
                used: centiText(o.usedCenti),
                limit: centiText(o.limitCenti)
              })
            )
            .join('；')}
          data-testid="trusteeship-over-limit-warning"
        />
      )}
      {trusteeship.patrolDue && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('trusteeship.patrolDueWarning')} />
      )}
    </>
  )
}

function ReadingsTable({ readings }: { readings: TrusteeshipReading[] }) {
  const { t } = useI18n()
  const meterName = useMeterName()
  return (
    <Table<TrusteeshipReading>
      rowKey="id"
      size="small"
      title={() => <strong>{t('trusteeship.readings')}</strong>}
      dataSource={[...readings].reverse()}
      pagination={readings.length > 8 ? { pageSize: 8, size: 'small' } : false}
      style={{ marginBottom: 16 }}
      columns={[
        { title: t('trusteeship.date'), dataIndex: 'readOn' },
        { title: t('checkin.meterKind'), dataIndex: 'kind', render: (k: TrusteeshipReading['kind']) => meterName(k) },
        {
          title: t('trusteeship.value'),
          dataIndex: 'readingCenti',
          align: 'right',
          render: (v: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{centiText(v)}</span>
        },
        {
          title: t('trusteeship.phaseCol'),
          dataIndex: 'phase',
          render: (p: TrusteeshipReading['phase']) => t(`trusteeship.phase.${p}`)
        },
        { title: t('trusteeship.staff'), dataIndex: 'staffName' }
      ]}
    />
  )
}

function PatrolsTable({ patrols }: { patrols: TrusteeshipPatrol[] }) {
  const { t } = useI18n()
  return (
    <Table<TrusteeshipPatrol>
      rowKey="id"
      size="small"
      title={() => <strong>{t('trusteeship.patrols')}</strong>}
      dataSource={patrols}
      pagination={patrols.length > 8 ? { pageSize: 8, size: 'small' } : false}
      locale={{ emptyText: t('trusteeship.noPatrols') }}
      columns={[
        { title: t('trusteeship.date'), dataIndex: 'patrolledOn' },
        {
          title: t('trusteeship.patrolKind'),
          dataIndex: 'kind',
          render: (k: TrusteeshipPatrol['kind']) => t(`trusteeship.patrol.${k}`)
        },
        { title: t('trusteeship.patrolledBy'), dataIndex: 'patrolledBy' },
        { title: t('trusteeship.findings'), dataIndex: 'findings' },
        { title: t('trusteeship.staff'), dataIndex: 'staffName' }
      ]}
    />
  )
}
