import { Descriptions, Space, Table, Tag, Timeline, Typography } from 'antd'
import type { RepairStep, WorkOrderEvent, WorkOrderView } from '@shared/workorders/api'
import type { StepDeadline } from '@shared/workorders/deadlines'
import { stateTag } from '../../lib/colors'
import { useI18n, type TranslateKey } from '../../lib/i18n'
import { quantityText } from './money-input'
import { eventLabel, STEP_LABEL, URGENCY_TAG, when, yuanText } from './work-order-labels'

/** A move-in inspection's order: what the check-in recorded and its re-inspection. */
export function CheckinDetails({ order }: { order: WorkOrderView }) {
  const { t } = useI18n()
  return (
    <Descriptions column={2} size="small" bordered>
      <Descriptions.Item label={t('workOrders.room')}>
        <span data-testid="workorder-room">{order.roomCode}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('workOrders.source')}>{t(`workOrders.source.${order.source}`)}</Descriptions.Item>
      <Descriptions.Item label={t('workOrders.location')}>{order.location}</Descriptions.Item>
      <Descriptions.Item label={t('workOrders.category')}>{order.categoryName}</Descriptions.Item>
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

/** The fee: free (in or out of warranty), a repair's parts + labour, or a service's item × quantity. */
function FeeText({ order }: { order: WorkOrderView }) {
  const { t } = useI18n()
  if (order.charge === 'free') return <span>{t('workOrders.charge.free')}</span>
  const parts =
    order.kind === 'service' && order.serviceItem
      ? `${order.serviceItem.name} × ${quantityText(order.quantityCenti)}${order.serviceItem.unit}`
      : t('workOrders.quoteParts', { parts: yuanText(order.partsFen), labour: yuanText(order.labourFen) })
  return (
    <span data-testid="workorder-fee">
      {yuanText(order.feeFen)}（{parts}）
      {order.charged && (
        <Tag color={order.charged.receiptCode ? stateTag.good : stateTag.attention} style={{ marginInlineStart: 8 }}>
          {order.charged.receiptCode ?? t(`workOrders.settlement.${order.settlement ?? 'receipt'}`)}
        </Tag>
      )}
    </span>
  )
}

/** Every fact of a repair or service order, the empty ones as —. */
export function RepairDetails({ order }: { order: WorkOrderView }) {
  const { t } = useI18n()
  const item = (label: string, value: React.ReactNode, span = 1, testId?: string) => (
    <Descriptions.Item label={label} span={span}>
      <span data-testid={testId}>{value === null || value === '' || value === undefined ? '—' : value}</span>
    </Descriptions.Item>
  )
  const warranty = order.warranty.until
    ? t(order.warranty.inWarranty ? 'workOrders.inWarranty' : 'workOrders.outOfWarranty', {
        until: order.warranty.until
      })
    : t('workOrders.warrantyUnknown')
  return (
    <Descriptions column={2} size="small" bordered>
      {item(t('workOrders.room'), order.roomCode, 1, 'workorder-room')}
      {item(t('workOrders.kind'), `${t(`workOrders.kind.${order.kind}`)} · ${t(`workOrders.source.${order.source}`)}`)}
      {item(t('workOrders.reporter'), order.reporter)}
      {item(t('workOrders.contact'), order.contact)}
      {item(t('workOrders.location'), order.location)}
      {item(t('workOrders.category'), order.categoryName)}
      {item(t('workOrders.description'), order.description, 2)}
      {item(t('workOrders.preferredTime'), order.preferredTime)}
      {item(t('workOrders.urgent'), order.urgent ? t('workOrders.urgentYes') : t('workOrders.urgentNo'))}
      {item(t('workOrders.charge'), <FeeText order={order} />, 2)}
      {order.charge === 'paid' && order.kind === 'repair' && item(t('workOrders.quoteAgreedBy'), order.quoteAgreedBy)}
      {order.approvalRequired &&
        item(
          t('workOrders.approval'),
          order.approvedBy ? `${order.approvedBy} ${when(order.approvedAt)}` : t('workOrders.status.awaitingApproval')
        )}
      {item(
        t('workOrders.warranty'),
        warranty,
        order.charge === 'paid' && order.kind === 'repair' ? 1 : 2,
        'workorder-warranty'
      )}
      {item(t('workOrders.assignee'), order.assignee, 1, 'workorder-assignee')}
      {item(t('workOrders.appointmentAt'), when(order.appointmentAt))}
      {item(t('workOrders.arrivedAt'), when(order.arrivedAt))}
      {item(t('workOrders.completedAt'), when(order.completedAt))}
      {item(t('workOrders.workDone'), order.workDone, 2)}
      {item(t('workOrders.materials'), order.materials)}
      {item(t('workOrders.leakTestOn'), order.leakTestOn, 1, 'workorder-leaktest')}
      {item(t('workOrders.residentSigned'), order.signedBy)}
      {item(
        t('workOrders.visitResult'),
        order.visitResult ? `${t(`workOrders.visitResult.${order.visitResult}`)} ${when(order.visitedAt)}` : null
      )}
      {order.reworkCount > 0 && item(t('workOrders.reworkCount'), order.reworkCount)}
      {item(t('workOrders.createdAt'), `${when(order.createdAt)} · ${order.createdBy}`, order.reworkCount > 0 ? 1 : 2)}
    </Descriptions>
  )
}

/** Each step's deadline: when due, when done, how urgent (coloured as the lists colour it). */
export function Deadlines({ steps }: { steps: StepDeadline<RepairStep>[] }) {
  const { t } = useI18n()
  if (steps.length === 0) return null
  return (
    <Table<StepDeadline<RepairStep>>
      size="small"
      rowKey="step"
      pagination={false}
      dataSource={steps}
      data-testid="workorder-deadlines"
      onRow={(s) => ({ 'data-testid': `workorder-deadline-${s.step}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('workOrders.stepColumn'), dataIndex: 'step', render: (s: RepairStep) => t(STEP_LABEL[s]) },
        { title: t('workOrders.dueAt'), dataIndex: 'dueAt', render: when },
        { title: t('workOrders.doneAt'), dataIndex: 'doneAt', render: when },
        {
          title: t('workOrders.urgencyColumn'),
          dataIndex: 'urgency',
          render: (u: StepDeadline['urgency']) => (
            <Tag color={URGENCY_TAG[u]} data-urgency={u}>
              {t(`workOrders.urgency.${u}`)}
            </Tag>
          )
        }
      ]}
    />
  )
}

/** The facts a step's event carries, in the screen's words (a fact without a label here is not shown). */
const DETAIL_LABEL: Record<string, TranslateKey> = {
  at: 'workOrders.detailAt',
  assignee: 'workOrders.assignee',
  appointmentAt: 'workOrders.appointmentAt',
  arrivedAt: 'workOrders.arrivedAt',
  workDone: 'workOrders.workDone',
  materials: 'workOrders.materials',
  leakTestOn: 'workOrders.leakTestOn',
  partsFen: 'workOrders.partsFee',
  labourFen: 'workOrders.labourFee',
  feeFen: 'workOrders.fee',
  amountFen: 'workOrders.fee',
  method: 'workOrders.visitMethod',
  reached: 'workOrders.reached',
  result: 'workOrders.visitResult',
  comments: 'workOrders.visitComments',
  settlement: 'workOrders.settlement',
  receiptCode: 'workOrders.receiptCode'
}
const VALUE_KEY: Record<string, string> = {
  method: 'workOrders.visitMethod',
  result: 'workOrders.visitResult',
  settlement: 'workOrders.settlement'
}

function EventDetails({ details }: { details: WorkOrderEvent['details'] }) {
  const { t } = useI18n()
  if (!details) return null
  const shown = Object.entries(details).filter(([k, v]) => DETAIL_LABEL[k] && v !== null && v !== '' && v !== undefined)
  if (shown.length === 0) return null
  const text = (key: string, v: unknown) => {
    if (typeof v === 'boolean') return t(v ? 'workOrders.yes' : 'workOrders.no')
    if (key.endsWith('Fen') && typeof v === 'number') return yuanText(v)
    if (VALUE_KEY[key] && typeof v === 'string') return t(`${VALUE_KEY[key]}.${v}` as TranslateKey)
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v)) return when(v)
    return String(v)
  }
  return (
    <Space size={[12, 0]} wrap>
      {shown.map(([k, v]) => (
        <Typography.Text key={k} type="secondary" style={{ fontSize: 12 }} data-testid={`workorder-detail-${k}`}>
          {t(DETAIL_LABEL[k]!)}：{text(k, v)}
        </Typography.Text>
      ))}
    </Space>
  )
}

export function History({ order }: { order: WorkOrderView }) {
  const { t } = useI18n()
  return (
    <Timeline
      data-testid="workorder-events"
      items={order.events.map((e) => ({
        key: e.id,
        content: (
          <div data-testid={`workorder-event-${e.kind}`}>
            <Typography.Text strong>{t(eventLabel(e.kind, order.source))}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 10 }}>
              {when(e.at)} · {e.staffName}
            </Typography.Text>
            {e.appointmentAt && <div>{t('workOrders.eventAppointment', { at: when(e.appointmentAt) })}</div>}
            {e.signedBy && <div>{t('workOrders.eventSigned', { name: e.signedBy })}</div>}
            {e.note && <div>{e.note}</div>}
            <EventDetails details={e.details} />
          </div>
        )
      }))}
    />
  )
}
