import { useEffect, useRef, useState, type ReactNode } from 'react'
import { Button, Descriptions, Drawer, Space, Spin, Timeline, Typography } from 'antd'
import { CalendarOutlined, CheckCircleOutlined, EditOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import { COUNTER_ROLES, roleAllowed } from '@shared/kernel/roles'
import type { WorkOrderView } from '@shared/workorders/api'
import { useApiQuery } from '../../lib/api/hooks'
import { useHotkeys } from '../../lib/keyboard'
import { useI18n } from '../../lib/i18n'
import { useMe } from '../foundation/auth/session'
import { AcceptDialog, BookDialog, CompleteDialog, type WorkOrderAction } from './WorkOrderDialogs'
import { EVENT_LABEL, KeyHint, StatusTag, when } from './work-order-labels'

/** The fixed keys of the drawer's steps, shown on their buttons. */
export const ACTION_KEYS: Record<WorkOrderAction, string> = { complete: 'F6', book: 'F7', accept: 'F8' }

/**
 * Which steps the order's state allows. 签收 is offered once the repair is done: without a
 * booked re-inspection the core refuses it and says why.
 */
export function allowed(order: WorkOrderView, action: WorkOrderAction): boolean {
  if (action === 'complete') return order.status === 'pending'
  return order.status === 'completed'
}

function Actions({ order, onAction }: { order: WorkOrderView; onAction: (a: WorkOrderAction) => void }) {
  const { t } = useI18n()
  const may = roleAllowed(useMe().role, COUNTER_ROLES)
  const button = (action: WorkOrderAction, label: Parameters<typeof t>[0], icon: ReactNode) => (
    <Button
      key={action}
      icon={icon}
      type={allowed(order, action) && action !== 'accept' ? 'primary' : 'default'}
      disabled={!may || !allowed(order, action)}
      onClick={() => onAction(action)}
      data-testid={`workorder-${action}`}
    >
      {t(label)}
      <KeyHint keys={ACTION_KEYS[action]} />
    </Button>
  )
  return (
    <Space wrap>
      {button('complete', 'workOrders.complete', <CheckCircleOutlined />)}
      {button('book', 'workOrders.book', <CalendarOutlined />)}
      {button('accept', 'workOrders.accept', <EditOutlined />)}
    </Space>
  )
}

function History({ order }: { order: WorkOrderView }) {
  const { t } = useI18n()
  return (
    <Timeline
      data-testid="workorder-events"
      items={order.events.map((e) => ({
        key: e.id,
        content: (
          <div data-testid={`workorder-event-${e.kind}`}>
            <Typography.Text strong>{t(EVENT_LABEL[e.kind])}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 10 }}>
              {when(e.at)} · {e.staffName}
            </Typography.Text>
            {e.appointmentAt && <div>{t('workOrders.eventAppointment', { at: when(e.appointmentAt) })}</div>}
            {e.signedBy && <div>{t('workOrders.eventSigned', { name: e.signedBy })}</div>}
            {e.note && <div>{e.note}</div>}
          </div>
        )
      }))}
    />
  )
}

function Details({ order }: { order: WorkOrderView }) {
  const { t } = useI18n()
  return (
    <Descriptions column={2} size="small" bordered>
      <Descriptions.Item label={t('workOrders.room')}>
        <span data-testid="workorder-room">{order.roomCode}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('workOrders.source')}>{t(`workOrders.source.${order.source}`)}</Descriptions.Item>
      <Descriptions.Item label={t('workOrders.location')}>{order.location}</Descriptions.Item>
      <Descriptions.Item label={t('workOrders.category')}>{order.category}</Descriptions.Item>
      <Descriptions.Item label={t('workOrders.description')} span={2}>
        {order.description}
      </Descriptions.Item>
      <Descriptions.Item label={t('workOrders.route')}>{t(`workOrders.route.${order.route}`)}</Descriptions.Item>
      <Descriptions.Item label={t('workOrders.reinspectionAt')}>
        <span data-testid="workorder-reinspection">{when(order.reinspectionAt)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('workOrders.createdAt')}>{when(order.createdAt)}</Descriptions.Item>
      <Descriptions.Item label={t('workOrders.createdBy')}>{order.createdBy}</Descriptions.Item>
    </Descriptions>
  )
}

/** One work order: what and where, its history, and the counter's steps (F6 / F7 / F8). */
export function WorkOrderDrawer({ workOrderId, onClose }: { workOrderId: number; onClose: () => void }) {
  const { t } = useI18n()
  const query = useApiQuery(api.workOrders.get, { workOrderId }, { staleTime: 0 })
  const [dialog, setDialog] = useState<WorkOrderAction | null>(null)
  const order = query.data
  const may = roleAllowed(useMe().role, COUNTER_ROLES)
  const open = (action: WorkOrderAction) => (order && may && allowed(order, action) ? setDialog(action) : false)
  useHotkeys({ F6: () => open('complete'), F7: () => open('book'), F8: () => open('accept') })

  // After a step the keyboard goes on from the drawer's first enabled step, once the fresh order is in.
  const actions = useRef<HTMLDivElement>(null)
  const [refocus, setRefocus] = useState(false)
  useEffect(() => {
    if (!refocus || dialog !== null || query.isFetching) return
    actions.current?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus()
    setRefocus(false)
  }, [refocus, dialog, query.isFetching])
  const closeDialog = () => {
    setDialog(null)
    setRefocus(true)
  }

  return (
    <Drawer
      open
      size={720}
      title={
        order ? (
          <Space size={12}>
            <span
              style={{ fontFamily: 'Consolas, monospace', fontSize: 18, fontWeight: 700 }}
              data-testid="workorder-number"
            >
              {order.number}
            </span>
            <StatusTag order={order} />
          </Space>
        ) : (
          t('workOrders.title')
        )
      }
      onClose={onClose}
      destroyOnHidden
      data-testid="workorder-drawer"
      extra={
        order && (
          <div ref={actions}>
            <Actions order={order} onAction={setDialog} />
          </div>
        )
      }
    >
      {query.isPending ? (
        <Spin />
      ) : !order ? (
        <Typography.Text type="danger">{query.error?.message}</Typography.Text>
      ) : (
        <Space orientation="vertical" size={20} style={{ width: '100%' }}>
          <Details order={order} />
          <div>
            <Typography.Title level={5}>{t('workOrders.history')}</Typography.Title>
            <History order={order} />
          </div>
        </Space>
      )}
      {order && dialog === 'complete' && <CompleteDialog order={order} onClose={closeDialog} />}
      {order && dialog === 'book' && <BookDialog order={order} onClose={closeDialog} />}
      {order && dialog === 'accept' && <AcceptDialog order={order} onClose={closeDialog} />}
    </Drawer>
  )
}
