import { useState } from 'react'
import { App, DatePicker, Form, Input, Modal, Radio, Space, Spin, type FormInstance } from 'antd'
import { api } from '@shared/api'
import type { InputOf } from '@shared/kernel/procedure'
import { ApiFailure, call } from '../../../lib/api/client'
import { showFieldErrors } from '../../../lib/api/form-errors'
import { useApiMutation, useApiQuery } from '../../../lib/api/hooks'
import { now } from '../../../lib/clock'
import { useI18n } from '../../../lib/i18n'
import { useHotkeys } from '../../../lib/keyboard'
import { useMe } from '../../foundation/auth/session'
import { KeyHint } from '../renovations/renovation-labels'
import { ApplicantFields, ConsentFields, ItemRows, type NewReleaseValues } from './release-fields'

type Room = { id: number; code: string }
const refresh = [api.releases.list, api.gate.attention, api.households.timeline]

/** The room typed (房号 or a name), found by the global search as 新建工作单 finds it. */
function useRoomLookup(form: FormInstance<NewReleaseValues>) {
  const { t } = useI18n()
  const [room, setRoom] = useState<Room | null>(null)
  async function find(q: string) {
    if (!q.trim() || q.trim() === room?.code) return
    const hits = await call(api.search.global, { q: q.trim(), limit: 5 }).catch(() => [])
    const hit =
      hits.find((h) => h.roomId !== null && (h.match === 'roomCode' || h.match === 'roomNumber')) ??
      hits.find((h) => h.roomId !== null)
    if (!hit?.roomId || !hit.roomCode) {
      setRoom(null)
      form.setFields([{ name: 'room', errors: [t('renovationScreen.roomNotFound')] }])
      return
    }
    setRoom({ id: hit.roomId, code: hit.roomCode })
    form.setFields([
      { name: 'room', value: hit.roomCode, errors: [] },
      { name: 'applicantPersonId', value: undefined }
    ])
  }
  return { room, find }
}

/** The contract's input from the form: trimmed texts, the consent only for a tenant. */
function createInputOf(v: NewReleaseValues, roomId: number): InputOf<typeof api.releases.create> {
  const company = v.applicantKind === 'company'
  const consentNote = v.consentNote?.trim() ?? ''
  const consent =
    v.applicantKind !== 'tenant' || !v.consentKind
      ? undefined
      : v.consentKind === 'phone'
        ? {
            kind: 'phone' as const,
            ownerName: v.ownerName?.trim() ?? '',
            calledAt: (v.calledAt ?? now()).format(),
            calledBy: v.calledBy?.trim() ?? '',
            note: consentNote
          }
        : {
            kind: 'note' as const,
            ownerName: v.ownerName?.trim() ?? '',
            note: consentNote,
            ...(v.scan ? { scan: v.scan } : {})
          }
  return {
    roomId,
    applicantKind: v.applicantKind,
    ...(company ? {} : { applicantPersonId: v.applicantPersonId }),
    applicantName: company ? (v.applicantName?.trim() ?? '') : '',
    applicantPhone: company ? (v.applicantPhone?.trim() ?? '') : '',
    ...(consent ? { consent } : {}),
    items: v.items.map((i) => ({ name: i.name.trim(), quantity: i.quantity })),
    plate: v.plate?.trim().toUpperCase() ?? '',
    validOn: v.validOn.format('YYYY-MM-DD'),
    remarks: v.remarks?.trim() ?? ''
  }
}

/** The room (found by the global search) and as whom the applicant asks. */
function RoomAndKind({ room, find }: { room: Room | null; find: (q: string) => Promise<void> }) {
  const { t } = useI18n()
  return (
    <Space.Compact block style={{ gap: 12 }}>
      <Form.Item
        name="room"
        label={t('renovationScreen.room')}
        style={{ flex: 1 }}
        rules={[{ required: true, whitespace: true, message: t('field.required') }]}
        extra={
          room && (
            <span data-testid="release-new-room-found">{t('renovationScreen.roomFound', { room: room.code })}</span>
          )
        }
      >
        <Input
          autoFocus
          placeholder={t('renovationScreen.roomPlaceholder')}
          onBlur={(e) => void find(e.target.value)}
          onPressEnter={(e) => (e.preventDefault(), void find(e.currentTarget.value))}
          data-testid="release-new-room"
        />
      </Form.Item>
      <Form.Item name="applicantKind" label={t('gateScreen.applicantKind')} style={{ flex: 1 }}>
        <Radio.Group optionType="button" data-testid="release-new-kind">
          <Radio.Button value="owner">{t('gateScreen.applicant.owner')}</Radio.Button>
          <Radio.Button value="tenant">{t('gateScreen.applicant.tenant')}</Radio.Button>
          <Radio.Button value="company">{t('gateScreen.applicant.company')}</Radio.Button>
        </Radio.Group>
      </Form.Item>
    </Space.Compact>
  )
}

