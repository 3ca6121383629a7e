import { App, AutoComplete, DatePicker, Form, Input, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { api } from '@shared/api'
import { useApiMutation, useApiQuery } from '../../lib/api/hooks'
import { now } from '../../lib/clock'
import { useI18n } from '../../lib/i18n'
import { EnterSubmits, refresh, StepModal, useFailure, type DialogProps } from './WorkOrderDialogs'
import { when } from './work-order-labels'

const moment = (d: Dayjs | undefined) => (d ? d.format('YYYY-MM-DDTHH:mm') : undefined)
const DATE_TIME = { showTime: { format: 'HH:mm', minuteStep: 5 as const }, format: 'YYYY-MM-DD HH:mm' }

/** A step that asks only a note: 批准, 关闭 (a withdrawal needs one: the core says so), 备注. */
function NoteStep({
  order,
  onClose,
  step,
  noteRequired = false
}: DialogProps & { step: 'approve' | 'close' | 'note'; noteRequired?: boolean }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ note?: string }>()
  const approve = useApiMutation(api.repairs.approve, refresh)
  const close = useApiMutation(api.repairs.close, refresh)
  const note = useApiMutation(api.repairs.note, refresh)
  const mutation = { approve, close, note }[step]
  const failed = useFailure(form)
  async function submit(v: { note?: string }) {
    try {
      await mutation.mutateAsync({ workOrderId: order.id, note: v.note?.trim() ?? '' })
      message.success(t(`workOrders.done.${step}`, { number: order.number }))
      onClose()
    } catch (error) {
      failed(error)
    }
  }
  return (
    <StepModal
      title={`${order.number} ${t(`workOrders.step.${step}`)}`}
      okText={t(`workOrders.step.${step}`)}
      pending={mutation.isPending}
      form={form}
      onClose={onClose}
      testId={`workorder-${step}-dialog`}
    >
      {step === 'close' && order.status === 'pending' && (
        <Typography.Paragraph type="secondary">{t('workOrders.withdrawHint')}</Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="note"
          label={t('workOrders.note')}
          rules={
            noteRequired || step === 'note' ? [{ required: true, whitespace: true, message: t('field.required') }] : []
          }
        >
          <Input autoFocus maxLength={300} data-testid={`workorder-${step}-note`} />
        </Form.Item>
        <EnterSubmits />
      </Form>
    </StepModal>
  )
}

export const ApproveDialog = (p: DialogProps) => <NoteStep {...p} step="approve" />
export const CloseDialog = (p: DialogProps) => (
  <NoteStep {...p} step="close" noteRequired={p.order.status === 'pending'} />
)
export const NoteDialog = (p: DialogProps) => <NoteStep {...p} step="note" />

/** 派工: to a team from the settings (or a name typed), with the time agreed with the resident. */
export function DispatchDialog({ order, onClose }: DialogProps) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ assignee: string; appointmentAt?: Dayjs; note?: string }>()
  const settings = useApiQuery(api.repairs.settings, {})
  const dispatch = useApiMutation(api.repairs.dispatch, refresh)
  const failed = useFailure(form)
  async function submit(v: { assignee: string; appointmentAt?: Dayjs; note?: string }) {
    try {
      const at = moment(v.appointmentAt)
      await dispatch.mutateAsync({
        workOrderId: order.id,
        assignee: v.assignee.trim(),
        ...(at ? { appointmentAt: at } : {}),
        note: v.note?.trim() ?? ''
      })
      message.success(t('workOrders.done.dispatch', { number: order.number, name: v.assignee.trim() }))
      onClose()
    } catch (error) {
      failed(error)
    }
  }
  const teams = (settings.data?.teams ?? []).map((team) => ({
    value: team.name,
    label: team.phone ? `${team.name}  ${team.phone}` : team.name
  }))
  return (
    <StepModal
      title={`${order.number} ${t('workOrders.step.dispatch')}`}
      okText={t('workOrders.step.dispatch')}
      pending={dispatch.isPending}
      form={form}
      onClose={onClose}
      testId="workorder-dispatch-dialog"
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{
          assignee: order.assignee ?? '',
          appointmentAt: order.appointmentAt ? dayjs(order.appointmentAt) : undefined
        }}
      >
        <Form.Item
          name="assignee"
          label={t('workOrders.assignee')}
          rules={[{ required: true, whitespace: true, message: t('field.required') }]}
        >
          <AutoComplete autoFocus options={teams} maxLength={30} data-testid="workorder-dispatch-assignee" />
        </Form.Item>
        <Form.Item name="appointmentAt" label={t('workOrders.appointmentAt')} extra={order.preferredTime ?? undefined}>
          <DatePicker {...DATE_TIME} style={{ width: '100%' }} data-testid="workorder-dispatch-at" />
        </Form.Item>
        <Form.Item name="note" label={t('workOrders.note')}>
          <Input maxLength={300} data-testid="workorder-dispatch-note" />
        </Form.Item>
        <EnterSubmits />
      </Form>
    </StepModal>
  )
}

/** 到场: the repairer is on site, now unless told otherwise (never in the future). */
export function ArriveDialog({ order, onClose }: DialogProps) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ at?: Dayjs; note?: string }>()
  const arrive = useApiMutation(api.repairs.arrive, refresh)
  const failed = useFailure(form)
  async function submit(v: { at?: Dayjs; note?: string }) {
    try {
      const at = moment(v.at)
      await arrive.mutateAsync({ workOrderId: order.id, ...(at ? { at } : {}), note: v.note?.trim() ?? '' })
      message.success(t('workOrders.done.arrive', { number: order.number }))
      onClose()
    } catch (error) {
      failed(error)
    }
  }
  return (
    <StepModal
      title={`${order.number} ${t('workOrders.step.arrive')}`}
      okText={t('workOrders.step.arrive')}
      pending={arrive.isPending}
      form={form}
      onClose={onClose}
      testId="workorder-arrive-dialog"
    >
      <Typography.Paragraph type="secondary">
        {t('workOrders.arriveIntro', { assignee: order.assignee ?? '—', at: when(order.appointmentAt) })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ at: now().second(0).millisecond(0) }}>
        <Form.Item name="at" label={t('workOrders.arrivedAt')}>
          <DatePicker {...DATE_TIME} style={{ width: '100%' }} data-testid="workorder-arrive-at" />
        </Form.Item>
        <Form.Item name="note" label={t('workOrders.note')}>
          <Input autoFocus maxLength={300} data-testid="workorder-arrive-note" />
        </Form.Item>
        <EnterSubmits />
      </Form>
    </StepModal>
  )
}
