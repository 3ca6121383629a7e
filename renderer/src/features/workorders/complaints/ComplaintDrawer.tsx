import { useEffect, useRef, useState } from 'react'
import { App, Button, Descriptions, Drawer, Space, Spin, Table, Tag, Timeline, Typography } from 'antd'
import { PrinterOutlined } from '@ant-design/icons'
import { api } from '@shared/api'
import { COUNTER_ROLES, roleAllowed } from '@shared/kernel/roles'
import type { ComplaintStep, ComplaintView } from '@shared/workorders/complaints-api'
import type { StepDeadline } from '@shared/workorders/deadlines'
import { useApiQuery } from '../../../lib/api/hooks'
import { now } from '../../../lib/clock'
import { useHotkeys } from '../../../lib/keyboard'
import { useI18n } from '../../../lib/i18n'
import { usePrint } from '../../../lib/print/use-print'
import { useMe } from '../../foundation/auth/session'
import { KeyHint, when, yuanText } from '../work-order-labels'
import { ACTION_LABEL, allowed, COMPLAINT_ACTIONS, COMPLAINT_KEYS, type ComplaintAction } from './complaint-actions'
import { ComplaintStatusTag, SeverityTag, URGENCY_COLOR } from './complaint-labels'
import { complaintSlipJob } from './complaint-slip-print'
import { ComplaintStepDialog } from './ComplaintStepDialog'

function Actions({
  c,
  onAction,
  onPrint
}: {
  c: ComplaintView
  onAction: (a: ComplaintAction) => void
  onPrint: () => void
}) {
  const { t } = useI18n()
  const may = roleAllowed(useMe().role, COUNTER_ROLES)
  return (
    <Space wrap size={[6, 6]} style={{ justifyContent: 'flex-end' }}>
      {COMPLAINT_ACTIONS.map((action) => (
        <Button
          key={action}
          size="small"
          type={allowed(c, action) && c.next?.step === action ? 'primary' : 'default'}
          disabled={!may || !allowed(c, action)}
          onClick={() => onAction(action)}
          data-testid={`complaint-${action}`}
        >
          {t(ACTION_LABEL[action])}
          <KeyHint keys={COMPLAINT_KEYS[action]} />
        </Button>
      ))}
      <Button size="small" icon={<PrinterOutlined />} onClick={onPrint} data-testid="complaint-print">
        {t('complaints.print')}
        <KeyHint keys={COMPLAINT_KEYS.print} />
      </Button>
    </Space>
  )
}

function Details({ c }: { c: ComplaintView }) {
  const { t } = useI18n()
  const item = (label: string, value: React.ReactNode, span = 1, testId?: string) => (
    <Descriptions.Item label={label} span={span}>
      <span data-testid={testId}>{value === null || value === '' || value === undefined ? '—' : value}</span>
    </Descriptions.Item>
  )
  return (
    <Descriptions column={2} size="small" bordered>
      {item(t('complaints.customer'), c.customer, 1, 'complaint-customer')}
      {item(t('complaints.contact'), c.contact)}
      {item(t('complaints.room'), c.roomCode, 1, 'complaint-room')}
      {item(t('complaints.channel'), t(`complaints.channel.${c.channel}`))}
      {item(t('complaints.occurredAt'), when(c.occurredAt))}
      {item(t('complaints.place'), c.place)}
      {item(t('complaints.subject'), c.subject)}
      {item(t('complaints.department'), c.department)}
      {item(t('complaints.category'), c.categoryName)}
      {item(t('complaints.severity'), <SeverityTag severity={c.severity} />)}
      {item(t('complaints.description'), c.description, 2)}
      {item(t('complaints.request'), c.request, 2)}
      {c.customerDeadline && item(t('complaints.customerDeadline'), c.customerDeadline, 2)}
      {item(t('complaints.escalatedTo'), c.escalatedTo && `${c.escalatedTo} ${when(c.escalatedAt)}`, 2)}
      {item(t('complaints.plan'), c.plan && `${c.plan}（${yuanText(c.planCostFen)}）`, 2)}
      {item(
        t('complaints.result'),
        c.result && `${c.result}${c.invalid ? `（${t('complaints.invalid')}）` : ''}`,
        2,
        'complaint-result'
      )}
      {item(t('complaints.reply'), c.reply, 2)}
      {item(t('complaints.visitResult'), c.visitResult && t(`complaints.visitResult.${c.visitResult}`))}
      {item(t('complaints.createdBy'), `${c.createdBy} ${when(c.createdAt)}`)}
    </Descriptions>
  )
}

