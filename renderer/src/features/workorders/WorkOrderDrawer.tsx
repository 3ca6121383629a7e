import { useState, type ReactNode } from 'react'
import { Button, Drawer, Space, Spin, Tag, Typography } from 'antd'
import { CalendarOutlined, CheckCircleOutlined, EditOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import { COUNTER_ROLES, roleAllowed } from '@shared/kernel/roles'
import type { WorkOrderView } from '@shared/workorders/api'
import { useApiQuery } from '../../lib/api/hooks'
import { useRefocus } from '../../lib/use-refocus'
import { useHotkeys } from '../../lib/keyboard'
import { useI18n } from '../../lib/i18n'
import { stateTag } from '../../lib/colors'
import { useMe } from '../foundation/auth/session'
import { AcceptDialog, BookDialog, CompleteDialog, type WorkOrderAction } from './WorkOrderDialogs'
import { ApproveDialog, ArriveDialog, CloseDialog, DispatchDialog, NoteDialog } from './RepairDialogs'
import { FinishDialog, VisitDialog } from './FinishVisitDialogs'
import { ChargeDialog, ChargePanel } from './ChargePanel'
import { CheckinDetails, Deadlines, History, RepairDetails } from './drawer-parts'
import {
  awaitingPayment,
  REPAIR_ACTION_LABEL,
  REPAIR_ACTIONS,
  REPAIR_KEYS,
  repairAllowed,
  roleMay,
  type RepairAction
} from './repair-actions'
import { useWorkOrderPrints } from './paper/use-work-order-prints'
import { KeyHint, StatusTag } from './work-order-labels'

/** The fixed keys of a move-in order's steps, shown on their buttons. */
export const ACTION_KEYS: Record<WorkOrderAction, string> = { complete: 'F6', book: 'F7', accept: 'F8' }

/**
 * Which steps a move-in order's state allows. 签收 is offered once the repair is done: without a
 * booked re-inspection the core refuses it and says why.
 */
export function allowed(order: WorkOrderView, action: WorkOrderAction): boolean {
  if (action === 'complete') return order.status === 'pending'
  return order.status === 'completed'
}

function CheckinActions({ order, onAction }: { order: WorkOrderView; onAction: (a: WorkOrderAction) => void }) {
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

function RepairActions({
  order,
  paying,
  onAction
}: {
  order: WorkOrderView
  paying: boolean
  onAction: (a: RepairAction) => void
}) {
  const { t } = useI18n()
  const role = useMe().role
  // The one step the order waits for is the primary button (the fee before the visit); the rest are plain.
  const primary = repairAllowed(order, 'charge')
    ? 'charge'
    : REPAIR_ACTIONS.find((a) => a !== 'note' && a !== 'print' && a !== 'close' && repairAllowed(order, a))
  return (
    <Space wrap size={[6, 6]} style={{ justifyContent: 'flex-end' }}>
      {REPAIR_ACTIONS.filter((a) => a !== 'approve' || order.approvalRequired).map((action) => (
        <Button
          key={action}
          size="small"
          type={action === primary ? 'primary' : 'default'}
          disabled={!roleMay(role, action) || !repairAllowed(order, action) || (paying && action === 'visit')}
          onClick={() => onAction(action)}
          data-testid={`workorder-${action}`}
        >
          {t(REPAIR_ACTION_LABEL[action])}
          <KeyHint keys={REPAIR_KEYS[action]} />
        </Button>
      ))}
    </Space>
  )
}

type Dialog = WorkOrderAction | Exclude<RepairAction, 'print'>

function StepDialog({
  order,
  dialog,
  onClose
}: {
  order: WorkOrderView
  dialog: Dialog
  onClose: (pay?: boolean) => void
}) {
  const props = { order, onClose: () => onClose() }
  switch (dialog) {
    case 'complete':
      return <CompleteDialog {...props} />
    case 'book':
      return <BookDialog {...props} />
    case 'accept':
      return <AcceptDialog {...props} />
    case 'approve':
      return <ApproveDialog {...props} />
    case 'dispatch':
      return <DispatchDialog {...props} />
    case 'arrive':
      return <ArriveDialog {...props} />
    case 'finish':
      return <FinishDialog {...props} />
    case 'visit':
      return <VisitDialog {...props} />
    case 'charge':
      return <ChargeDialog order={order} onClose={(pay) => onClose(pay)} />
    case 'close':
      return <CloseDialog {...props} />
    case 'note':
      return <NoteDialog {...props} />
  }
}

/** The drawer's keys: a move-in order's three, or a repair's steps (REPAIR_KEYS). */
function useDrawerKeys(order: WorkOrderView | undefined, run: (a: WorkOrderAction | RepairAction) => void | false) {
  const checkin = order?.source === 'checkin'
  const bindings: Record<string, () => void | false> = {}
  if (order && checkin) for (const a of ['complete', 'book', 'accept'] as const) bindings[ACTION_KEYS[a]] = () => run(a)
  if (order && !checkin) for (const a of REPAIR_ACTIONS) bindings[REPAIR_KEYS[a]] = () => run(a)
  useHotkeys(bindings)
}

function DrawerTitle({ order }: { order: WorkOrderView | undefined }) {
  const { t } = useI18n()
  if (!order) return <>{t('workOrders.title')}</>
  return (
    <Space size={12}>
      <span style={{ fontFamily: 'Consolas, monospace', fontSize: 18, fontWeight: 700 }} data-testid="workorder-number">
        {order.number}
      </span>
      <StatusTag order={order} />
      {order.urgent && <Tag color={stateTag.bad}>{t('workOrders.urgentFlag')}</Tag>}
    </Space>
  )
}

/** One work order: what and where, its deadlines and history, and the counter's steps on fixed keys. */
export function WorkOrderDrawer({ workOrderId, onClose }: { workOrderId: number; onClose: () => void }) {
  const { t } = useI18n()
  const query = useApiQuery(api.workOrders.get, { workOrderId }, { staleTime: 0 })
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const [paying, setPaying] = useState(false)
  const order = query.data
  const role = useMe().role
  const prints = useWorkOrderPrints()
  const { actions, refocus } = useRefocus(dialog !== null || query.isFetching)
  const run = (action: WorkOrderAction | RepairAction): void | false => {
    if (!order || dialog) return false
    if (action === 'complete' || action === 'book' || action === 'accept')
      return roleAllowed(role, COUNTER_ROLES) && allowed(order, action) ? setDialog(action) : false
    if (!roleMay(role, action) || !repairAllowed(order, action)) return false
    // The browser's print dialog takes the focus: it comes back to the drawer's steps.
    if (action === 'print') return void prints.workOrder(order).then(() => refocus())
    if (action === 'charge' && awaitingPayment(order)) return setPaying(true)
    setDialog(action)
  }
  useDrawerKeys(order, run)

  const closeDialog = (pay?: boolean) => {
    setDialog(null)
    if (pay) setPaying(true)
    else refocus()
  }

  return (
    <Drawer
      open
      size={880}
      title={<DrawerTitle order={order} />}
      onClose={onClose}
      destroyOnHidden
      data-testid="workorder-drawer"
    >
      {query.isPending ? (
        <Spin />
      ) : !order ? (
        <Typography.Text type="danger">{query.error?.message}</Typography.Text>
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <div ref={actions} tabIndex={-1} style={{ outline: 'none' }}>
            {order.source === 'checkin' ? (
              <CheckinActions order={order} onAction={(a) => run(a)} />
            ) : (
              <RepairActions order={order} paying={paying} onAction={(a) => run(a)} />
            )}
          </div>
          {paying && order.charged && <ChargePanel order={order} onDone={() => setPaying(false)} />}
          {order.source === 'checkin' ? <CheckinDetails order={order} /> : <RepairDetails order={order} />}
          <Deadlines steps={order.deadlines} />
          <div>
            <Typography.Title level={5}>{t('workOrders.history')}</Typography.Title>
            <History order={order} />
          </div>
        </Space>
      )}
      {order && dialog && <StepDialog order={order} dialog={dialog} onClose={closeDialog} />}
    </Drawer>
  )
}
