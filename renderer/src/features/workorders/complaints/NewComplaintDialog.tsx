import { useState } from 'react'
import { App, Form, Modal, Space, Typography, type FormInstance } from 'antd'
import type { Dayjs } from 'dayjs'
import { api } from '@shared/api'
import type { ComplaintChannel, ComplaintSeverity } from '@shared/workorders/complaints-api'
import { ApiFailure, call } from '../../../lib/api/client'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { useHotkeys } from '../../../lib/keyboard'
import { useI18n } from '../../../lib/i18n'
import { KeyHint } from '../work-order-labels'
import { ComplaintFields } from './complaint-form-fields'

export interface NewComplaintValues {
  channel: ComplaintChannel
  customer: string
  contact?: string
  roomId?: string
  occurredAt?: Dayjs
  place?: string
  subject?: string
  department?: string
  description: string
  request?: string
  category?: string
  severity: ComplaintSeverity
  customerDeadline?: Dayjs
}

const refresh = [api.complaints.list, api.complaints.get, api.households.timeline]

/** The room typed (房号 or a name), found by the global search as the keys' deposit finds it; empty is no room. */
function useRoomLookup(form: FormInstance<NewComplaintValues>) {
  const { t } = useI18n()
  const [room, setRoom] = useState<{ id: number; code: string } | null>(null)
  async function find(q: string): Promise<{ id: number; code: string } | null | 'missing'> {
    const text = q.trim()
    if (!text) return (setRoom(null), null)
    if (text === room?.code) return room
    const hits = await call(api.search.global, { q: text, limit: 5 }).catch(() => [])
    const hit =
      hits.find((h) => h.roomId !== null && (h.match === 'roomCode' || h.match === 'roomNumber')) ??
      hits.find((h) => h.roomId !== null)
    if (!hit?.roomId || !hit.roomCode) {
      setRoom(null)
      form.setFields([{ name: 'roomId', errors: [t('complaints.roomNotFound')] }])
      return 'missing'
    }
    const found = { id: hit.roomId, code: hit.roomCode }
    setRoom(found)
    form.setFields([{ name: 'roomId', value: hit.roomCode, errors: [] }])
    return found
  }
  return { room, find }
}

const trimmed = (v: string | undefined) => v?.trim() ?? ''

/**
 * F2 登记投诉 (客户投诉登记表): who, how, where and what, the category and severity that set the
 * deadlines, and for a 一般 complaint the customer's own deadline. F9 registers it; Escape leaves
 * without saving. The core's field messages appear beside the fields; the new one opens in the drawer.
 */
export function NewComplaintDialog({ onClose }: { onClose: (createdId: number | null) => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<NewComplaintValues>()
  const settings = useApiQuery(api.repairs.settings, {})
  const create = useApiMutation(api.complaints.create, refresh)
  const { room, find } = useRoomLookup(form)

  async function submit(v: NewComplaintValues) {
    const found = await find(v.roomId ?? '')
    if (found === 'missing') return
    try {
      const created = await create.mutateAsync({
        channel: v.channel,
        customer: v.customer.trim(),
        contact: trimmed(v.contact),
        ...(found ? { roomId: found.id } : {}),
        ...(v.occurredAt ? { occurredAt: v.occurredAt.format('YYYY-MM-DDTHH:mm') } : {}),
        place: trimmed(v.place),
        subject: trimmed(v.subject),
        department: v.department ?? '',
        description: v.description.trim(),
        request: trimmed(v.request),
        category: v.category ?? '',
        severity: v.severity,
        ...(v.severity === 'minor' && v.customerDeadline
          ? { customerDeadline: v.customerDeadline.format('YYYY-MM-DD') }
          : {})
      })
      message.success(t('complaints.created', { number: created.number }))
      onClose(created.id)
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }
  useHotkeys({ F9: () => form.submit() }, { scope: 'dialog' })

  return (
    <Modal
      open
      width={780}
      title={t('complaints.new')}
      onOk={() => form.submit()}
      onCancel={() => onClose(null)}
      okText={
        <span>
          {t('complaints.register')}
          <KeyHint keys="F9" />
        </span>
      }
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      okButtonProps={{ ...({ 'data-testid': 'complaint-new-ok' } as Record<string, string>) }}
      destroyOnHidden
      data-testid="complaint-new-dialog"
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{ channel: 'phone', severity: 'minor' }}
      >
        <ComplaintFields form={form} settings={settings.data} onRoom={(q) => void find(q)} />
        <Space>
          {room && (
            <Typography.Text type="secondary" data-testid="complaint-new-room-found">
              {t('complaints.roomFound', { room: room.code })}
            </Typography.Text>
          )}
        </Space>
      </Form>
    </Modal>
  )
}