/** Each step's due time and whether it was met, in the urgency's colour. */
function Deadlines({ c }: { c: ComplaintView }) {
  const { t } = useI18n()
  const columns = [
    { title: t('complaints.step'), dataIndex: 'step', render: (s: ComplaintStep) => t(`complaints.step.${s}`) },
    { title: t('complaints.dueAt'), dataIndex: 'dueAt', render: when },
    { title: t('complaints.doneAt'), dataIndex: 'doneAt', render: when },
    {
      title: '',
      dataIndex: 'urgency',
      render: (_: unknown, d: StepDeadline<ComplaintStep>) => (
        <Tag color={URGENCY_COLOR[d.urgency]} data-testid={`complaint-due-${d.step}`} data-urgency={d.urgency}>
          {t(`complaints.urgency.${d.urgency}`)}
        </Tag>
      )
    }
  ]
  return (
    <Table<StepDeadline<ComplaintStep>>
      size="small"
      rowKey="step"
      pagination={false}
      dataSource={c.deadlines}
      columns={columns}
      data-testid="complaint-deadlines"
    />
  )
}

function History({ c }: { c: ComplaintView }) {
  const { t } = useI18n()
  return (
    <Timeline
      data-testid="complaint-events"
      items={c.events.map((e) => ({
        key: e.id,
        content: (
          <div data-testid={`complaint-event-${e.kind}`}>
            <Typography.Text strong>{t(`complaints.event.${e.kind}`)}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 10 }}>
              {when(e.at)} · {e.staffName}
            </Typography.Text>
            {typeof e.details?.to === 'string' && <div>{`${t('complaints.escalatedTo')}：${e.details.to}`}</div>}
            {e.note && <div>{e.note}</div>}
          </div>
        )
      }))}
    />
  )
}

/** The 工作联系单 to the department, with the estate's names and the clerk as sender. */
function useSlipPrint() {
  const { t } = useI18n()
  const { message } = App.useApp()
  const { print } = usePrint()
  const me = useMe()
  const settings = useApiQuery(api.settings.get, {})
  return async (c: ComplaintView) => {
    const ctx = {
      companyName: settings.data?.companyName ?? '',
      estateName: settings.data?.estateName ?? '',
      sender: me.displayName,
      printedAt: now().toISOString()
    }
    const result = await print(() => complaintSlipJob(c, ctx), { failedKey: 'complaints.printFailed' })
    if (result?.via === 'pdf' && result.pdfPath) message.success(t('complaints.printedPdf', { file: result.pdfPath }))
  }
}

/** One complaint: its facts, each step's deadline, its history and the steps (F4–F10, Ctrl+P prints the slip). */
export function ComplaintDrawer({ complaintId, onClose }: { complaintId: number; onClose: () => void }) {
  const { t } = useI18n()
  const query = useApiQuery(api.complaints.get, { complaintId }, { staleTime: 0 })
  const [dialog, setDialog] = useState<ComplaintAction | null>(null)
  const c = query.data
  const may = roleAllowed(useMe().role, COUNTER_ROLES)
  const printSlip = useSlipPrint()
  const open = (action: ComplaintAction) => (c && may && allowed(c, action) ? setDialog(action) : false)
  useHotkeys({
    ...Object.fromEntries(COMPLAINT_ACTIONS.map((a) => [COMPLAINT_KEYS[a], () => open(a)])),
    [COMPLAINT_KEYS.print]: () => (c ? void printSlip(c) : false)
  })

  // After a step the keyboard goes on from the drawer's first enabled step, once the fresh complaint is in.
  const actions = useRef<HTMLDivElement>(null)
  const [refocus, setRefocus] = useState(false)
  useEffect(() => {
    if (!refocus || dialog !== null || query.isFetching) return
    const buttons = actions.current
    const next = buttons?.querySelector<HTMLButtonElement>('button.ant-btn-primary:not([disabled])')
    const target = next ?? buttons?.querySelector<HTMLButtonElement>('button:not([disabled])')
    target?.focus()
    setRefocus(false)
  }, [refocus, dialog, query.isFetching])

  return (
    <Drawer
      open
      size={820}
      title={
        c ? (
          <Space size={12}>
            <span
              style={{ fontFamily: 'Consolas, monospace', fontSize: 18, fontWeight: 700 }}
              data-testid="complaint-number"
            >
              {c.number}
            </span>
            <ComplaintStatusTag complaint={c} />
          </Space>
        ) : (
          t('complaints.title')
        )
      }
      onClose={onClose}
      destroyOnHidden
      data-testid="complaint-drawer"
    >
      {query.isPending || !c ? (
        <Spin />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <div ref={actions}>
            <Actions c={c} onAction={open} onPrint={() => void printSlip(c)} />
          </div>
          <Details c={c} />
          <Typography.Title level={5}>{t('complaints.deadlines')}</Typography.Title>
          <Deadlines c={c} />
          <Typography.Title level={5}>{t('complaints.events')}</Typography.Title>
          <History c={c} />
        </Space>
      )}
      {dialog && c && (
        <ComplaintStepDialog
          complaint={c}
          action={dialog}
          onClose={() => {
            setDialog(null)
            setRefocus(true)
          }}
        />
      )}
    </Drawer>
  )
}
