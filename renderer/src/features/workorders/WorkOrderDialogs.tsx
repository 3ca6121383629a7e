import type { ReactNode } from 'react'
import { Alert, App, DatePicker, Form, Input, Modal, Typography, type FormInstance } from 'antd'
import type { Dayjs } from 'dayjs'
import { api } from '@shared/api'
import type { WorkOrderView } from '@shared/workorders/api'
import { ApiFailure } from '../../lib/api/client'
import { showFieldErrors } from '../../lib/api/form-errors'
import { useApiMutation } from '../../lib/api/hooks'
import { now } from '../../lib/clock'
import { useI18n } from '../../lib/i18n'
import { when } from './work-order-labels'

/** What a step changes on screen: the order, the lists and the room's timeline. */
export const refresh = [api.workOrders.get, api.workOrders.list, api.households.timeline]

export type WorkOrderAction = 'complete' | 'book' | 'accept'
export type DialogProps = { order: WorkOrderView; onClose: () => void }

/** Enter in any field submits the form (the buttons sit in the modal's footer). */
export const EnterSubmits = () => <button type="submit" hidden tabIndex={-1} aria-hidden="true" />

/** The core's refusal: beside the field it names, else as a message in the core's words. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function useFailure(form: FormInstance<any>) {
  const { message } = App.useApp()
  return (error: unknown) => {
    if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
  }
}

export function StepModal({
  title,
  okText,
  pending,
  form,
  onClose,
  testId,
  children
}: {
  title: string
  okText: string
  pending: boolean
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: FormInstance<any>
  onClose: () => void
  testId: string
  children: ReactNode
}) {
  const { t } = useI18n()
  return (
    <Modal
      open
      title={title}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={okText}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      okButtonProps={{ ...({ 'data-testid': `${testId}-ok` } as Record<string, string>) }}
      destroyOnHidden
      data-testid={testId}
    >
      {children}
    </Modal>
  )
}

/** 维修完成（已复检）: maintenance repaired it and re-checked it. */
export function CompleteDialog({ order, onClose }: DialogProps) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ note?: string }>()
  const complete = useApiMutation(api.workOrders.complete, refresh)
  const failed = useFailure(form)
  async function submit(v: { note?: string }) {
    try {
      await complete.mutateAsync({ workOrderId: order.id, note: v.note?.trim() ?? '' })
      message.success(t('workOrders.completed', { number: order.number }))
      onClose()
    } catch (error) {
      failed(error)
    }
  }
  return (
    <StepModal
      title={t('workOrders.completeTitle', { number: order.number })}
      okText={t('workOrders.complete')}
      pending={complete.isPending}
      form={form}
      onClose={onClose}
      testId="workorder-complete-dialog"
    >
      <Typography.Paragraph>{t('workOrders.completeIntro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="note" label={t('workOrders.note')}>
          <Input autoFocus maxLength={300} data-testid="workorder-complete-note" />
        </Form.Item>
        <EnterSubmits />
      </Form>
    </StepModal>
  )
}

/** The next working morning at 10:00: the time most re-inspections are booked for. */
const defaultAppointment = () => now().add(1, 'day').hour(10).minute(0).second(0).millisecond(0)

/** 预约复验: the time the owner comes to look at the repair (booking again moves it). */
export function BookDialog({ order, onClose }: DialogProps) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ at: Dayjs; note?: string }>()
  const book = useApiMutation(api.workOrders.bookReinspection, refresh)
  const failed = useFailure(form)
  async function submit(v: { at: Dayjs; note?: string }) {
    try {
      const done = await book.mutateAsync({
        workOrderId: order.id,
        at: v.at.format('YYYY-MM-DDTHH:mm'),
        note: v.note?.trim() ?? ''
      })
      message.success(t('workOrders.booked', { number: order.number, at: when(done.reinspectionAt) }))
      onClose()
    } catch (error) {
      failed(error)
    }
  }
  return (
    <StepModal
      title={t('workOrders.bookTitle', { number: order.number })}
      okText={t('workOrders.book')}
      pending={book.isPending}
      form={form}
      onClose={onClose}
      testId="workorder-book-dialog"
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ at: defaultAppointment() }}>
        <Form.Item
          name="at"
          label={t('workOrders.reinspectionAt')}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm', minuteStep: 5 }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            data-testid="workorder-book-at"
          />
        </Form.Item>
        {/* The time is prefilled: Enter books it; Shift+Tab goes back to change it. */}
        <Form.Item name="note" label={t('workOrders.note')}>
          <Input autoFocus maxLength={300} data-testid="workorder-book-note" />
        </Form.Item>
        <EnterSubmits />
      </Form>
    </StepModal>
  )
}

/** 业主签收: the owner (or who signs for them) accepts the repair; the order closes. */
export function AcceptDialog({ order, onClose }: DialogProps) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ signedBy: string; note?: string }>()
  const accept = useApiMutation(api.workOrders.accept, refresh)
  const failed = useFailure(form)
  async function submit(v: { signedBy: string; note?: string }) {
    try {
      await accept.mutateAsync({ workOrderId: order.id, signedBy: v.signedBy.trim(), note: v.note?.trim() ?? '' })
      message.success(t('workOrders.accepted', { number: order.number }))
      onClose()
    } catch (error) {
      failed(error)
    }
  }
  return (
    <StepModal
      title={t('workOrders.acceptTitle', { number: order.number })}
      okText={t('workOrders.accept')}
      pending={accept.isPending}
      form={form}
      onClose={onClose}
      testId="workorder-accept-dialog"
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('workOrders.acceptIntro')} />
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="signedBy"
          label={t('workOrders.signedBy')}
          rules={[{ required: true, whitespace: true, message: t('field.required') }]}
        >
          <Input autoFocus maxLength={30} data-testid="workorder-accept-name" />
        </Form.Item>
        <Form.Item name="note" label={t('workOrders.note')}>
          <Input maxLength={300} data-testid="workorder-accept-note" />
        </Form.Item>
        <EnterSubmits />
      </Form>
    </StepModal>
  )
}
