import { useState } from 'react'
import { Alert, App, Form, Input, Modal, Radio, Space } from 'antd'
import type { Dayjs } from 'dayjs'
import { api } from '@shared/api'
import type { CreateWorkOrderInput } from '@shared/workorders/repairs-api'
import { ApiFailure, call } from '../../lib/api/client'
import { showFieldErrors } from '../../lib/api/form-errors'
import { useApiMutation, useApiQuery } from '../../lib/api/hooks'
import { useHotkeys } from '../../lib/keyboard'
import { useI18n } from '../../lib/i18n'
import { centiOfText, fenOfText } from './money-input'
import { RepairFields, ServiceFields } from './new-order-fields'
import { KeyHint } from './work-order-labels'

export interface NewOrderValues {
  kind: 'repair' | 'service'
  room: string
  source: 'counter' | 'phone'
  reporter: string
  contact?: string
  location: string
  category?: string
  description: string
  preferredTime?: string
  urgent?: boolean
  charge?: 'free' | 'paid'
  parts?: string
  labour?: string
  quoteAgreedBy?: string
  serviceItemId?: number
  quantity?: string
  appointmentAt?: Dayjs
  settlement?: 'receipt' | 'account'
}

const refresh = [api.workOrders.list, api.workOrders.get, api.households.timeline]

/** The contract's input from the form: money and quantities parsed from the text typed. */
function createInputOf(v: NewOrderValues, roomId: number, itemCategory: string | undefined): CreateWorkOrderInput {
  const common = {
    kind: v.kind,
    roomId,
    source: v.source,
    reporter: v.reporter.trim(),
    contact: v.contact?.trim() ?? '',
    location: v.location.trim(),
    description: v.description.trim(),
    preferredTime: v.preferredTime?.trim() ?? ''
  }
  if (v.kind === 'service')
    return {
      ...common,
      category: itemCategory ?? 'paid',
      charge: 'paid',
      serviceItemId: v.serviceItemId,
      quantityCenti: centiOfText(v.quantity),
      ...(v.appointmentAt ? { appointmentAt: v.appointmentAt.format('YYYY-MM-DDTHH:mm') } : {}),
      ...(v.settlement ? { settlement: v.settlement } : {})
    }
  const paid = v.charge === 'paid'
  return {
    ...common,
    category: v.category ?? 'other',
    urgent: v.urgent ?? false,
    charge: paid ? 'paid' : 'free',
    ...(paid
      ? {
          partsFen: fenOfText(v.parts) ?? 0,
          labourFen: fenOfText(v.labour) ?? 0,
          quoteAgreedBy: v.quoteAgreedBy?.trim() ?? ''
        }
      : {})
  }
}

/** The room typed (房号 or a name), found by the global search as the keys' deposit finds it. */
function useRoomLookup(form: ReturnType<typeof Form.useForm<NewOrderValues>>[0]) {
  const { t } = useI18n()
  const [room, setRoom] = useState<{ id: number; code: string } | null>(null)
  async function find(q: string) {
    if (!q.trim() || q.trim() === room?.code) return
    const hits = await call(api.search.global, { q: q.trim(), limit: 5 }).catch(() => [])
    const hit =
      hits.find((h) => h.roomId !== null && (h.match === 'roomCode' || h.match === 'roomNumber')) ??
      hits.find((h) => h.roomId !== null)
    if (!hit?.roomId || !hit.roomCode) {
      setRoom(null)
      form.setFields([{ name: 'room', errors: [t('workOrders.roomNotFound')] }])
      return
    }
    setRoom({ id: hit.roomId, code: hit.roomCode })
    form.setFields([{ name: 'room', value: hit.roomCode, errors: [] }])
  }
  return { room, find }
}