/** The vehicle, the day the goods leave (today unless changed) and remarks. */
function SlipFields() {
  const { t } = useI18n()
  return (
    <>
      <Space.Compact block style={{ gap: 12, marginTop: 12 }}>
        <Form.Item name="plate" label={t('gateScreen.plate')} style={{ flex: 1 }}>
          <Input maxLength={12} data-testid="release-new-plate" />
        </Form.Item>
        <Form.Item
          name="validOn"
          label={t('gateScreen.validOn')}
          style={{ flex: 1 }}
          rules={[{ required: true, message: t('field.required') }]}
        >
          <DatePicker allowClear={false} data-testid="release-new-valid-on" />
        </Form.Item>
      </Space.Compact>
      <Form.Item name="remarks" label={t('gateScreen.remarks')}>
        <Input maxLength={200} data-testid="release-new-remarks" />
      </Form.Item>
    </>
  )
}

/**
 * F2 新建放行条: the room, who asks (业主 / 租户 from the room's people, 单位 typed), a tenant's
 * owner consent, the goods, the vehicle and the day. F9 issues it; the slip opens to be printed.
 */
export function NewReleaseDialog({ onClose }: { onClose: (createdId: number | null) => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const me = useMe()
  const [form] = Form.useForm<NewReleaseValues>()
  const create = useApiMutation(api.releases.create, refresh)
  const { room, find } = useRoomLookup(form)
  const household = useApiQuery(api.households.get, { roomId: room?.id ?? 0 }, { enabled: room !== null })
  const kind = Form.useWatch('applicantKind', form) ?? 'owner'
  const consentKind = Form.useWatch('consentKind', form)
  const owners = (household.data?.current ?? []).filter((r) => r.relation === 'owner').map((r) => r.person.name)

  async function submit(v: NewReleaseValues) {
    if (!room) return form.setFields([{ name: 'room', errors: [t('renovationScreen.roomNotFound')] }])
    try {
      const created = await create.mutateAsync(createInputOf(v, room.id))
      message.success(t('gateScreen.created', { number: created.number }))
      onClose(created.id)
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(error instanceof ApiFailure ? error.message : String(error), 6)
    }
  }
  useHotkeys({ F9: () => form.submit() }, { scope: 'dialog' })

  return (
    <Modal
      open
      width={780}
      title={t('gateScreen.newRelease')}
      onOk={() => form.submit()}
      onCancel={() => onClose(null)}
      okText={
        <span>
          {t('gateScreen.issue')}
          <KeyHint keys="F9" />
        </span>
      }
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      okButtonProps={{ ...({ 'data-testid': 'release-new-ok' } as Record<string, string>) }}
      destroyOnHidden
      data-testid="release-new-dialog"
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{
          applicantKind: 'owner',
          items: [{ name: '', quantity: 1 }],
          validOn: now(),
          calledBy: me.displayName
        }}
        onValuesChange={(changed: Partial<NewReleaseValues>) => {
          if (changed.applicantKind) form.setFieldValue('applicantPersonId', undefined)
          if (changed.consentKind && !form.getFieldValue('ownerName') && owners[0])
            form.setFieldValue('ownerName', owners[0])
          if (changed.consentKind === 'phone' && !form.getFieldValue('calledAt')) form.setFieldValue('calledAt', now())
        }}
      >
        <RoomAndKind room={room} find={find} />
        {room && household.isPending && <Spin size="small" />}
        {(room || kind === 'company') && <ApplicantFields kind={kind} relations={household.data?.current ?? []} />}
        {kind === 'tenant' && <ConsentFields consentKind={consentKind} />}
        <ItemRows />
        <SlipFields />
      </Form>
    </Modal>
  )
}