/** Repair or service, counter or phone, the room (found by the search), who reports it and how to reach them. */
function WhoAndWhere({ room, find }: { room: { code: string } | null; find: (q: string) => Promise<void> }) {
  const { t } = useI18n()
  return (
    <>
      <Space size={24} wrap>
        <Form.Item name="kind" label={t('workOrders.kind')}>
          <Radio.Group optionType="button" data-testid="workorder-new-kind">
            <Radio.Button value="repair">{t('workOrders.kind.repair')}</Radio.Button>
            <Radio.Button value="service">{t('workOrders.kind.service')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="source" label={t('workOrders.source')}>
          <Radio.Group optionType="button" data-testid="workorder-new-source">
            <Radio.Button value="counter">{t('workOrders.source.counter')}</Radio.Button>
            <Radio.Button value="phone">{t('workOrders.source.phone')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
      </Space>
      <Space.Compact block style={{ gap: 12 }}>
        <Form.Item
          name="room"
          label={t('workOrders.room')}
          style={{ flex: 1 }}
          extra={
            room && <span data-testid="workorder-new-room-found">{t('workOrders.roomFound', { room: room.code })}</span>
          }
          rules={[{ required: true, whitespace: true, message: t('field.required') }]}
        >
          <Input
            autoFocus
            placeholder={t('workOrders.roomPlaceholder')}
            onBlur={(e) => void find(e.target.value)}
            onPressEnter={(e) => (e.preventDefault(), void find(e.currentTarget.value))}
            data-testid="workorder-new-room"
          />
        </Form.Item>
        <Form.Item
          name="reporter"
          label={t('workOrders.reporter')}
          style={{ flex: 1 }}
          rules={[{ required: true, whitespace: true, message: t('field.required') }]}
        >
          <Input maxLength={30} data-testid="workorder-new-reporter" />
        </Form.Item>
        <Form.Item name="contact" label={t('workOrders.contact')} style={{ flex: 1 }}>
          <Input maxLength={20} data-testid="workorder-new-contact" />
        </Form.Item>
      </Space.Compact>
    </>
  )
}

/**
 * F2 新建工作单: a repair (报修) or a paid service (有偿服务) for a room, from the counter or a
 * phone call. F9 registers it; Escape leaves without saving. The new order opens in the drawer.
 */
export function NewOrderDialog({ onClose }: { onClose: (createdId: number | null) => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [form] = Form.useForm<NewOrderValues>()
  const kind = Form.useWatch('kind', form) ?? 'repair'
  const settings = useApiQuery(api.repairs.settings, {})
  const items = useApiQuery(api.serviceItems.list, {})
  const create = useApiMutation(api.repairs.create, refresh)
  const { room, find } = useRoomLookup(form)

  async function submit(v: NewOrderValues) {
    if (!room) return form.setFields([{ name: 'room', errors: [t('workOrders.roomNotFound')] }])
    const item = items.data?.find((i) => i.id === v.serviceItemId)
    try {
      const created = await create.mutateAsync(createInputOf(v, room.id, item?.category))
      message.success(t('workOrders.created', { number: created.number }))
      onClose(created.id)
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error))
    }
  }
  useHotkeys({ F9: () => form.submit() }, { scope: 'dialog' })

  return (
    <Modal
      open
      width={760}
      title={t('workOrders.newTitle')}
      onOk={() => form.submit()}
      onCancel={() => onClose(null)}
      okText={
        <span>
          {t('workOrders.register')}
          <KeyHint keys="F9" />
        </span>
      }
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      okButtonProps={{ ...({ 'data-testid': 'workorder-new-ok' } as Record<string, string>) }}
      destroyOnHidden
      data-testid="workorder-new-dialog"
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{ kind: 'repair', source: 'counter', charge: 'free', urgent: false, quantity: '1' }}
      >
        <WhoAndWhere room={room} find={find} />
        {kind === 'repair' ? (
          <RepairFields form={form} settings={settings.data} />
        ) : (
          <ServiceFields form={form} items={items.data ?? []} />
        )}
        {kind === 'repair' && settings.data && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 8 }}
            title={t('workOrders.warrantyRule', { months: settings.data.warrantyMonths })}
          />
        )}
      </Form>
    </Modal>
  )
}
